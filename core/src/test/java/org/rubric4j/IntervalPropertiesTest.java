package org.rubric4j;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Properties of {@link Interval} over every measure (examples-to-follow.md, habit 13). */
class IntervalPropertiesTest {

  @Provide
  Arbitrary<Interval> intervals() {
    return ValueArbitraries.intervals();
  }

  @Provide
  Arbitrary<String> intervalLikeTexts() {
    return Arbitraries.strings().withChars("0123456789.,()[]<>=-+ infdhmsPT%∞").ofMaxLength(20);
  }

  @Property
  void anIntervalReadsBackFromItsTextToAnEqualInterval(@ForAll("intervals") Interval interval) {
    assertThat(Interval.parse(interval.measure(), interval.toString())).isEqualTo(interval);
  }

  @Property
  void anIntervalContainsExactlyTheAmountsItsEndsAdmit(@ForAll("intervals") Interval interval,
      @ForAll("amountsOfEveryKind") BigDecimal amount) {
    boolean aboveLower = interval.lower().isUnbounded()
        || amount.compareTo(interval.lower().amountOrNull()) > 0
        || (interval.lower().isInclusive() && amount.compareTo(interval.lower().amountOrNull()) == 0);
    boolean belowUpper = interval.upper().isUnbounded()
        || amount.compareTo(interval.upper().amountOrNull()) < 0
        || (interval.upper().isInclusive() && amount.compareTo(interval.upper().amountOrNull()) == 0);

    assertThat(interval.contains(amount)).isEqualTo(aboveLower && belowUpper);
  }

  @Provide
  Arbitrary<BigDecimal> amountsOfEveryKind() {
    return Arbitraries.of(Measure.class).flatMap(ValueArbitraries::amounts);
  }

  @Property
  void overlappingIsSymmetric(@ForAll("intervals") Interval a, @ForAll("intervals") Interval b) {
    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
  }

  @Property
  void anIntervalOverlapsItself(@ForAll("intervals") Interval interval) {
    assertThat(interval.overlaps(interval)).isTrue();
  }

  @Property
  void intervalsSharingAnAmountOverlap(@ForAll("intervals") Interval a, @ForAll("intervals") Interval b,
      @ForAll("amountsOfEveryKind") BigDecimal amount) {
    if (a.contains(amount) && b.contains(amount)) {
      assertThat(a.overlaps(b)).isTrue();
    }
  }

  @Property
  void anyTextEitherReadsOrIsRefusedWithAnInvalidValueException(
      @ForAll Measure measure, @ForAll("intervalLikeTexts") String text) {
    assertThatCode(() -> {
      try {
        Interval.parse(measure, text);
      } catch (InvalidValueException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }).doesNotThrowAnyException();
  }
}
