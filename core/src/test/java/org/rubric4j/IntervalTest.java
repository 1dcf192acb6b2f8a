package org.rubric4j;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Intervals as docs/rubric-format.md writes them, and which amounts they contain. */
class IntervalTest {

  private static Interval duration(String text) {
    return Interval.parse(Measure.DURATION, text);
  }

  private static Interval percent(String text) {
    return Interval.parse(Measure.PERCENT, text);
  }

  private static Quantity hours(String text) {
    return Measure.DURATION.parse(text);
  }

  // --- every syntax of the format -------------------------------------------------------

  @ParameterizedTest(name = "{0} \"{1}\" is written back as \"{2}\"")
  @CsvFileSource(resources = "intervals.csv")
  void everySyntaxIsReadAndWrittenBackInItsCanonicalForm(
      String measure, String text, String canonical, BigDecimal inside, BigDecimal outside) {
    assertThat(Interval.parse(Measure.ofKey(measure), text)).hasToString(canonical);
  }

  @ParameterizedTest(name = "{0} \"{1}\" reads back equal from \"{2}\"")
  @CsvFileSource(resources = "intervals.csv")
  void theCanonicalFormReadsBackToAnEqualInterval(
      String measure, String text, String canonical, BigDecimal inside, BigDecimal outside) {
    Measure m = Measure.ofKey(measure);
    assertThat(Interval.parse(m, canonical)).isEqualTo(Interval.parse(m, text));
  }

  @ParameterizedTest(name = "{0} \"{1}\" contains {3}")
  @CsvFileSource(resources = "intervals.csv")
  void everySyntaxContainsItsInsideAmount(
      String measure, String text, String canonical, BigDecimal inside, BigDecimal outside) {
    assertThat(Interval.parse(Measure.ofKey(measure), text).contains(inside)).isTrue();
  }

  @ParameterizedTest(name = "{0} \"{1}\" does not contain {4}")
  @CsvFileSource(resources = "intervals.csv")
  void everySyntaxLeavesOutItsOutsideAmount(
      String measure, String text, String canonical, BigDecimal inside, BigDecimal outside) {
    if (outside != null) {
      assertThat(Interval.parse(Measure.ofKey(measure), text).contains(outside)).isFalse();
    }
  }

  @Test
  void bracketsAndShorthandsOfTheSameRangeAreEqual() {
    assertThat(duration("(-inf, 2h]")).isEqualTo(duration("<= 2h"));
    assertThat(duration("(24h, inf)")).isEqualTo(duration("> 24h"));
    assertThat(percent("[90%, inf)")).isEqualTo(percent(">= 90%"));
    assertThat(percent("(-inf, 60%)")).isEqualTo(percent("< 60%"));
  }

  @Test
  void infinityMayBeWrittenWithTheSymbol() {
    assertThat(duration("(24h, ∞)")).isEqualTo(duration("(24h, inf)"));
    assertThat(Interval.parse(Measure.NUMBER, "(-∞, 3]")).isEqualTo(Interval.parse(Measure.NUMBER, "(-inf, 3]"));
  }

  @Test
  void theFactoryMethodsBuildTheShorthands() {
    assertThat(Interval.atMost(hours("2h"))).isEqualTo(duration("<= 2h"));
    assertThat(Interval.below(Quantity.percent("60%"))).isEqualTo(percent("< 60%"));
    assertThat(Interval.atLeast(Quantity.percent("90%"))).isEqualTo(percent(">= 90%"));
    assertThat(Interval.above(hours("24h"))).isEqualTo(duration("> 24h"));
    assertThat(Interval.closed(hours("0"), hours("2h"))).isEqualTo(duration("[0, 2h]"));
  }

  @Test
  void theMeasureIsInferredFromHowTheEndsAreWritten() {
    assertThat(Interval.parse("(2h, 6h]").measure()).isEqualTo(Measure.DURATION);
    assertThat(Interval.parse("(24h, inf)").measure()).isEqualTo(Measure.DURATION);
    assertThat(Interval.parse("[90%, 100%]").measure()).isEqualTo(Measure.PERCENT);
    assertThat(Interval.parse("[3.5, 4.5)").measure()).isEqualTo(Measure.NUMBER);
  }

