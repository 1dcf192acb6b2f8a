package org.rubric4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Rational arithmetic agrees with BigDecimal wherever BigDecimal is exact, and stays exact where it is not. */
class RationalPropertiesTest {

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Arbitraries.integers().between(0, 8).flatMap(scale -> Arbitraries.bigDecimals()
        .between(BigDecimal.valueOf(-1_000_000), BigDecimal.valueOf(1_000_000)).ofScale(scale));
  }

  private static Rational r(BigDecimal d) {
    return Rational.of(d);
  }

  @Property
  void additionAgreesWithBigDecimal(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
    assertThat(r(a).add(r(b)).toBigDecimal()).isEqualByComparingTo(a.add(b));
  }

  @Property
  void subtractionAgreesWithBigDecimal(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
    assertThat(r(a).subtract(r(b)).toBigDecimal()).isEqualByComparingTo(a.subtract(b));
  }

  @Property
  void multiplicationAgreesWithBigDecimal(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
    assertThat(r(a).multiply(r(b))).isEqualTo(r(a.multiply(b)));
  }

  @Property
  void terminatingDivisionAgreesWithBigDecimal(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
    Assume.that(b.signum() != 0);
    BigDecimal quotient;
    try {
      quotient = a.divide(b);
    } catch (ArithmeticException nonTerminating) {
      return;
    }
    assertThat(r(a).divide(r(b))).isEqualTo(r(quotient));
  }

  @Property
  void divisionIsUndoneExactlyByMultiplication(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
    Assume.that(b.signum() != 0);
    assertThat(r(a).divide(r(b)).multiply(r(b))).isEqualTo(r(a));
  }

  @Property
  void nEqualSharesOfOneAddUpToExactlyOne(@ForAll @IntRange(min = 1, max = 50) int n) {
    Rational share = Rational.ONE.divide(Rational.of(n, 1));
    Rational sum = Rational.ZERO;
    for (int i = 0; i < n; i++) {
      sum = sum.add(share);
    }
    assertThat(sum).isEqualTo(Rational.ONE);
  }

  @Property
  void comparisonAgreesWithBigDecimal(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
    assertThat(Integer.signum(r(a).compareTo(r(b)))).isEqualTo(a.compareTo(b));
  }

  @Property
  void equalityAgreesWithNumericEquality(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
    assertThat(r(a).equals(r(b))).isEqualTo(a.compareTo(b) == 0);
  }

  @Property
  void roundingAgreesWithBigDecimalHalfUp(@ForAll("decimals") BigDecimal a, @ForAll @IntRange(max = 6) int decimals) {
    assertThat(r(a).round(decimals)).isEqualTo(a.setScale(decimals, RoundingMode.HALF_UP));
  }

  @Property
  void floorAndCeilingAgreeWithBigDecimal(@ForAll("decimals") BigDecimal a) {
    assertThat(r(a).floor()).isEqualTo(a.setScale(0, RoundingMode.FLOOR).toBigIntegerExact());
    assertThat(r(a).ceiling()).isEqualTo(a.setScale(0, RoundingMode.CEILING).toBigIntegerExact());
  }

  @Property
  void aDecimalConvertsBackToItself(@ForAll("decimals") BigDecimal a) {
    assertThat(r(a).toBigDecimal()).isEqualByComparingTo(a);
  }
}
