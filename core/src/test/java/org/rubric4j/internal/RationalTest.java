package org.rubric4j.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exact fractions: docs/design.md, scoring semantics 8 (0.1 + 0.2 is 0.3, thirds stay thirds). */
class RationalTest {

  private static Rational r(String decimal) {
    return Rational.of(new BigDecimal(decimal));
  }

  @Test
  void pointOnePlusPointTwoIsExactlyPointThree() {
    assertThat(r("0.1").add(r("0.2"))).isEqualTo(r("0.3"));
  }

  @Test
  void aThirdTimesThreeIsExactlyOne() {
    assertThat(Rational.of(1, 3).multiply(Rational.of(3, 1))).isEqualTo(Rational.ONE);
  }

  @Test
  void threeThirdsAddUpToExactlyOne() {
    Rational third = Rational.ONE.divide(Rational.of(3, 1));

    assertThat(third.add(third).add(third)).isEqualTo(Rational.ONE);
  }

  @Test
  void fractionsAreKeptInLowestTermsWithAPositiveDenominator() {
    assertThat(Rational.of(4, -6)).isEqualTo(Rational.of(-2, 3)).hasToString("-2/3");
  }

  @Test
  void equalDecimalsOfDifferentScaleAreEqualRationals() {
    assertThat(r("0.50")).isEqualTo(r("0.5")).isEqualTo(Rational.of(1, 2));
    assertThat(r("1E+3")).isEqualTo(Rational.of(1000, 1));
  }

  @Test
  void zeroIsZeroWhateverItsDenominator() {
    assertThat(Rational.of(0, 7)).isEqualTo(Rational.ZERO).hasToString("0");
  }

  @Test
  void aZeroDenominatorIsRefused() {
    assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class)
        .hasMessage("denominator is zero");
  }

  @Test
  void divisionByZeroIsRefused() {
    assertThatThrownBy(() -> Rational.ONE.divide(Rational.ZERO)).isInstanceOf(ArithmeticException.class)
        .hasMessage("division by zero");
  }

  @ParameterizedTest(name = "{0}/{1} rounded to {2} decimals is {3}")
  @CsvSource({"89995, 1000, 2, 90.00", "1, 3, 2, 0.33", "2, 3, 2, 0.67", "1, 200, 2, 0.01",
      "-1, 200, 2, -0.01", "5, 2, 0, 3", "-5, 2, 0, -3", "1, 3, 20, 0.33333333333333333333"})
  void roundingIsHalfUpAwayFromZero(long n, long d, int decimals, BigDecimal expected) {
    assertThat(Rational.of(n, d).round(decimals)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "floor and ceiling of {0}/{1} are {2} and {3}")
  @CsvSource({"7, 2, 3, 4", "-7, 2, -4, -3", "6, 3, 2, 2", "-6, 3, -2, -2", "1, 3, 0, 1", "-1, 3, -1, 0"})
  void floorAndCeilingBracketTheValue(long n, long d, long floor, long ceiling) {
    assertThat(Rational.of(n, d).floor()).isEqualTo(BigInteger.valueOf(floor));
    assertThat(Rational.of(n, d).ceiling()).isEqualTo(BigInteger.valueOf(ceiling));
  }

  @Test
  void aTerminatingValueBecomesAnExactDecimal() {
    assertThat(Rational.of(1, 8).toBigDecimal()).isEqualTo(new BigDecimal("0.125"));
  }

  @Test
  void aRepeatingValueBecomesADecimalOfThirtyFourDigits() {
    assertThat(Rational.of(1, 3).toBigDecimal().precision()).isEqualTo(34);
  }

  @Test
  void valuesCompareByMagnitude() {
    assertThat(Rational.of(1, 3)).isLessThan(Rational.of(1, 2));
    assertThat(Rational.of(-1, 2)).isLessThan(Rational.of(-1, 3));
    assertThat(Rational.max(Rational.of(1, 3), Rational.of(2, 7))).isEqualTo(Rational.of(1, 3));
    assertThat(Rational.min(Rational.of(1, 3), Rational.of(2, 7))).isEqualTo(Rational.of(2, 7));
  }

  @Test
  void onlyWholeValuesAreIntegers() {
    assertThat(Rational.of(6, 3).isInteger()).isTrue();
    assertThat(Rational.of(7, 3).isInteger()).isFalse();
  }
}
