package org.rubric4j.rule;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Quantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Occurrence rules of seed 003 (表1): record accuracy "每错1项扣3分, 错3项及以上得0分" (15 points)
 * and emotion management "每出现1次不符合扣5分, 扣完为止" (25 points).
 */
class OccurrenceRuleTest {

  private static final OccurrenceRule RECORD_ERRORS =
      new OccurrenceRule(BigDecimal.valueOf(15), BigDecimal.valueOf(3), Optional.of(3));

  private static final OccurrenceRule EMOTION_LAPSES =
      new OccurrenceRule(BigDecimal.valueOf(25), BigDecimal.valueOf(5), Optional.empty());

  @ParameterizedTest(name = "{0} record errors score {1}")
  @CsvSource({"0, 15", "1, 12", "2, 9", "3, 0", "7, 0"})
  void recordErrorsDeductThreeEachAndZeroAtThree(long count, BigDecimal expected) {
    assertThat(RECORD_ERRORS.score(Quantity.count(count)).points()).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0} lapses score {1}")
  @CsvSource({"0, 25", "1, 20", "4, 5", "5, 0", "6, 0", "1000, 0"})
  void withoutZeroAtTheScoreStopsAtZeroNeverNegative(long count, BigDecimal expected) {
    assertThat(EMOTION_LAPSES.score(Quantity.count(count)).points()).isEqualByComparingTo(expected);
  }

  @Test
  void theMaximumIsMaxAndTheMinimumZero() {
    assertThat(RECORD_ERRORS.maximum()).isEqualByComparingTo("15");
    assertThat(RECORD_ERRORS.minimum()).isEqualByComparingTo("0");
  }

  @Test
  void theScoreSaysHowManyOccurrences() {
    assertThat(RECORD_ERRORS.score(Quantity.count(1)).matched()).isEqualTo("1 occurrence × −3");
    assertThat(RECORD_ERRORS.score(Quantity.count(3)).matched()).isEqualTo("3 occurrences, zero at 3");
  }

  @Test
  void aValueOtherThanACountIsAnErrorNamingIt() {
    assertThatThrownBy(() -> RECORD_ERRORS.score(Quantity.level(2)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"2\" is a level, but this indicator measures a count");
  }

  @Test
  void aNonPositiveMaxIsAnErrorNamingIt() {
    assertThatThrownBy(() -> new OccurrenceRule(BigDecimal.ZERO, BigDecimal.ONE, Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("max must be above 0, was 0");
  }

  @Test
  void aNonPositiveDeductIsAnErrorNamingIt() {
    assertThatThrownBy(() -> new OccurrenceRule(BigDecimal.TEN, BigDecimal.valueOf(-3), Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("deduct must be above 0, was -3");
  }

  @Test
  void aZeroAtBelowOneIsAnErrorNamingIt() {
    assertThatThrownBy(() -> new OccurrenceRule(BigDecimal.TEN, BigDecimal.ONE, Optional.of(0)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("zeroAt must be at least 1, was 0");
  }
}
