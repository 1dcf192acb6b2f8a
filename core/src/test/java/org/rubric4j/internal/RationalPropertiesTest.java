package org.rubric4j.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import static org.assertj.core.api.Assertions.assertThat;

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

  /** The long shortcuts of round and toBigDecimal give what BigDecimal division gives, digit for digit. */
  @Property(tries = 2000)
  void fractionsConvertAsBigDecimalDivisionDoes(@ForAll("numerators") long n, @ForAll("denominators") long d,
      @ForAll @IntRange(max = 18) int decimals) {
    BigDecimal num = BigDecimal.valueOf(n);
    BigDecimal den = BigDecimal.valueOf(d);
    Rational r = Rational.of(n, d);
    assertThat(r.round(decimals)).isEqualTo(num.divide(den, decimals, RoundingMode.HALF_UP));
    BigDecimal expected;
    try {
      expected = num.divide(den).stripTrailingZeros(); // terminating: exact, however long
    } catch (ArithmeticException nonTerminating) {
      expected = num.divide(den, java.math.MathContext.DECIMAL128).stripTrailingZeros();
    }
    BigDecimal actual = r.toBigDecimal();
    if (r.isInteger()) {
      assertThat(actual).isEqualByComparingTo(expected);
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }

  @Provide
  Arbitrary<Long> numerators() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-100_000, 100_000), Arbitraries.longs(),
        Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE + 1, 0L, 1L, -1L));
  }

  @Provide
  Arbitrary<Long> denominators() {
    Arbitrary<Long> twosAndFives = Arbitraries.integers().between(0, 40).flatMap(a -> Arbitraries.integers()
        .between(0, 20).map(b -> java.math.BigInteger.TWO.pow(a).multiply(java.math.BigInteger.valueOf(5).pow(b))))
        .filter(x -> x.bitLength() < 63).map(java.math.BigInteger::longValue);
    return Arbitraries.oneOf(twosAndFives, Arbitraries.longs().between(1, 1_000),
        Arbitraries.longs().between(1, Long.MAX_VALUE));
  }

  @Property
  void aDecimalConvertsBackToItself(@ForAll("decimals") BigDecimal a) {
    assertThat(r(a).toBigDecimal()).isEqualByComparingTo(a);
  }

  /** Found by the property above: a denominator between 2^62 and 2^63 must be held one way only. */
  @net.jqwik.api.Example
  void valuesNearTheLongLimitHaveOneRepresentation() {
    BigDecimal a = new BigDecimal("3.7699");
    BigDecimal b = new BigDecimal("-2.39472E-11");
    assertThat(r(a).multiply(r(b))).isEqualTo(r(a.multiply(b)));
    assertThat(r(a).multiply(r(b)).hashCode()).isEqualTo(r(a.multiply(b)).hashCode());
  }

  @Property
  void largeOperandsStayExact(@ForAll long a, @ForAll long b, @ForAll @IntRange(min = 1, max = 1_000_000) int c) {
    BigDecimal x = BigDecimal.valueOf(a);
    BigDecimal y = BigDecimal.valueOf(b);
    assertThat(r(x).multiply(r(y))).isEqualTo(r(x.multiply(y)));
    assertThat(r(x).add(r(y))).isEqualTo(r(x.add(y)));
    assertThat(r(x).divide(Rational.of(c, 1)).multiply(Rational.of(c, 1))).isEqualTo(r(x));
  }
}
