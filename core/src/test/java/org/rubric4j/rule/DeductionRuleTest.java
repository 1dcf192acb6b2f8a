package org.rubric4j.rule;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rubric4j.Interval;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Measure;
import org.rubric4j.Quantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deduction rules of seed 003 (客户服务质量标准与考核体系, 表1): "≤30秒达标得20分, 每超10秒扣2分,
 * 超60秒得0分" and "≥85%达标得30分, 每低1%扣1分, 低于75%得0分".
 */
class DeductionRuleTest {

  /** First response: max 20, target {@code <= 30s}, step 10s, deduct 2, zero {@code > 60s}. */
  private static DeductionRule firstResponse(StepCounting counting) {
    return new DeductionRule(Measure.DURATION, BigDecimal.valueOf(20),
        Interval.parse(Measure.DURATION, "<= 30s"), Measure.DURATION.parse("10s"),
        BigDecimal.valueOf(2), Optional.of(Interval.parse(Measure.DURATION, "> 60s")), counting);
  }

  /** First-contact resolution: max 30, target {@code >= 85%}, step 1%, deduct 1, zero {@code < 75%}. */
  private static DeductionRule fcr() {
    return new DeductionRule(Measure.PERCENT, BigDecimal.valueOf(30),
        Interval.parse(Measure.PERCENT, ">= 85%"), Measure.PERCENT.parse("1%"),
        BigDecimal.ONE, Optional.of(Interval.parse(Measure.PERCENT, "< 75%")), StepCounting.STARTED);
  }

  private static BigDecimal points(DeductionRule rule, Measure measure, String value) {
    return rule.score(measure.parse(value)).points();
  }

  // Seed 003's table 2 gives 18 for an average of 28 s ("超2秒扣2分"); its own rule says 28 s
  // is within the 30 s target, so the rule wins (docs/design.md): 28 s scores 20.
  // 60 s lies 30 s beyond the target: three started steps of 10 s, so 20 - 3 × 2 = 14;
  // 61 s is past the cut-off "超60秒得0分".
  @ParameterizedTest(name = "first response {0} scores {1}")
  @CsvSource({"0, 20", "28s, 20", "30s, 20", "30.001s, 18", "31s, 18", "40s, 18", "41s, 16",
      "50s, 16", "51s, 14", "60s, 14", "61s, 0", "60.5s, 0", "1h, 0"})
  void firstResponseDeductsTwoPerStartedTenSeconds(String value, BigDecimal expected) {
    assertThat(points(firstResponse(StepCounting.STARTED), Measure.DURATION, value))
        .isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "first response {0} scores {1} counting completed steps")
  @CsvSource({"30s, 20", "31s, 20", "39s, 20", "39.999s, 20", "40s, 18", "49s, 18", "50s, 16", "60s, 14", "61s, 0"})
  void completedStepsDeductOnlyForWholeTenSeconds(String value, BigDecimal expected) {
    assertThat(points(firstResponse(StepCounting.COMPLETED), Measure.DURATION, value))
        .isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "FCR {0} scores {1}")
  @CsvSource({"100%, 30", "88%, 30", "85%, 30", "84.99%, 29", "84.5%, 29", "84%, 29", "83.9%, 28",
      "80%, 25", "75%, 20", "74.9%, 0", "0%, 0"})
  void fcrDeductsOnePerStartedPercentBelowTheTarget(String value, BigDecimal expected) {
    assertThat(points(fcr(), Measure.PERCENT, value)).isEqualByComparingTo(expected);
  }

  @Test
  void withoutACutOffTheScoreNeverFallsBelowZero() {
    DeductionRule rule = new DeductionRule(Measure.DURATION, BigDecimal.valueOf(20),
        Interval.parse(Measure.DURATION, "<= 30s"), Measure.DURATION.parse("10s"),
        BigDecimal.valueOf(2), Optional.empty(), StepCounting.STARTED);

    assertThat(points(rule, Measure.DURATION, "10m")).isEqualByComparingTo("0");
  }

  @Test
  void aValueOnAnOpenEndOfTheTargetCountsAsOneStartedStep() {
    DeductionRule rule = new DeductionRule(Measure.DURATION, BigDecimal.valueOf(20),
        Interval.parse(Measure.DURATION, "< 30s"), Measure.DURATION.parse("10s"),
        BigDecimal.valueOf(2), Optional.empty(), StepCounting.STARTED);

    assertThat(points(rule, Measure.DURATION, "30s")).isEqualByComparingTo("18");
  }

