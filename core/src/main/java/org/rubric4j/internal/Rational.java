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
 * what makes 89.995 round to 90.00 even when it came from thirds.
 *
 * <p>Values whose numerator and denominator fit in a {@code long} (nearly all of them in
 * practice) are held and computed as longs, with overflow-checked arithmetic; anything larger
 * moves to {@link BigInteger}, so no operation ever loses a digit. The representation is
 * canonical: a value is held as longs exactly when it fits. Immutable.
 */
public final class Rational implements Comparable<Rational> {

  public static final Rational ZERO = new Rational(0, 1, null, null);
  public static final Rational ONE = new Rational(1, 1, null, null);

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

  private final long num;
  private final long den;
  private final BigInteger bigNum; // null when the value fits in longs
  private final BigInteger bigDen;

  private Rational(long num, long den, BigInteger bigNum, BigInteger bigDen) {
    this.num = num;
    this.den = den;
    this.bigNum = bigNum;
    this.bigDen = bigDen;
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
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    if (fitsLong(numerator) && fitsLong(denominator)) {
      return new Rational(numerator.longValue(), denominator.longValue(), null, null);
    }
    return new Rational(0, 0, numerator, denominator);
  }

  public static Rational of(long numerator, long denominator) {
    if (denominator == 0) {
      throw new ArithmeticException("denominator is zero");
    }
    if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
      return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }
    if (numerator == 0) {
      return ZERO;
    }
    if (denominator < 0) {
      numerator = -numerator;
      denominator = -denominator;
    }
    long g = gcd(Math.abs(numerator), denominator);
    return new Rational(numerator / g, denominator / g, null, null);
  }

  public static Rational of(BigDecimal value) {
    if (value.signum() == 0) {
      return ZERO;
    }
    int scale = value.scale();
    if (scale <= 0) {
      BigInteger whole = value.toBigIntegerExact();
      return fitsLong(whole) ? new Rational(whole.longValue(), 1, null, null)
          : new Rational(0, 0, whole, BigInteger.ONE);
    }
    if (scale < 18 && value.precision() < 19) {
      return of(value.unscaledValue().longValue(), DecimalLongs.tenTo(scale));
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(scale));
  }


  /** Whether {@code v} is held as a long: it fits, and is not Long.MIN_VALUE, which has no negation. */
  private static boolean fitsLong(BigInteger v) {
    return v.bitLength() <= 63 && !v.equals(LONG_MIN);
  }

  private boolean isSmall() {
    return bigNum == null;
  }

  public Rational add(Rational other) {
    if (signum() == 0) {
      return other;
    }
    if (other.signum() == 0) {
      return this;
    }
    if (isSmall() && other.isSmall()) {
      try {
        if (den == other.den) {
          return of(Math.addExact(num, other.num), den);
        }
        long n = Math.addExact(Math.multiplyExact(num, other.den), Math.multiplyExact(other.num, den));
        return of(n, Math.multiplyExact(den, other.den));
      } catch (ArithmeticException overflow) {
        // fall through to exact big arithmetic
      }
    }
    return of(numerator().multiply(other.denominator()).add(other.numerator().multiply(denominator())),
        denominator().multiply(other.denominator()));
  }

  public Rational subtract(Rational other) {
    return add(other.negate());
  }

  public Rational negate() {
    if (signum() == 0) {
      return this;
    }
    return isSmall() ? new Rational(-num, den, null, null) : of(bigNum.negate(), bigDen);
  }

  public Rational multiply(Rational other) {
    if (signum() == 0 || other.signum() == 0) {
      return ZERO;
    }
    if (isSmall() && other.isSmall()) {
      long g1 = gcd(Math.abs(num), other.den);
      long g2 = gcd(Math.abs(other.num), den);
      try {
        return new Rational(Math.multiplyExact(num / g1, other.num / g2),
            Math.multiplyExact(den / g2, other.den / g1), null, null).normalisedSign();
      } catch (ArithmeticException overflow) {
        // fall through to exact big arithmetic
      }
    }
    return of(numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
  }

  private Rational normalisedSign() {
    return num == Long.MIN_VALUE || den == Long.MIN_VALUE ? of(numerator(), denominator()) : this;
  }

  public Rational divide(Rational other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return multiply(other.reciprocal());
  }

  private Rational reciprocal() {
    if (isSmall()) {
      return num < 0 ? new Rational(-den, -num, null, null) : new Rational(den, num, null, null);
    }
    return of(bigDen, bigNum);
  }

  public BigInteger numerator() {
    return isSmall() ? BigInteger.valueOf(num) : bigNum;
  }

  public BigInteger denominator() {
    return isSmall() ? BigInteger.valueOf(den) : bigDen;
  }

  public int signum() {
    return isSmall() ? Long.signum(num) : bigNum.signum();
  }

  public boolean isInteger() {
    return isSmall() ? den == 1 : bigDen.equals(BigInteger.ONE);
  }

  /** The largest integer not above this value. */
  public BigInteger floor() {
    if (isSmall()) {
      return BigInteger.valueOf(Math.floorDiv(num, den));
    }
    BigInteger[] qr = bigNum.divideAndRemainder(bigDen);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** The smallest integer not below this value. */
  public BigInteger ceiling() {
    if (isSmall()) {
      return BigInteger.valueOf(-Math.floorDiv(-num, den));
    }
    BigInteger[] qr = bigNum.divideAndRemainder(bigDen);
    return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  /** This value rounded half-up (away from zero on a tie) to {@code decimals} places. */
  public BigDecimal round(int decimals) {
    if (isSmall()) {
      BigDecimal quick = roundInLongs(num, den, decimals);
      return quick != null ? quick
          : BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), decimals, RoundingMode.HALF_UP);
    }
    return new BigDecimal(bigNum).divide(new BigDecimal(bigDen), decimals, RoundingMode.HALF_UP);
  }

  /**
   * {@code numerator / denominator} exactly as {@code of(numerator, denominator).toBigDecimal()}
   * writes it, without reducing the fraction when its expansion ends: per-node results convert
   * dozens of sums over one denominator per evaluation, and a gcd each would cost more than the rest.
   */
  public static BigDecimal decimal(long numerator, long denominator) {
    BigDecimal quick = denominator > 0 ? terminatingInLongs(numerator, denominator) : null;
    return quick != null ? quick : of(numerator, denominator).toBigDecimal();
  }

  /**
   * {@code numerator / denominator} rounded as {@code of(numerator, denominator).round(decimals)}
   * rounds it, without reducing the fraction first, for the same reason as {@link #decimal}.
   */
  public static BigDecimal round(long numerator, long denominator, int decimals) {
    BigDecimal quick = denominator > 0 ? roundInLongs(numerator, denominator, decimals) : null;
    return quick != null ? quick : of(numerator, denominator).round(decimals);
  }

  /**
   * This value as a decimal, without trailing zeros: exact when its expansion terminates
   * (however many digits that takes), otherwise rounded half-even to 34 significant digits.
   */
  public BigDecimal toBigDecimal() {
    if (isInteger()) {
      return isSmall() ? BigDecimal.valueOf(num) : new BigDecimal(bigNum);
    }
    BigDecimal quick = isSmall() ? terminatingInLongs(num, den) : null;
    if (quick != null) {
      return quick;
    }
    BigDecimal n = isSmall() ? BigDecimal.valueOf(num) : new BigDecimal(bigNum);
    BigDecimal d = isSmall() ? BigDecimal.valueOf(den) : new BigDecimal(bigDen);
    return terminates() ? n.divide(d).stripTrailingZeros()
        : n.divide(d, MathContext.DECIMAL128).stripTrailingZeros();
  }

  /*
   * Long arithmetic for the two conversions evaluation details make dozens of times per
   * evaluation: BigDecimal division costs a hundred times more. Both give exactly what the
   * BigDecimal forms below give (RationalPropertiesTest), or null where a long would overflow.
   */

  /** num / den (den > 0) half-up to {@code decimals} places, in longs; null when a step would overflow. */
  private static BigDecimal roundInLongs(long num, long den, int decimals) {
    if (decimals < 0 || decimals > 18 || num == Long.MIN_VALUE) {
      return null;
    }
    long scaled;
    try {
      scaled = Math.multiplyExact(Math.abs(num), DecimalLongs.tenTo(decimals));
    } catch (ArithmeticException overflow) {
      return null;
    }
    long quotient = scaled / den;
    long remainder = scaled % den;
    if (remainder >= den - remainder) {
      quotient++; // half-up: away from zero on the absolute value
    }
    return BigDecimal.valueOf(num < 0 ? -quotient : quotient, decimals);
  }

  /**
   * The exact decimal when the denominator (> 0) is 2^a × 5^b: num × (10^max(a, b) / den) at
   * scale max(a, b), without trailing zeros, whether or not the fraction is reduced; null when it
   * does not terminate or does not fit.
   */
  private static BigDecimal terminatingInLongs(long num, long den) {
    int twos = Long.numberOfTrailingZeros(den);
    long rest = den >> twos;
    int fives = 0;
    while (rest % 5 == 0) {
      rest /= 5;
      fives++;
    }
    int scale = Math.max(twos, fives);
    if (rest != 1 || scale > 18) {
      return null;
    }
    long digits;
    try {
      digits = Math.multiplyExact(num, DecimalLongs.tenTo(scale) / den);
    } catch (ArithmeticException overflow) {
      return null;
    }
    while (scale > 0 && digits % 10 == 0) {
      digits /= 10;
      scale--;
    }
    return BigDecimal.valueOf(digits, scale);
  }


  /** Whether the decimal expansion ends: the denominator has no prime factor but 2 and 5. */
  private boolean terminates() {
    if (isSmall()) {
      long d = den >> Long.numberOfTrailingZeros(den);
      while (d % 5 == 0) {
        d /= 5;
      }
      return d == 1;
    }
    BigInteger d = bigDen.shiftRight(bigDen.getLowestSetBit());
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
    }
    return d.equals(BigInteger.ONE);
  }

  @Override
  public int compareTo(Rational other) {
    if (isSmall() && other.isSmall()) {
      if (den == other.den) {
        return Long.compare(num, other.num);
      }
      long hiA = Math.multiplyHigh(num, other.den);
      long hiB = Math.multiplyHigh(other.num, den);
      if (hiA != hiB) {
        return Long.compare(hiA, hiB);
      }
      return Long.compareUnsigned(num * other.den, other.num * den);
    }
    return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
  }

  public static Rational min(Rational a, Rational b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  public static Rational max(Rational a, Rational b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static long gcd(long a, long b) {
    // both non-negative, not both zero
    if (a > 0 && b > 0) {
      return binaryGcd(a, b);
    }
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a == 0 ? 1 : a;
  }

  /** Stein's algorithm: shifts and subtractions instead of a division per step. */
  private static long binaryGcd(long a, long b) {
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>= Long.numberOfTrailingZeros(a);
    do {
      b >>= Long.numberOfTrailingZeros(b);
      if (a > b) {
        long t = b;
        b = a;
        a = t;
      }
      b -= a;
    } while (b != 0);
    return a << shift;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Rational r)) {
      return false;
    }
    if (isSmall() != r.isSmall()) {
      return false;
    }
    return isSmall() ? num == r.num && den == r.den : bigNum.equals(r.bigNum) && bigDen.equals(r.bigDen);
  }

  @Override
  public int hashCode() {
    return isSmall() ? Long.hashCode(num) * 31 + Long.hashCode(den) : 31 * bigNum.hashCode() + bigDen.hashCode();
  }

  @Override
  public String toString() {
    return isInteger() ? numerator().toString() : numerator() + "/" + denominator();
  }
}
