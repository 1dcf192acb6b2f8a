package org.rubric4j.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exact fractions: identity (equality, hashing, text), order, min and max, beside RationalTest. */
class RationalIdentityAndOrderTest {

  @Test
  void fractionsAreKeptInLowestTermsWithAPositiveDenominator() {
    assertThat(Rational.of(2, 4)).isEqualTo(Rational.of(1, 2)).hasToString("1/2");
    assertThat(Rational.of(3, -6)).hasToString("-1/2");
    assertThat(Rational.of(0, 5)).isSameAs(Rational.ZERO).hasToString("0");
    assertThat(Rational.of(6, 3)).hasToString("2");
    assertThat(Rational.of(6, 3).isInteger()).isTrue();
    assertThat(Rational.of(1, 3).isInteger()).isFalse();
    assertThat(Rational.of(new BigDecimal("2.50"))).isEqualTo(Rational.of(5, 2));
    assertThat(Rational.of(new BigDecimal("3"))).isEqualTo(Rational.of(3, 1));
    assertThat(Rational.of(new BigDecimal("3E+2"))).isEqualTo(Rational.of(300, 1));
    assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void equalFractionsHashAlikeAndDifferentOnesDiffer() {
    assertThat(Rational.of(1, 2)).hasSameHashCodeAs(Rational.of(2, 4));
    assertThat(Rational.of(1, 2)).isNotEqualTo(Rational.of(1, 3)).isNotEqualTo(Rational.of(3, 2)).isNotEqualTo("1/2");
    assertThat(Rational.of(1, 2).hashCode()).isNotEqualTo(Rational.of(2, 1).hashCode());
  }

  @Test
  void arithmeticIsExact() {
    Rational third = Rational.of(1, 3);
    assertThat(third.add(third).add(third)).isEqualTo(Rational.ONE);
    assertThat(Rational.of(1, 4).add(Rational.of(1, 4))).isEqualTo(Rational.of(1, 2));
    assertThat(Rational.ONE.subtract(third)).isEqualTo(Rational.of(2, 3));
    assertThat(third.multiply(Rational.of(3, 1))).isEqualTo(Rational.ONE);
    assertThat(third.divide(Rational.of(2, 1))).isEqualTo(Rational.of(1, 6));
    assertThat(third.negate()).isEqualTo(Rational.of(-1, 3));
    assertThat(Rational.ZERO.negate()).isSameAs(Rational.ZERO);
    assertThatThrownBy(() -> third.divide(Rational.ZERO)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void fractionsCompareByValue() {
    assertThat(Rational.of(1, 3).compareTo(Rational.of(1, 2))).isNegative();
    assertThat(Rational.of(1, 2).compareTo(Rational.of(1, 3))).isPositive();
    assertThat(Rational.of(2, 5).compareTo(Rational.of(3, 5))).isNegative();
    assertThat(Rational.of(3, 5).compareTo(Rational.of(2, 5))).isPositive();
    assertThat(Rational.of(2, 4).compareTo(Rational.of(1, 2))).isZero();
    assertThat(Rational.min(Rational.of(1, 3), Rational.of(1, 2))).isEqualTo(Rational.of(1, 3));
    assertThat(Rational.min(Rational.of(1, 2), Rational.of(1, 3))).isEqualTo(Rational.of(1, 3));
    assertThat(Rational.max(Rational.of(1, 3), Rational.of(1, 2))).isEqualTo(Rational.of(1, 2));
    assertThat(Rational.max(Rational.of(1, 2), Rational.of(1, 3))).isEqualTo(Rational.of(1, 2));
  }

  @Test
  void floorAndCeilingRoundTowardsTheirSide() {
    assertThat(Rational.of(7, 2).floor()).isEqualTo(BigInteger.valueOf(3));
    assertThat(Rational.of(-7, 2).floor()).isEqualTo(BigInteger.valueOf(-4));
    assertThat(Rational.of(6, 2).floor()).isEqualTo(BigInteger.valueOf(3));
    assertThat(Rational.of(7, 2).ceiling()).isEqualTo(BigInteger.valueOf(4));
    assertThat(Rational.of(-7, 2).ceiling()).isEqualTo(BigInteger.valueOf(-3));
    assertThat(Rational.of(6, 2).ceiling()).isEqualTo(BigInteger.valueOf(3));
  }

  @Test
  void roundingIsHalfUpOnceAndDecimalsAreExactOrThirtyFourDigits() {
    assertThat(Rational.of(89_995, 1_000).round(2)).isEqualTo(new BigDecimal("90.00"));
    assertThat(Rational.of(-1, 8).round(2)).isEqualTo(new BigDecimal("-0.13"));
    assertThat(Rational.of(1, 8).toBigDecimal()).isEqualTo(new BigDecimal("0.125"));
    assertThat(Rational.of(1, 3).toBigDecimal()).isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
  }
}
