package org.rubric4j.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Hand-written scanners for the values seed 000's observations hold, read straight from ASCII
 * bytes into longs: durations, percents, levels and periods, in the syntax of
 * docs/rubric-format.md ("Values") and with its strictness, so that they take and refuse what
 * rubric4j takes and refuses. Each returns what scoring needs and no more: a duration its
 * seconds rounded up (a duration above 2 h by a nanosecond is above 2 h, so only the ceiling is
 * compared with the whole-second band edges), a percent its whole percents rounded down (the
 * band edges are whole percents, lower ends included). {@link #INVALID} means refused.
 *
 * <p>Amounts are exact: decimals are never binary fractions. A duration whose fractions have
 * more than 13 significant digits, too many for a long, takes an exact {@code BigDecimal}
 * path; an ISO-8601 form outside the plain grammar (signs, a comma) goes to
 * {@link java.time.Duration#parse}, as rubric4j's does. Not thread-safe (one scratch array,
 * so that reading a duration allocates nothing): one instance per pipeline.
 */
final class ValueScanners {

  /** A value refused. */
  static final long INVALID = -1;

  /** Every amount from here up scores the same (the last band of each rule is unbounded): saturate. */
  static final long HUGE = 1_000_000_000_000L;

  /** rubric4j's ValueText.MAX_LENGTH: a longer value is refused before it is read. */
  static final int MAX_VALUE_CHARS = 64;

  private static final long[] COMPACT_UNITS = {86_400, 3_600, 60, 1};
  private static final byte[] COMPACT_LETTERS = {'d', 'h', 'm', 's'};
  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int k = 1; k < POW10.length; k++) {
      POW10[k] = POW10[k - 1] * 10;
    }
  }

  /** Where each unit's number starts and ends in the duration being read ({@code d h m s}), -1 when absent. */
  private final int[] spans = new int[8];

  // ---- durations ----------------------------------------------------------------------------

  /**
   * The seconds of a duration, rounded up: {@code 0}, {@code 1d12h}, {@code 1h45m53s}, {@code 1.5h}
   * (units {@code d h m s} in this order, each at most once, each with optional decimals), or
   * ISO-8601 ({@code PT2H}, {@code P1DT12H}, {@code PT0.5H}). A bare number, a sign or a
   * negative ISO duration is refused.
   */
  long durationCeilSeconds(ByteSlice v) {
    byte[] b = v.bytes;
    int from = v.from;
    int to = v.to;
    if (to - from == 1 && b[from] == '0') {
      return 0;
    }
    java.util.Arrays.fill(spans, -1);
    if (b[from] == 'P' || b[from] == 'p') {
      return isoSpans(b, from, to, spans) ? ceilSeconds(b, spans) : isoByJavaTime(v);
    }
    int unit = 0;
    int i = from;
    while (i < to) {
      int end = number(b, i, to);
      if (end < 0 || end == to) {
        return INVALID; // no number, or a number without a unit
      }
      int u = unit;
      while (u < 4 && b[end] != COMPACT_LETTERS[u]) {
        u++;
      }
      if (u == 4) {
        return INVALID; // another letter, or a unit out of order or repeated
      }
      spans[2 * u] = i;
      spans[2 * u + 1] = end;
      unit = u + 1;
      i = end + 1;
    }
    return ceilSeconds(b, spans);
  }

  /** The plain ISO-8601 grammar with decimals on any unit ({@code P[nD][T[nH][nM][nS]]}, any case). */
  private static boolean isoSpans(byte[] b, int from, int to, int[] spans) {
    int i = from + 1;
    boolean any = false;
    int end = number(b, i, to);
    if (end > 0 && end < to && (b[end] | 0x20) == 'd') {
      spans[0] = i;
      spans[1] = end;
      any = true;
      i = end + 1;
    }
    if (i < to) {
      if ((b[i] | 0x20) != 't' || i + 1 == to) {
        return false; // what follows the days must be T and something after it
      }
      i++;
      int unit = 1; // after T: hours, minutes, seconds
      while (i < to) {
        end = number(b, i, to);
        if (end < 0 || end == to) {
          return false;
        }
        int u = unit;
        while (u < 4 && (b[end] | 0x20) != COMPACT_LETTERS[u]) {
          u++;
        }
        if (u == 4) {
          return false;
        }
        spans[2 * u] = i;
        spans[2 * u + 1] = end;
        any = true;
        unit = u + 1;
        i = end + 1;
      }
    }
    return any;
  }

  /** What rubric4j does first with every ISO form, needed here only for those outside the plain grammar. */
  private static long isoByJavaTime(ByteSlice v) {
    try {
      java.time.Duration d = java.time.Duration.parse(new String(v.bytes, v.from, v.length(), StandardCharsets.US_ASCII));
      if (d.isNegative()) {
        return INVALID;
      }
      long seconds = d.getNano() == 0 ? d.getSeconds() : d.getSeconds() + 1;
      return Math.min(seconds, HUGE);
    } catch (java.time.format.DateTimeParseException e) {
      return INVALID;
    }
  }

  /**
   * Σ number × unit over the spans, rounded up, exactly: the whole parts in seconds, the
   * fractions over a common power of ten, so that 1.99999999999h stays below 2h.
   */
  private static long ceilSeconds(byte[] b, int[] spans) {
    int scale = 0;
    for (int u = 0; u < 4; u++) {
      if (spans[2 * u] >= 0) {
        scale = Math.max(scale, fractionDigits(b, spans[2 * u], spans[2 * u + 1]));
      }
    }
    if (scale > 13) {
      return ceilSecondsExactly(b, spans); // 10^13 × 86 400 × 4 would no longer fit in a long
    }
    long whole = 0;
    long fraction = 0; // in units of 10^-scale seconds
    for (int u = 0; u < 4; u++) {
      int start = spans[2 * u];
      if (start < 0) {
        continue;
      }
      int end = spans[2 * u + 1];
      int dot = start;
      long integer = 0;
      while (dot < end && b[dot] != '.') {
        integer = Math.min(HUGE, integer * 10 + (b[dot] - '0'));
        dot++;
      }
      if (integer >= HUGE) {
        return HUGE;
      }
      whole += integer * COMPACT_UNITS[u];
      int digits = fractionDigits(b, start, end);
      long f = 0;
      for (int k = 0; k < digits; k++) {
        f = f * 10 + (b[dot + 1 + k] - '0');
      }
      fraction += f * POW10[scale - digits] * COMPACT_UNITS[u];
    }
    long seconds = whole + (fraction + POW10[scale] - 1) / POW10[scale];
    return Math.min(seconds, HUGE);
  }

  private static long ceilSecondsExactly(byte[] b, int[] spans) {
    BigDecimal seconds = BigDecimal.ZERO;
    for (int u = 0; u < 4; u++) {
      if (spans[2 * u] >= 0) {
        String number = new String(b, spans[2 * u], spans[2 * u + 1] - spans[2 * u], StandardCharsets.US_ASCII);
        seconds = seconds.add(new BigDecimal(number).multiply(BigDecimal.valueOf(COMPACT_UNITS[u])));
      }
    }
    BigDecimal ceiling = seconds.setScale(0, RoundingMode.CEILING);
    return ceiling.compareTo(BigDecimal.valueOf(HUGE)) >= 0 ? HUGE : ceiling.longValueExact();
  }

  /** The significant digits after the point of the number {@code b[start, end)} (trailing zeros do not count). */
  private static int fractionDigits(byte[] b, int start, int end) {
    int dot = start;
    while (dot < end && b[dot] != '.') {
      dot++;
    }
    int last = end;
    while (last > dot + 1 && b[last - 1] == '0') {
      last--;
    }
    return Math.max(0, last - dot - 1);
  }

  /** The end of {@code digits[.digits]} at {@code i}, or -1 when there is none. */
  private static int number(byte[] b, int i, int to) {
    int j = digits(b, i, to);
    if (j == i) {
      return -1;
    }
    if (j < to && b[j] == '.') {
      int k = digits(b, j + 1, to);
      return k == j + 1 ? -1 : k;
    }
    return j;
  }

  private static int digits(byte[] b, int i, int to) {
    while (i < to && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    return i;
  }

  // ---- percents -----------------------------------------------------------------------------

  /**
   * The whole percents of a percent, rounded down, in [0, 100]: {@code 88.4%} and {@code 0.884}
   * are 88. Refused: a bare number above 1 ({@code 85}), below 0 % or above 100 %.
   */
  static long percentFloor(ByteSlice v) {
    byte[] b = v.bytes;
    int from = v.from;
    int to = v.to;
    boolean percentSign = b[to - 1] == '%';
    if (percentSign) {
      to--;
      while (to > from && ByteSlice.isAsciiWhitespace(b[to - 1])) {
        to--; // "85 %": rubric4j strips the number before the sign
      }
    }
    boolean negative = to > from && b[from] == '-';
    int start = negative ? from + 1 : from;
    int end = number(b, start, to);
    if (end != to) {
      return INVALID;
    }
    long integer = 0;
    int i = start;
    while (i < to && b[i] != '.') {
      integer = Math.min(HUGE, integer * 10 + (b[i] - '0'));
      i++;
    }
    boolean fractionNonZero = false;
    int firstTwo = 0; // the first two digits after the point, for a fraction of one
    for (int k = i + 1, n = 0; k < to; k++, n++) {
      fractionNonZero |= b[k] != '0';
      if (n < 2) {
        firstTwo += (b[k] - '0') * (n == 0 ? 10 : 1);
      }
    }
    if (negative && (integer > 0 || fractionNonZero)) {
      return INVALID; // -0 and -0.0 are zero, anything else below is negative
    }
    if (percentSign) {
      return integer > 100 || integer == 100 && fractionNonZero ? INVALID : integer;
    }
    return integer > 1 || integer == 1 && fractionNonZero ? INVALID : integer * 100 + firstTwo;
  }

  // ---- levels -------------------------------------------------------------------------------

  /** A whole number ({@code -?digits}; {@code 05} is 5), saturated at ±{@link #HUGE}; {@link Long#MIN_VALUE} when it is not one. */
  static long wholeNumber(ByteSlice v) {
    byte[] b = v.bytes;
    boolean negative = b[v.from] == '-';
    int start = negative ? v.from + 1 : v.from;
    if (start == v.to || digits(b, start, v.to) != v.to) {
      return Long.MIN_VALUE;
    }
    long n = 0;
    for (int i = start; i < v.to; i++) {
      n = Math.min(HUGE, n * 10 + (b[i] - '0'));
    }
    return negative ? -n : n;
  }

  // ---- periods ------------------------------------------------------------------------------

  /**
   * Whether the period is one rubric4j takes: a date {@code 2024-09-17}, an ISO week
   * {@code 2024-W38}, a month {@code 2024-09}, a quarter {@code 2024-Q3} or a year
   * {@code 2024}, in the calendar (no 2024-13, no 2023-02-29, no week 53 in a year without one).
   */
  static boolean isPeriod(ByteSlice v) {
    byte[] b = v.bytes;
    int from = v.from;
    int n = v.length();
    if (n < 4 || digits(b, from, from + 4) != from + 4) {
      return false;
    }
    int year = twoDigits(b, from) * 100 + twoDigits(b, from + 2);
    if (n == 4) {
      return true;
    }
    if (b[from + 4] != '-' || n < 7) {
      return false;
    }
    byte kind = b[from + 5];
    if (kind == 'Q') {
      return n == 7 && b[from + 6] >= '1' && b[from + 6] <= '4';
    }
    if (kind == 'W') {
      return n == 8 && isDigit(b[from + 6]) && isDigit(b[from + 7]) && weekExists(year, twoDigits(b, from + 6));
    }
    if (!isDigit(kind) || !isDigit(b[from + 6])) {
      return false;
    }
    int month = twoDigits(b, from + 5);
    if (month < 1 || month > 12) {
      return false;
    }
    if (n == 7) {
      return true;
    }
    if (n != 10 || b[from + 7] != '-' || !isDigit(b[from + 8]) || !isDigit(b[from + 9])) {
      return false;
    }
    int day = twoDigits(b, from + 8);
    return day >= 1 && day <= daysIn(year, month);
  }

  /** Days of a month in the proleptic Gregorian calendar (java.time's, year 0 a leap year). */
  private static int daysIn(int year, int month) {
    if (month == 2) {
      boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Whether ISO week {@code week} of {@code year} exists (weeks are rare in the data: java.time settles it). */
  private static boolean weekExists(int year, int week) {
    if (week < 1) {
      return false;
    }
    java.time.LocalDate monday = java.time.LocalDate.of(year, 1, 4)
        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1).with(java.time.DayOfWeek.MONDAY);
    return monday.plusWeeks(week - 1L).get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) == year;
  }

  private static int twoDigits(byte[] b, int i) {
    return (b[i] - '0') * 10 + (b[i + 1] - '0');
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }
}
