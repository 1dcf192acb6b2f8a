package org.rubric4j;

import java.util.Locale;

/**
 * The length of a reporting {@link ReportingPeriod}: a day, an ISO week, a month, a quarter or a year.
 *
 * <p>Ordered from the finest to the coarsest. A period can be grouped by its own unit or a
 * coarser one that contains it whole (a day by its week, month, quarter or year; a month by
 * its quarter or year); never by a finer one (a month cannot be split into weeks).
 */
public enum PeriodUnit {
  /** One calendar day: {@code 2024-09-17}. */
  DAY,
  /** One ISO-8601 week, Monday to Sunday: {@code 2024-W38}. */
  WEEK,
  /** One calendar month: {@code 2024-09}. */
  MONTH,
  /** One calendar quarter: {@code 2024-Q3}. */
  QUARTER,
  /** One calendar year: {@code 2024}. */
  YEAR;

  /** The lowercase name used in files and on the command line: {@code day}, {@code week}, ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The unit named {@code key}: {@code day}, {@code week}, {@code month}, {@code quarter} or
   * {@code year}.
   *
   * @throws InvalidValueException for any other name
   */
  public static PeriodUnit ofKey(String key) {
    for (PeriodUnit u : values()) {
      if (u.key().equals(key)) {
        return u;
      }
    }
    throw InvalidValueException.of(key, "unknown period unit \"" + key
        + "\"; expected one of day, week, month, quarter, year");
  }
}
