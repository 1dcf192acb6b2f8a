package org.rubric4j.internal;

import java.math.BigDecimal;

/**
 * Decimals held as longs: the digits of an amount without its decimal point, and powers of
 * ten to bring two amounts to one scale. For the hot paths (evaluation, aggregation) that
 * must not allocate a BigDecimal per step; every caller falls back to BigDecimal when a
 * number does not fit, which {@link #NONE} signals.
 */
public final class DecimalLongs {

  /** Not representable here: more than 18 digits, or an overflow. */
  public static final long NONE = Long.MIN_VALUE;

  private static final long[] TEN_POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L,
      1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L,
      100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
      1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
      1_000_000_000_000_000_000L};

  /** The largest n with 10^n in a long. */
  public static final int MAX_POWER = 18;

  private DecimalLongs() {}

  /** 10^n, for 0 ≤ n ≤ {@link #MAX_POWER}. */
  public static long tenTo(int n) {
    return TEN_POWERS[n];
  }

  /** {@code x × 10^scale} as a long, or {@link #NONE} when it is not whole or does not fit. */
  public static long scaled(BigDecimal x, int scale) {
    BigDecimal shifted = x.movePointRight(scale);
    if (shifted.scale() != 0 || shifted.precision() > 18) {
      return NONE;
    }
    return shifted.longValue();
  }

  /** The digits of {@code x} without its decimal point ({@code 0.85} → 85), or {@link #NONE} beyond 18 digits. */
  public static long unscaled(BigDecimal x) {
    if (x.precision() > 18) {
      return NONE;
    }
    // A scale-0 BigDecimal hands out its long without allocating; unscaledValue() would not.
    return x.scale() == 0 ? x.longValue() : x.movePointRight(x.scale()).longValue();
  }

  /** {@code digits × 10^n}, or {@link #NONE} when {@code digits} is NONE or the product does not fit. */
  public static long raise(long digits, int n) {
    if (digits == NONE || n < 0 || n > MAX_POWER) {
      return NONE;
    }
    if (n == 0) {
      return digits;
    }
    long factor = TEN_POWERS[n];
    return Math.abs(digits) <= Long.MAX_VALUE / factor ? digits * factor : NONE;
  }
}