  // --- contains at every edge -----------------------------------------------------------

  @Test
  void exactlyTwoHoursIsInsideAtMostTwoHours() {
    assertThat(duration("<= 2h").contains(hours("2h"))).isTrue();
  }

  @Test
  void twoHoursAndOneSecondIsOutsideAtMostTwoHours() {
    assertThat(duration("<= 2h").contains(hours("2h1s"))).isFalse();
  }

  @Test
  void zeroIsInsideAtMostTwoHours() {
    assertThat(duration("<= 2h").contains(hours("0"))).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" contains {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      (2h, 6h]    | 2h      | false
      (2h, 6h]    | 2h1s    | true
      (2h, 6h]    | 6h      | true
      (2h, 6h]    | 6h1s    | false
      [0, 2h]     | 0       | true
      [0, 2h]     | 2h      | true
      [0, 2h)     | 2h      | false
      [0, 2h)     | 1h59m59.999s | true
      (24h, inf)  | 24h     | false
      (24h, inf)  | 24h1s   | true
      > 24h       | 24h     | false
      > 24h       | 1d0.001s| true
      >= 24h      | 24h     | true
      < 2h        | 2h      | false
      < 2h        | 0       | true
      """)
  void durationEdges(String interval, String value, boolean inside) {
    assertThat(duration(interval).contains(hours(value))).isEqualTo(inside);
  }

  @ParameterizedTest(name = "\"{0}\" contains {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      [90%, 100%] | 90%     | true
      [90%, 100%] | 89.99%  | false
      [90%, 100%] | 100%    | true
      < 60%       | 60%     | false
      < 60%       | 59.99%  | true
      < 60%       | 0%      | true
      >= 90%      | 90%     | true
      >= 90%      | 0.8999  | false
      (85%, 90%)  | 85%     | false
      (85%, 90%)  | 90%     | false
      (85%, 90%)  | 85.001% | true
      """)
  void percentEdges(String interval, String value, boolean inside) {
    assertThat(percent(interval).contains(Quantity.percent(value))).isEqualTo(inside);
  }

  @Test
  void aQuantityOfAnotherMeasureIsNeverContained() {
    assertThat(Interval.parse(Measure.NUMBER, "[0, 100]").contains(Quantity.percent("50%"))).isFalse();
  }

  // --- overlaps -------------------------------------------------------------------------

  @Test
  void adjacentBandsSharingOneOpenEndDoNotOverlap() {
    assertThat(duration("<= 2h").overlaps(duration("(2h, 6h]"))).isFalse();
  }

  @Test
  void bandsSharingAClosedEndOverlap() {
    assertThat(duration("<= 2h").overlaps(duration("[2h, 6h]"))).isTrue();
  }

  @Test
  void bandsBothOpenAtTheSameEndDoNotOverlap() {
    assertThat(duration("< 2h").overlaps(duration("> 2h"))).isFalse();
  }

  @Test
  void anUnboundedIntervalOverlapsEverythingOnItsSide() {
    assertThat(duration("> 24h").overlaps(duration("[48h, 72h]"))).isTrue();
  }

  // --- errors ---------------------------------------------------------------------------

  @Test
  void anOpenIntervalBetweenEqualEndsIsEmpty() {
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, "(3, 3)"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("interval (3, 3) is empty: its lower end 3 is not below its upper end 3");
  }

