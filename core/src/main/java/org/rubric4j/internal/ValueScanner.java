package org.rubric4j.internal;

import java.math.BigDecimal;

/**
 * Reads the usual text forms of values by hand, without regular expressions: whole-unit
 * durations ({@code 1h45m53s}, {@code 3d}), decimals ({@code 88.4}, {@code -2}) and percents
 * ({@code 88.4%}). Each reader gives exactly the amount {@link ValueText}'s general reader gives
 * (canonical: no trailing zeros), or null for any other text, which the general reader then
 * reads or refuses with its message. Data files hold millions of such cells; a pattern match
 * and a {@code BigDecimal} parsed from a string each cost more than scoring the value.
 */
public final class ValueScanner {

  /** More digits than this are left to the general reader, so that sums and scales fit a long. */
  private static final int MAX_DIGITS = 17;

  private ValueScanner() {}

  /**
   * The seconds of a duration written as whole numbers of days, hours, minutes and seconds, in
   * that order, each at most once ({@code 2h}, {@code 1h45m53s}, {@code 3d}); null otherwise.
   */
  public static BigDecimal wholeUnitDuration(String t) {
    long seconds = wholeUnitSeconds(t);
    return seconds < 0 ? null : seconds == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(seconds);
  }

  /** What {@link #wholeUnitDuration} reads, as a long; −1 when it reads nothing. */
  public static long wholeUnitSeconds(String t) {
    int n = t.length();
    int i = 0;
    int lastUnit = -1;
    long seconds = 0;
    while (i < n) {
      int start = i;
      long value = 0;
      char c;
      while (i < n && (c = t.charAt(i)) >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        i++;
      }
      if (i == start || i - start > 12 || i == n) {
        return -1; // no digits, too many, or no unit after them
      }
      int unit;
      long size;
      switch (t.charAt(i)) {
        case 'd' -> { unit = 0; size = 86_400; }
        case 'h' -> { unit = 1; size = 3_600; }
        case 'm' -> { unit = 2; size = 60; }
        case 's' -> { unit = 3; size = 1; }
        default -> { return -1; }
      }
      if (unit <= lastUnit) {
        return -1; // units out of order or repeated
      }
      lastUnit = unit;
      seconds += value * size;
      i++;
    }
    return lastUnit < 0 ? -1 : seconds;
  }

  /** {@code t} as a whole number ({@code -?digits}); null otherwise. */
  public static BigDecimal wholeNumber(String t) {
    int n = t.length();
    int i = n > 0 && t.charAt(0) == '-' ? 1 : 0;
    if (i == n || n - i > MAX_DIGITS) {
      return null;
    }
    long value = 0;
    for (; i < n; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      value = value * 10 + (c - '0');
    }
    return value == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(t.charAt(0) == '-' ? -value : value);
  }

  /** {@code t} as a decimal ({@code -?digits(.digits)?}), canonical; null otherwise. */
  public static BigDecimal decimal(String t) {
    return unpack(decimal(t, 0, t.length(), 0));
  }

  /**
   * A percent written with its sign ({@code 88.4%}) as a fraction of one, canonical, whatever
   * its range (the caller checks it); null for any other text.
   */
  public static BigDecimal percentWithSign(String t) {
    return unpack(percentWithSignPacked(t));
  }

  /**
   * What {@link #percentWithSign} reads, packed in a long without allocating: the canonical
   * digits ({@link #digits}), the sign ({@link #negative}) and the scale ({@link #scale}); −1
   * when it reads nothing.
   */
  public static long percentWithSignPacked(String t) {
    int n = t.length();
    return n < 2 || t.charAt(n - 1) != '%' ? -1 : decimal(t, 0, n - 1, 2);
  }

  /** The digits of a packed decimal, without its sign. */
  public static long digits(long packed) {
    return packed >>> 6;
  }

  /** The scale of a packed decimal: how many of its digits come after the point. */
  public static int scale(long packed) {
    return (int) (packed & 31);
  }

  /** Whether a packed decimal is below zero. */
  public static boolean negative(long packed) {
    return (packed & 32) != 0;
  }

  private static BigDecimal unpack(long packed) {
    if (packed < 0) {
      return null;
    }
    long digits = digits(packed);
    return digits == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(negative(packed) ? -digits : digits, scale(packed));
  }

  /**
   * The decimal in {@code t[from, to)} divided by 10^{@code shift}, canonical and packed (digits
   * × 64 + sign × 32 + scale: at most 17 digits and a scale of at most 19 fit); −1 when it is not one.
   */
  private static long decimal(String t, int from, int to, int shift) {
    int i = from;
    boolean negative = i < to && t.charAt(i) == '-';
    if (negative) {
      i++;
    }
    long digits = 0;
    int count = 0;
    int scale = -1; // decimals after the point; -1 before it
    int wholeDigits = 0;
    for (; i < to; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = digits * 10 + (c - '0');
        count++;
        if (scale >= 0) {
          scale++;
        } else {
          wholeDigits++;
        }
      } else if (c == '.' && scale < 0 && wholeDigits > 0) {
        scale = 0;
      } else {
        return -1;
      }
    }
    if (wholeDigits == 0 || scale == 0 || count > MAX_DIGITS) {
      return -1; // no digits, a point with none after it, or too many for a long
    }
    int s = Math.max(scale, 0) + shift;
    while (s > 0 && digits % 10 == 0 && digits != 0) {
      digits /= 10;
      s--;
    }
    if (digits == 0) {
      return 0;
    }
    return digits << 6 | (negative ? 32 : 0) | s;
  }
}
