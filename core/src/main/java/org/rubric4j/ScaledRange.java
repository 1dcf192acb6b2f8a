package org.rubric4j;

import java.math.BigDecimal;

/**
 * An {@link Interval} with its ends as longs at one decimal scale: {@code (2h, 6h]} at scale
 * 0 is (7200, 21600]; {@code [60%, 70%)} at scale 2 is [60, 70). For the fast path, which
 * compares amounts brought to the same scale without touching a BigDecimal. Immutable.
 *
 * @param lower the lower end at the scale, unused when {@code lowerKind} is {@link #OPEN}
 * @param lowerKind {@link #OPEN}, {@link #INCLUSIVE} or {@link #EXCLUSIVE}
 * @param upper the upper end at the scale, unused when {@code upperKind} is {@link #OPEN}
 * @param upperKind {@link #OPEN}, {@link #INCLUSIVE} or {@link #EXCLUSIVE}
 */
record ScaledRange(long lower, int lowerKind, long upper, int upperKind) {

  /** No end on this side. */
  static final int OPEN = 0;
  /** The end belongs to the range. */
  static final int INCLUSIVE = 1;
  /** The end does not belong to the range. */
  static final int EXCLUSIVE = 2;

  /** {@code interval} at {@code scale}, or null when an end has more decimals or does not fit. */
  static ScaledRange of(Interval interval, int scale) {
    Bound lo = interval.lower();
    Bound hi = interval.upper();
    long lower = end(lo, scale);
    long upper = end(hi, scale);
    if (lower == FastScorer.NONE || upper == FastScorer.NONE) {
      return null;
    }
    return new ScaledRange(lower, kind(lo), upper, kind(hi));
  }

  /** The most decimals either end of {@code interval} has. */
  static int scaleOf(Interval interval) {
    return Math.max(scaleOf(interval.lower()), scaleOf(interval.upper()));
  }

  private static int scaleOf(Bound bound) {
    BigDecimal amount = bound.amountOrNull();
    return amount == null ? 0 : Math.max(0, amount.scale());
  }

  private static long end(Bound bound, int scale) {
    BigDecimal amount = bound.amountOrNull();
    return amount == null ? 0 : FastScorer.scaled(amount, scale);
  }

  private static int kind(Bound bound) {
    return bound.isUnbounded() ? OPEN : bound.isInclusive() ? INCLUSIVE : EXCLUSIVE;
  }

  /*
   * A value is given as a whole number of units of this range's scale, plus a flag saying
   * whether it lies strictly between that and the next unit (it had more decimals than the
   * ends): 0.8523 against ends at scale 2 is 85 and beyond. Exact, with no wider arithmetic.
   */

  /** Whether {@code whole} (plus a fraction of a unit when {@code beyond}) is in the range. */
  boolean contains(long whole, boolean beyond) {
    return aboveLower(whole, beyond) && belowUpper(whole, beyond);
  }

  /** Whether the value is not below the lower end. */
  boolean aboveLower(long whole, boolean beyond) {
    return lowerKind == OPEN || whole > lower || (whole == lower && (beyond || lowerKind == INCLUSIVE));
  }

  /** Whether the value is not above the upper end. */
  boolean belowUpper(long whole, boolean beyond) {
    return upperKind == OPEN || whole < upper || (whole == upper && !beyond && upperKind == INCLUSIVE);
  }
}
