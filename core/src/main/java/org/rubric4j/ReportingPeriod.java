package org.rubric4j;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar period: a day {@code 2024-09-17}, an ISO week {@code 2024-W38}, a month
 * {@code 2024-09}, a quarter {@code 2024-Q3} or a year {@code 2024}.
 *
 * <p>{@link #toString()} writes exactly the form {@link #parse(String)} reads back. Invariant:
 * {@code start} is the first day of a period of {@code unit} (a Monday for weeks, the 1st of
 * a month, of a quarter's first month, of January). Periods order by their first day, then
 * from the finest unit to the coarsest. Immutable and thread-safe.
 *
 * @param unit the length of the period
 * @param start its first day
 */
public record ReportingPeriod(PeriodUnit unit, LocalDate start) implements Comparable<ReportingPeriod>, Serializable {

  private static final Pattern FORM =
      Pattern.compile("(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|Q([1-4])|W(\\d{2})))?");

  /** Checks {@code start} begins a period of {@code unit}. */
  public ReportingPeriod {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(start, "start");
    if (!startOf(unit, start).equals(start)) {
      throw InvalidValueException.of(start.toString(), start + " is not the first day of a "
          + unit.key() + "; use ReportingPeriod.containing(" + unit.key() + ", date)");
    }
  }

  /** The period of {@code unit} that contains {@code date}. */
  public static ReportingPeriod containing(PeriodUnit unit, LocalDate date) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(date, "date");
    return new ReportingPeriod(unit, startOf(unit, date));
  }

  /**
   * Reads {@code 2024-09-17}, {@code 2024-W38}, {@code 2024-09}, {@code 2024-Q3} or {@code 2024}.
   *
   * @throws InvalidValueException for any other text or a date that does not exist
   */
  public static ReportingPeriod parse(String text) {
    Objects.requireNonNull(text, "text");
    ReportingPeriod date = isoDate(text);
    if (date != null) {
      return date;
    }
    Matcher m = FORM.matcher(text.strip());
    String problem = "period \"" + text + "\" is not a date (2024-09-17), ISO week (2024-W38),"
        + " month (2024-09), quarter (2024-Q3) or year (2024)";
    if (!m.matches()) {
      throw InvalidValueException.of(text, problem);
    }
    int year = Integer.parseInt(m.group(1));
    try {
      if (m.group(3) != null) {
        return new ReportingPeriod(PeriodUnit.DAY,
            LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      }
      if (m.group(2) != null) {
        return new ReportingPeriod(PeriodUnit.MONTH, LocalDate.of(year, Integer.parseInt(m.group(2)), 1));
      }
      if (m.group(4) != null) {
        return new ReportingPeriod(PeriodUnit.QUARTER,
            LocalDate.of(year, 3 * Integer.parseInt(m.group(4)) - 2, 1));
      }
      if (m.group(5) != null) {
        int week = Integer.parseInt(m.group(5));
        LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1)
            .with(DayOfWeek.MONDAY);
        LocalDate start = monday.plusWeeks(week - 1L);
        if (week < 1 || start.get(IsoFields.WEEK_BASED_YEAR) != year) {
          throw InvalidValueException.of(text, "period \"" + text + "\": " + year + " has no ISO week " + week);
        }
        return new ReportingPeriod(PeriodUnit.WEEK, start);
      }
      return new ReportingPeriod(PeriodUnit.YEAR, LocalDate.of(year, 1, 1));
    } catch (java.time.DateTimeException e) {
      throw InvalidValueException.of(text, problem + "; " + calendarProblem(year, m.group(2), m.group(3)));
    }
  }

  /**
   * The day {@code text} names when it is exactly {@code yyyy-mm-dd} and in the calendar, read by
   * hand (data files hold a date per row); null otherwise, for the general reader to read or refuse.
   */
  private static ReportingPeriod isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return new ReportingPeriod(PeriodUnit.DAY, LocalDate.of(year, month, day));
  }

  /** The number written in {@code text[from, to)}, digits only; −1 when another character is there. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Why a month or a date matched the form but is not in the calendar, in the project's words. */
  private static String calendarProblem(int year, String month, String day) {
    int m = Integer.parseInt(month);
    if (m < 1 || m > 12) {
      return "there is no month " + month;
    }
    java.time.YearMonth ym = java.time.YearMonth.of(year, m);
    return ym + " has " + ym.lengthOfMonth() + " days, not " + Integer.parseInt(day);
  }

  /** The last day of this period. */
  public LocalDate end() {
    return next().start().minusDays(1);
  }

  /** The period of the same unit right after this one. */
  public ReportingPeriod next() {
    return new ReportingPeriod(unit, switch (unit) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    });
  }

  /** The period of the same unit right before this one. */
  public ReportingPeriod previous() {
    return new ReportingPeriod(unit, switch (unit) {
      case DAY -> start.minusDays(1);
      case WEEK -> start.minusWeeks(1);
      case MONTH -> start.minusMonths(1);
      case QUARTER -> start.minusMonths(3);
      case YEAR -> start.minusYears(1);
    });
  }

  /**
   * The period of {@code coarser} that contains this whole period, or empty when there is none:
   * when {@code coarser} is finer than this period's unit (a month has no single week), or when
   * this period straddles two periods of {@code coarser} (a week spanning two months).
   */
  public Optional<ReportingPeriod> within(PeriodUnit coarser) {
    Objects.requireNonNull(coarser, "coarser");
    ReportingPeriod candidate = containing(coarser, start);
    return candidate.contains(this) ? Optional.of(candidate) : Optional.empty();
  }

  /** Whether every day of {@code other} lies in this period. */
  public boolean contains(ReportingPeriod other) {
    Objects.requireNonNull(other, "other");
    return !other.start.isBefore(start) && !other.end().isAfter(end());
  }

  /** Whether {@code date} lies in this period. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && !date.isAfter(end());
  }

  @Override
  public int compareTo(ReportingPeriod other) {
    Objects.requireNonNull(other, "other");
    int c = start.compareTo(other.start);
    return c != 0 ? c : unit.compareTo(other.unit);
  }

  /** The form {@link #parse} reads: {@code 2024-09-17}, {@code 2024-W38}, {@code 2024-09}, {@code 2024-Q3}, {@code 2024}. */
  @Override
  public String toString() {
    return switch (unit) {
      case DAY -> start.toString();
      case WEEK -> pad(start.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W"
          + pad(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
      case MONTH -> pad(start.getYear(), 4) + "-" + pad(start.getMonthValue(), 2);
      case QUARTER -> pad(start.getYear(), 4) + "-Q" + (start.getMonthValue() + 2) / 3;
      case YEAR -> pad(start.getYear(), 4);
    };
  }

  /** {@code value} with leading zeros to {@code width} digits, as {@code %0Nd} writes a non-negative int. */
  private static String pad(int value, int width) {
    // String.format parses its pattern on every call; aggregation writes a period per evaluation.
    String digits = Integer.toString(value);
    return value < 0 || digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  private static LocalDate startOf(PeriodUnit unit, LocalDate date) {
    return switch (unit) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> LocalDate.of(date.getYear(), 1, 1);
    };
  }
}
