package org.rubric4j.analytics;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rubric4j.InvalidValueException;

/**
 * How often a subject is due for maintenance: every {@code months} months. Seed 001: "高价值客户
 * 每月至少1次, 普通客户每季度1次, 潜力客户每2个月1次" are {@link #MONTHLY}, {@link #QUARTERLY} and
 * {@link #EVERY_TWO_MONTHS}.
 *
 * <p>A cadence splits each calendar year into windows of {@code months} months starting in
 * January (every two months: Jan–Feb, Mar–Apr, ...), so {@code months} divides 12. Text forms:
 * {@code monthly}, {@code quarterly}, {@code yearly}, {@code every N months}; {@link #toString()}
 * writes what {@link #parse} reads. Immutable and thread-safe.
 *
 * @param months the length of one window, a divisor of 12
 */
public record Cadence(int months) implements Serializable {

  /** Once a month. */
  public static final Cadence MONTHLY = new Cadence(1);
  /** Once every two months. */
  public static final Cadence EVERY_TWO_MONTHS = new Cadence(2);
  /** Once a quarter. */
  public static final Cadence QUARTERLY = new Cadence(3);

  private static final Pattern EVERY = Pattern.compile("every (\\d{1,2}) months");

  /** Checks {@code months} divides 12. */
  public Cadence {
    if (months < 1 || months > 12 || 12 % months != 0) {
      throw InvalidValueException.of(Integer.toString(months), "a cadence must be 1, 2, 3, 4, 6 or 12 months"
          + " so that its windows fit the year, was " + months);
    }
  }

  /**
   * Reads {@code monthly}, {@code quarterly}, {@code yearly} or {@code every N months}.
   *
   * @throws InvalidValueException for any other text
   */
  public static Cadence parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    switch (t) {
      case "monthly":
        return MONTHLY;
      case "quarterly":
        return QUARTERLY;
      case "yearly":
        return new Cadence(12);
      default:
        Matcher m = EVERY.matcher(t);
        if (m.matches()) {
          return new Cadence(Integer.parseInt(m.group(1)));
        }
        throw InvalidValueException.of(text, "cadence \"" + text
            + "\" is not monthly, quarterly, yearly or every N months");
    }
  }

  @Override
  public String toString() {
    return switch (months) {
      case 1 -> "monthly";
      case 3 -> "quarterly";
      case 12 -> "yearly";
      default -> "every " + months + " months";
    };
  }
}
