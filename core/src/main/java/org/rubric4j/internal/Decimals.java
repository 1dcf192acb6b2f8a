package org.rubric4j.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact decimal helpers for analytics: quotients exact when their expansion ends within 34
 * significant digits, otherwise rounded half-even to 34 (so always at least 20), and square
 * roots to 34 significant digits. Results are canonical (no trailing zeros).
 */
public final class Decimals {

  /** 34 significant digits, half-even: the precision of every inexact analytics result. */
  public static final MathContext CONTEXT = MathContext.DECIMAL128;

  private static final MathContext WIDE = new MathContext(40, RoundingMode.HALF_EVEN);

  private Decimals() {}

  /** {@code a / b}: exact when it terminates within 34 digits, else 34 significant digits. */
  public static BigDecimal divide(BigDecimal a, BigDecimal b) {
    if (b.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    try {
      BigDecimal exact = a.divide(b);
      if (exact.precision() <= CONTEXT.getPrecision()) {
        return ValueText.canonical(exact);
      }
    } catch (ArithmeticException nonTerminating) {
      // falls through to the rounded quotient
    }
    return ValueText.canonical(a.divide(b, CONTEXT));
  }

  /** {@code a / b} for a count {@code b}. */
  public static BigDecimal divide(BigDecimal a, long b) {
    return divide(a, BigDecimal.valueOf(b));
  }

  /** The square root of {@code a / b} (both not negative), to 34 significant digits. */
  public static BigDecimal sqrtOfQuotient(BigDecimal a, BigDecimal b) {
    if (a.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal q = a.divide(b, WIDE);
    return ValueText.canonical(q.sqrt(CONTEXT));
  }

  /** A rational as a decimal: exact when it terminates within 34 digits, else 34 significant digits. */
  public static BigDecimal of(Rational r) {
    return ValueText.canonical(r.toBigDecimal());
  }

  /** {@code value} canonical: no trailing zeros, zero as {@code 0}. */
  public static BigDecimal canonical(BigDecimal value) {
    return ValueText.canonical(value);
  }
}
