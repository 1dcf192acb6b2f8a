package org.rubric4j.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact rational number, always in lowest terms with a positive denominator.
 *
 * <p>Scores are combined with weights that need not be decimal (three equal weights are
 * 1/3 each), so evaluation works on exact fractions and rounds once, at the end. That is
 * what makes 89.995 round to 90.00 even when it came from thirds. Immutable.
 */
public final class Rational implements Comparable<Rational> {

  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  public static Rational of(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator is zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    return new Rational(numerator, denominator);
  }

  public static Rational of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  public static Rational of(BigDecimal value) {
    if (value.signum() == 0) {
      return ZERO;
    }
    if (value.scale() <= 0) {
      return new Rational(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  public Rational add(Rational other) {
    if (signum() == 0) {
      return other;
    }
    if (other.signum() == 0) {
      return this;
    }
    if (denominator.equals(other.denominator)) {
      return of(numerator.add(other.numerator), denominator);
    }
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public Rational subtract(Rational other) {
    return add(other.negate());
  }

  public Rational negate() {
    return signum() == 0 ? this : new Rational(numerator.negate(), denominator);
  }

  public Rational multiply(Rational other) {
    if (signum() == 0 || other.signum() == 0) {
      return ZERO;
    }
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  public Rational divide(Rational other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  public BigInteger numerator() {
    return numerator;
  }

  public BigInteger denominator() {
    return denominator;
  }

  public int signum() {
    return numerator.signum();
  }

  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  /** The largest integer not above this value. */
  public BigInteger floor() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** The smallest integer not below this value. */
  public BigInteger ceiling() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  /** This value rounded half-up (away from zero on a tie) to {@code decimals} places. */
  public BigDecimal round(int decimals) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), decimals, RoundingMode.HALF_UP);
  }

  /**
   * This value as a decimal: exact when its expansion terminates within 34 significant
   * digits, otherwise rounded half-even to 34 significant digits.
   */
  public BigDecimal toBigDecimal() {
    BigDecimal n = new BigDecimal(numerator);
    if (isInteger()) {
      return n;
    }
    BigDecimal d = new BigDecimal(denominator);
    return terminates() ? n.divide(d).stripTrailingZeros()
        : n.divide(d, MathContext.DECIMAL128).stripTrailingZeros();
  }

  /** Whether the decimal expansion ends: the denominator has no prime factor but 2 and 5. */
  private boolean terminates() {
    BigInteger d = denominator.shiftRight(denominator.getLowestSetBit());
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
    }
    return d.equals(BigInteger.ONE);
  }

  @Override
  public int compareTo(Rational other) {
    if (denominator.equals(other.denominator)) {
      return numerator.compareTo(other.numerator);
    }
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  public static Rational min(Rational a, Rational b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  public static Rational max(Rational a, Rational b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}
