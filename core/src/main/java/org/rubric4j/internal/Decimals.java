package org.rubric4j.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact decimal helpers for analytics: quotients exact when their expansion ends within the
 * working precision, otherwise rounded half-even to it; square roots likewise. The working
 * precision is 34 significant digits and never fewer than 20 digits after the decimal point, so
 * a mean of totals on {@code scale: 1e30} is still exact at any reported precision up to 20.
 * Results are canonical (no trailing zeros).
 */
public final class Decimals {

  /** 34 significant digits, half-even: the precision of every inexact analytics result. */
  public static final MathContext CONTEXT = MathContext.DECIMAL128;

  private Decimals() {}

  /** {@code a / b}: exact when it terminates within 34 digits, else 34 significant digits. */
  public static BigDecimal divide(BigDecimal a, BigDecimal b) {
    if (b.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    MathContext context = contextFor(a, b);
    try {
      BigDecimal exact = a.divide(b);
      if (exact.precision() <= context.getPrecision()) {
        return ValueText.canonical(exact);
      }
    } catch (ArithmeticException nonTerminating) {
      // falls through to the rounded quotient
    }
    return ValueText.canonical(a.divide(b, context));
  }

  /** 34 significant digits, or more so that at least 20 of them follow the decimal point of a / b. */
  private static MathContext contextFor(BigDecimal a, BigDecimal b) {
    int integerDigits = (a.precision() - a.scale()) - (b.precision() - b.scale()) + 1;
    int digits = Math.max(CONTEXT.getPrecision(), integerDigits + 20);
    return digits == CONTEXT.getPrecision() ? CONTEXT : new MathContext(digits, RoundingMode.HALF_EVEN);
  }

  /** {@code a / b} for a count {@code b}. */
  public static BigDecimal divide(BigDecimal a, long b) {
    return divide(a, BigDecimal.valueOf(b));
  }

  /** The square root of {@code a / b} (both not negative), at the working precision. */
  public static BigDecimal sqrtOfQuotient(BigDecimal a, BigDecimal b) {
    if (a.signum() == 0) {
      return BigDecimal.ZERO;
    }
    MathContext context = contextFor(a, b);
    BigDecimal q = a.divide(b, new MathContext(context.getPrecision() + 6, RoundingMode.HALF_EVEN));
    int rootDigits = Math.max(CONTEXT.getPrecision(), (q.precision() - q.scale() + 1) / 2 + 20);
    return ValueText.canonical(q.sqrt(new MathContext(rootDigits, RoundingMode.HALF_EVEN)));
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
