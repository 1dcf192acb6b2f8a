package org.rubric4j.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Rational#decimal(long, long)} skips reducing the fraction, yet writes exactly what
 * {@code of(n, d).toBigDecimal()} writes: the same digits and the same scale, for denominators
 * that end as decimals, that do not, and products that overflow; {@link Rational#round(long,
 * long, int)} likewise rounds as the reduced fraction does.
 */
class RationalDecimalPropertiesTest {

  @Provide
  Arbitrary<Long> denominators() {
    Arbitrary<Long> decimalOnes = Arbitraries.integers().between(0, 20).flatMap(twos -> Arbitraries.integers()
        .between(0, 12).map(fives -> (long) (Math.pow(2, twos) * Math.pow(5, fives))))
        .filter(d -> d > 0 && d < 1_000_000_000_000_000L);
    Arbitrary<Long> others = Arbitraries.longs().between(1, 10_000_000L);
    return Arbitraries.oneOf(decimalOnes, decimalOnes.map(d -> d * 3), others);
  }

  @Provide
  Arbitrary<Long> numerators() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
        Arbitraries.longs(), Arbitraries.of(0L, 1L, -1L, 10L, 100L, Long.MAX_VALUE, Long.MIN_VALUE + 1));
  }

  @Property(tries = 3000)
  void writesWhatTheReducedFractionWrites(@ForAll("numerators") long numerator,
      @ForAll("denominators") long denominator) {
    assertThat(Rational.decimal(numerator, denominator))
        .isEqualTo(Rational.of(numerator, denominator).toBigDecimal());
  }

  @Property(tries = 500)
  void wholeQuotientsHaveScaleZero(@ForAll("numerators") long quotient, @ForAll("denominators") long denominator) {
    long numerator;
    try {
      numerator = Math.multiplyExact(quotient % 1_000_000L, denominator);
    } catch (ArithmeticException overflow) {
      return; // no whole quotient to write
    }
    assertThat(Rational.decimal(numerator, denominator).scale()).isZero();
  }

  @Property(tries = 3000)
  void roundsAsTheReducedFractionRounds(@ForAll("numerators") long numerator, @ForAll("denominators") long denominator,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 20) int decimals) {
    assertThat(Rational.round(numerator, denominator, decimals))
        .isEqualTo(Rational.of(numerator, denominator).round(decimals));
  }
}
