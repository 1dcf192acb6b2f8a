package org.rubric4j;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Intervals: their factories, containment and overlap at the ends, and the text they read and write. */
class IntervalTextTest {

  private static Quantity h(int hours) {
    return Quantity.of(java.time.Duration.ofHours(hours));
  }

  @Test
  void theOneSidedFactoriesWriteTheShorthand() {
    assertThat(Interval.atMost(h(2))).hasToString("<= 2h");
    assertThat(Interval.below(h(2))).hasToString("< 2h");
    assertThat(Interval.atLeast(h(2))).hasToString(">= 2h");
    assertThat(Interval.above(h(2))).hasToString("> 2h");
    assertThat(Interval.closed(h(2), h(6))).hasToString("[2h, 6h]");
    assertThat(new Interval(Measure.NUMBER, Bound.unbounded(), Bound.unbounded())).hasToString("(-inf, inf)");
    assertThatThrownBy(() -> Interval.closed(h(2), Quantity.percent("5%")))
        .hasMessage("both ends of an interval need the same measure, were duration and percent");
  }

  @Test
  void aQuantityOfAnotherMeasureIsNeverContained() {
    Interval i = Interval.parse("[0, 1]");
    assertThat(i.contains(Quantity.number(BigDecimal.ONE))).isTrue();
    assertThat(i.contains(Quantity.count(1))).isFalse();
    assertThat(i.contains(Quantity.number(new BigDecimal("1.001")))).isFalse();
    assertThat(i.withMeasure(Measure.COUNT).contains(Quantity.count(1))).isTrue();
  }

  @Test
  void intervalsTouchingAtAnEndOverlapOnlyWhenBothEndsAreInclusive() {
    assertThat(Interval.parse("[0, 1]").overlaps(Interval.parse("[1, 2]"))).isTrue();
    assertThat(Interval.parse("[0, 1)").overlaps(Interval.parse("[1, 2]"))).isFalse();
    assertThat(Interval.parse("[0, 1]").overlaps(Interval.parse("(1, 2]"))).isFalse();
    assertThat(Interval.parse("[1, 2]").overlaps(Interval.parse("[0, 1]"))).isTrue();
    assertThat(Interval.parse("[0, 1]").overlaps(Interval.parse("[2, 3]"))).isFalse();
    assertThat(Interval.parse("<= 1").overlaps(Interval.parse(">= 0"))).isTrue();
  }

  @Test
  void anEmptyIntervalNamesItsEnds() {
    assertThatThrownBy(() -> Interval.parse("(6h, 2h]"))
        .hasMessage("interval (6h, 2h] is empty: its lower end 6h is not below its upper end 2h");
    assertThatThrownBy(() -> Interval.parse("[2, 2)")).hasMessageContaining("is empty");
    assertThat(Interval.parse("[2, 2]").contains(BigDecimal.valueOf(2))).isTrue();
  }

  @Test
  void textThatIsNoIntervalSaysHowToWriteOne() {
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, "2"))
        .hasMessage("\"2\" is not an interval; write it like \"(2h, 6h]\", \"[90%, 100%]\", \"(24h, inf)\" or \"<= 2h\" (quoted in YAML)");
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, "[]")).hasMessage(
        "\"[]\" is not an interval; separate its two ends with one comma");
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, "[1, 2, 3]")).hasMessage(
        "\"[1, 2, 3]\" is not an interval; separate its two ends with one comma");
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, "[1 2)")).hasMessageContaining("one comma");
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, "(, 2]")).hasMessage("\"(, 2]\" has an empty end");
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, "[-inf, 2]"))
        .hasMessage("\"[-inf, 2]\": an unbounded end is always open; write (-inf, ...");
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, "(2, inf]"))
        .hasMessage("\"(2, inf]\": an unbounded end is always open; write ..., inf)");
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, "<= inf"))
        .hasMessage("\"<= inf\": a one-sided interval needs a finite end; leave the unbounded side out");
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, "> -inf")).hasMessageContaining("needs a finite end");
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, "[a, 2]"))
        .hasMessage("in interval \"[a, 2]\": \"a\" is not a number; write a decimal number such as 4.5");
  }

  @Test
  void infinityMayBeWrittenInSeveralWays() {
    assertThat(Interval.parse(Measure.NUMBER, "(-∞, 2]")).isEqualTo(Interval.parse(Measure.NUMBER, "<= 2"));
    assertThat(Interval.parse(Measure.NUMBER, "(2, +inf)")).isEqualTo(Interval.parse(Measure.NUMBER, "> 2"));
    assertThat(Interval.parse(Measure.NUMBER, "(2, ∞)")).isEqualTo(Interval.parse(Measure.NUMBER, "> 2"));
    assertThat(Interval.parse(Measure.NUMBER, "(2, +∞)")).isEqualTo(Interval.parse(Measure.NUMBER, "> 2"));
    assertThat(Interval.parse(Measure.NUMBER, "(-inf, inf)").lower().isUnbounded()).isTrue();
  }

  @Test
  void textMayBeAsLongAsTwoValuesButNoLonger() {
    String longest = "[" + "1".repeat(61) + ", " + "1".repeat(63) + "]"; // 128 characters
    assertThat(longest).hasSize(128);
    assertThat(Interval.parse(Measure.NUMBER, longest).upper().amountOrNull()).isEqualTo(new BigDecimal("1".repeat(63)));
    String tooLong = "[" + "1".repeat(62) + ", " + "1".repeat(63) + "]";
    assertThatThrownBy(() -> Interval.parse(Measure.NUMBER, tooLong))
        .hasMessageEndingWith("…\" is longer than 128 characters, too long for an interval");
  }

  @Test
  void theMeasureFollowsFromHowAnIntervalIsWritten() {
    assertThat(Interval.parse("[90%, 100%]").measure()).isEqualTo(Measure.PERCENT);
    assertThat(Interval.parse("(2h, 6h]").measure()).isEqualTo(Measure.DURATION);
    assertThat(Interval.parse("<= PT2H").measure()).isEqualTo(Measure.DURATION);
    assertThat(Interval.parse("> 30s").measure()).isEqualTo(Measure.DURATION);
    assertThat(Interval.parse("(3, inf)").measure()).isEqualTo(Measure.NUMBER);
    assertThat(Interval.parse("(-inf, 3]").measure()).isEqualTo(Measure.NUMBER);
  }
}