  @Test
  void aHalfOpenIntervalBetweenEqualEndsIsEmpty() {
    assertThatThrownBy(() -> duration("[2h, 2h)"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("[2h, 2h) is empty");
  }

  @Test
  void aReversedIntervalIsEmptyNamingBothEnds() {
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, "[5, 3]"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("interval [5, 3] is empty: its lower end 5 is not below its upper end 3");
  }

  @Test
  void aReversedIntervalWrittenTightlyNamesTheTextAsWritten() {
    assertThatThrownBy(() -> duration("(6h,2h]"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"(6h,2h]\"")
        .hasMessageContaining("lower end 6h is not below its upper end 2h");
  }

  @Test
  void anInclusiveInfinityIsAnErrorShowingTheOpenForm() {
    assertThatThrownBy(() -> duration("[2h, inf]"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"[2h, inf]\": an unbounded end is always open; write ..., inf)");
  }

  @Test
  void anInclusiveMinusInfinityIsAnErrorShowingTheOpenForm() {
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, "[-inf, 3]"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"[-inf, 3]\": an unbounded end is always open; write (-inf, ...");
  }

  @Test
  void infinityAsALowerEndIsAnErrorNamingTheText() {
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, "(inf, 5)"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"(inf, 5)\"")
        .hasMessageContaining("inf can only be the upper end");
  }

  @Test
  void minusInfinityAsAnUpperEndIsAnErrorNamingTheText() {
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, "(5, -inf)"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"(5, -inf)\"")
        .hasMessageContaining("-inf can only be the lower end");
  }

  @Test
  void aShorthandToInfinityIsAnError() {
    assertThatThrownBy(() -> duration("<= inf"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"<= inf\"")
        .hasMessageContaining("needs a finite end");
  }

  @Test
  void aMissingCommaIsAnErrorNamingTheText() {
    assertThatThrownBy(() -> duration("[0 2h]"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"[0 2h]\" is not an interval; separate its two ends with one comma");
  }

  @Test
  void threeEndsAreAnErrorNamingTheText() {
    assertThatThrownBy(() -> duration("[0, 1h, 2h]"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"[0, 1h, 2h]\" is not an interval; separate its two ends with one comma");
  }

  @Test
  void anEmptyEndIsAnErrorNamingTheText() {
    assertThatThrownBy(() -> duration("(, 2h]"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"(, 2h]\" has an empty end");
  }

  @Test
  void anEndOfAnotherMeasureIsAnErrorNamingTheEndAndTheInterval() {
    assertThatThrownBy(() -> duration("[0, 50%]"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("in interval \"[0, 50%]\": \"50%\" is not a duration");
  }

  @Test
  void aPercentWithoutItsSignIsAnErrorSuggestingIt() {
    assertThatThrownBy(() -> percent("[90, 100]"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("in interval \"[90, 100]\"")
        .hasMessageContaining("write 90%");
  }

  @Test
  void aNegativeDurationEndIsAnError() {
    assertThatThrownBy(() -> duration("[-1h, 2h]"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"-1h\" is negative");
  }

  @Test
  void aTextWithoutBracketsOrComparisonIsNoInterval() {
    assertThatThrownBy(() -> duration("2h"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"2h\" is not an interval; write it like \"(2h, 6h]\", \"[90%, 100%]\", "
            + "\"(24h, inf)\" or \"<= 2h\" (quoted in YAML)");
  }

  @Test
  void anOverLongIntervalIsRefusedNamingItsBeginning() {
    String text = "[0, " + "1".repeat(200) + "s]";

    assertThatThrownBy(() -> duration(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("[0, 1111")
        .hasMessageContaining("too long");
  }

  @Test
  void bothEndsOfAClosedIntervalNeedTheSameMeasure() {
    assertThatThrownBy(() -> Interval.closed(hours("1h"), Quantity.percent("50%")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("both ends of an interval need the same measure, were duration and percent");
  }

  @Test
  void aCountIntervalHoldingNoWholeNumberIsEmpty() {
    assertThatThrownBy(() -> Interval.parse(Measure.COUNT, "(3, 4)"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("(3, 4)")
        .hasMessageContaining("holds no count");
  }

  @Test
  void aPercentIntervalAboveOneHundredPercentIsEmpty() {
    assertThatThrownBy(() -> percent("> 100%"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("> 100%")
        .hasMessageContaining("holds no percent");
  }

  @Test
  void aDurationIntervalBelowZeroIsEmpty() {
    assertThatThrownBy(() -> duration("< 0"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("< 0")
        .hasMessageContaining("holds no duration");
  }
}