  @Test
  void aValueBelowABoundedTargetIsMeasuredFromItsLowerEnd() {
    DeductionRule rule = new DeductionRule(Measure.NUMBER, BigDecimal.TEN,
        Interval.parse(Measure.NUMBER, "[10, 20]"), Quantity.number(BigDecimal.ONE),
        BigDecimal.ONE, Optional.empty(), StepCounting.STARTED);

    assertThat(points(rule, Measure.NUMBER, "7")).isEqualByComparingTo("7");
    assertThat(points(rule, Measure.NUMBER, "23")).isEqualByComparingTo("7");
  }

  @Test
  void theMaximumIsMaxAndTheMinimumZero() {
    assertThat(fcr().maximum()).isEqualByComparingTo("30");
    assertThat(fcr().minimum()).isEqualByComparingTo("0");
  }

  @Test
  void theScoreSaysWhyWithinTheTarget() {
    assertThat(firstResponse(StepCounting.STARTED).score(Measure.DURATION.parse("28s")).matched())
        .isEqualTo("within <= 30s");
  }

  @Test
  void theScoreSaysHowManyStepsBeyondTheTarget() {
    assertThat(firstResponse(StepCounting.STARTED).score(Measure.DURATION.parse("41s")).matched())
        .isEqualTo("2 steps of 10s beyond <= 30s");
  }

  @Test
  void theScoreSaysWhenTheCutOffApplies() {
    assertThat(firstResponse(StepCounting.STARTED).score(Measure.DURATION.parse("61s")).matched())
        .isEqualTo("in > 1m → 0");
  }

  @Test
  void aValueOfAnotherMeasureIsAnErrorNamingIt() {
    assertThatThrownBy(() -> fcr().score(Measure.DURATION.parse("30s")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"30s\" is a duration, but this indicator measures a percent");
  }

  @Test
  void aZeroStepIsAnErrorNamingIt() {
    assertThatThrownBy(() -> new DeductionRule(Measure.DURATION, BigDecimal.TEN,
        Interval.parse(Measure.DURATION, "<= 30s"), Measure.DURATION.parse("0"),
        BigDecimal.ONE, Optional.empty(), StepCounting.STARTED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("step must be above 0, was 0");
  }

  @Test
  void aStepOfAnotherMeasureIsAnErrorNamingIt() {
    assertThatThrownBy(() -> new DeductionRule(Measure.DURATION, BigDecimal.TEN,
        Interval.parse(Measure.DURATION, "<= 30s"), Measure.PERCENT.parse("1%"),
        BigDecimal.ONE, Optional.empty(), StepCounting.STARTED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("step 1% is a percent, but the indicator measures a duration");
  }

  @Test
  void aNonPositiveMaxIsAnErrorNamingIt() {
    assertThatThrownBy(() -> new DeductionRule(Measure.DURATION, BigDecimal.ZERO,
        Interval.parse(Measure.DURATION, "<= 30s"), Measure.DURATION.parse("10s"),
        BigDecimal.ONE, Optional.empty(), StepCounting.STARTED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("max must be above 0, was 0");
  }

  @Test
  void aNonPositiveDeductIsAnErrorNamingIt() {
    assertThatThrownBy(() -> new DeductionRule(Measure.DURATION, BigDecimal.TEN,
        Interval.parse(Measure.DURATION, "<= 30s"), Measure.DURATION.parse("10s"),
        BigDecimal.valueOf(-2), Optional.empty(), StepCounting.STARTED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("deduct must be above 0, was -2");
  }

  @Test
  void aTargetOfAnotherMeasureIsAnErrorNamingIt() {
    assertThatThrownBy(() -> new DeductionRule(Measure.DURATION, BigDecimal.TEN,
        Interval.parse(Measure.PERCENT, ">= 85%"), Measure.DURATION.parse("10s"),
        BigDecimal.ONE, Optional.empty(), StepCounting.STARTED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("target >= 85% is a percent, but the indicator measures a duration");
  }

  @Test
  void aCutOffMeetingTheTargetIsAnErrorNamingBoth() {
    assertThatThrownBy(() -> new DeductionRule(Measure.DURATION, BigDecimal.TEN,
        Interval.parse(Measure.DURATION, "<= 30s"), Measure.DURATION.parse("10s"),
        BigDecimal.ONE, Optional.of(Interval.parse(Measure.DURATION, ">= 30s")), StepCounting.STARTED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("zero >= 30s overlaps the target <= 30s");
  }

  @Test
  void aLevelCannotBeDeductedFrom() {
    assertThatThrownBy(() -> new DeductionRule(Measure.LEVEL, BigDecimal.TEN,
        Interval.parse(Measure.LEVEL, ">= 4"), Quantity.level(1),
        BigDecimal.ONE, Optional.empty(), StepCounting.STARTED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a deduction rule measures a duration, percent, number or count, not a level");
  }
}
