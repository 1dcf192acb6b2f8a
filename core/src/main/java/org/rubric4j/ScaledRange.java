package org.rubric4j;

import java.math.BigDecimal;
import org.rubric4j.internal.DecimalLongs;


/**
 * An {@link Interval} for the fast path, with its ends as longs at one decimal scale:
 * {@code (2h, 6h]} at scale 0 has ends 7200 and 21600; {@code [60%, 70%)} at scale 2 has
 * ends 60 and 70. Immutable.
 *
 * <p>Membership is one comparison per end on a <em>key</em>: a value of {@code whole} units
 * at this scale is keyed {@code 2 × whole}, and a value strictly between {@code whole} and
 * the next unit (it had more decimals than the ends: 0.8523 against ends at scale 2 is 85 and
 * beyond) is keyed {@code 2 × whole + 1}. An inclusive end {@code e} admits keys up to (or
 * from) {@code 2e}, an exclusive one up to {@code 2e − 1} (from {@code 2e + 1}), so
 * inclusivity and extra decimals are both exact without wider arithmetic.
 *
 * @param lower the lower end at the scale; 0 when there is none
 * @param upper the upper end at the scale; 0 when there is none
 * @param minKey the least key in the range, {@link #BELOW_ALL} when unbounded below
 * @param maxKey the greatest key in the range, {@link #ABOVE_ALL} when unbounded above
 */
record ScaledRange(long lower, long upper, long minKey, long maxKey) {

  /** Wholes beyond this magnitude have no key; the caller takes the general path. */
  private static final long KEYABLE = 1L << 60;
  /**
   * Below and above every key. Keys lie within ±(2^61 + 1), so the difference of any key and
   * any end, these included, fits in a long: a sign bit can then stand for a comparison.
   */
  static final long BELOW_ALL = -(1L << 61) - 2;
  static final long ABOVE_ALL = (1L << 61) + 2;

  /** {@code interval} at {@code scale}, or null when an end has more decimals or does not fit. */
  static ScaledRange of(Interval interval, int scale) {
    Bound lo = interval.lower();
    Bound hi = interval.upper();
    long lower = end(lo, scale);
    long upper = end(hi, scale);
    if (lower == FastScorer.NONE || upper == FastScorer.NONE || Math.abs(lower) > KEYABLE
        || Math.abs(upper) > KEYABLE) {
      return null;
    }
    long minKey = lo.isUnbounded() ? BELOW_ALL : 2 * lower + (lo.isInclusive() ? 0 : 1);
    long maxKey = hi.isUnbounded() ? ABOVE_ALL : 2 * upper - (hi.isInclusive() ? 0 : 1);
    return new ScaledRange(lower, upper, minKey, maxKey);
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
    return amount == null ? 0 : DecimalLongs.scaled(amount, scale);
  }

  /**
   * The key of the amount {@code digits × 10^-from} against ends at scale {@code to}, or
   * {@link FastScorer#NONE} when it does not fit.
   */
  static long key(long digits, int from, int to) {
    long whole;
    boolean beyond = false;
    if (from <= to) {
      whole = DecimalLongs.raise(digits, to - from);
    } else {
      long unit = DecimalLongs.tenTo(from - to);
      whole = Math.floorDiv(digits, unit);
      beyond = whole * unit != digits;
    }
    if (whole == FastScorer.NONE || Math.abs(whole) > KEYABLE) {
      return FastScorer.NONE;
    }
    return 2 * whole + (beyond ? 1 : 0);
  }

  /** Whether the value keyed {@code key} is in the range. */
  boolean contains(long key) {
    return key >= minKey && key <= maxKey;
  }

  /** Whether the value keyed {@code key} is not below the lower end. */
  boolean aboveLower(long key) {
    return key >= minKey;
  }
}
