package org.rubric4j;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import org.rubric4j.internal.ValueText;

/**
 * An exact amount of one {@link Measure}: 4 hours, 85 %, 3 occurrences, level 5.
 *
 * <p>The amount is held in the measure's canonical unit (seconds, fraction of one) without
 * trailing zeros, so equal amounts are {@code equals}: {@code 2h} equals {@code 120m} and
 * {@code PT2H}. {@link #toString()} writes the form {@link Measure#parse} reads back.
 * Immutable and thread-safe.
 *
 * @param measure what is measured
 * @param amount the amount in canonical units, within the measure's domain
 */
public record Quantity(Measure measure, BigDecimal amount) implements Value {

  /** Checks the amount lies in the measure's domain and makes it canonical. */
  public Quantity {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(amount, "amount");
    String violation = ValueText.domainViolation(measure, amount);
    if (violation != null) {
      throw InvalidValueException.of(amount.toPlainString(),
          violation + ", was " + amount.toPlainString());
    }
    amount = ValueText.canonical(amount);
  }

  /** The quantity {@code amount} of {@code measure}, in canonical units. */
  public static Quantity of(Measure measure, BigDecimal amount) {
    return new Quantity(measure, amount);
  }

  /** A duration, exact to the nanosecond. */
  public static Quantity of(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds());
    return new Quantity(Measure.DURATION,
        duration.getNano() == 0 ? seconds : seconds.add(BigDecimal.valueOf(duration.getNano(), 9)));
  }

  /** A percent written as text, such as {@code "85%"}. */
  public static Quantity percent(String text) {
    Objects.requireNonNull(text, "text");
    return Measure.PERCENT.parse(text);
  }

  /** A count of occurrences. */
  public static Quantity count(long count) {
    return count >= 0 && count < SMALL.length ? SMALL_COUNTS[(int) count]
        : new Quantity(Measure.COUNT, BigDecimal.valueOf(count));
  }

  /** A level chosen by a reviewer. */
  public static Quantity level(int level) {
    return level >= 0 && level < SMALL.length ? SMALL_LEVELS[level]
        : new Quantity(Measure.LEVEL, BigDecimal.valueOf(level));
  }

  /**
   * The amounts 0 to 127, and the levels and counts of them: values are immutable, so the
   * levels and counts rubrics use most (reviewers' 1 to 5, a few errors) are shared instead of
   * made for each observation, as {@code Integer.valueOf} shares small integers.
   */
  private static final BigDecimal[] SMALL = new BigDecimal[128];
  private static final Quantity[] SMALL_LEVELS = new Quantity[SMALL.length];
  private static final Quantity[] SMALL_COUNTS = new Quantity[SMALL.length];

  static {
    for (int k = 0; k < SMALL.length; k++) {
      SMALL[k] = BigDecimal.valueOf(k);
      SMALL_LEVELS[k] = new Quantity(Measure.LEVEL, SMALL[k]);
      SMALL_COUNTS[k] = new Quantity(Measure.COUNT, SMALL[k]);
    }
  }

  /** A decimal number. */
  public static Quantity number(BigDecimal number) {
    return new Quantity(Measure.NUMBER, number);
  }

  /** A flag. */
  public static Quantity flag(boolean flag) {
    return new Quantity(Measure.FLAG, flag ? BigDecimal.ONE : BigDecimal.ZERO);
  }

  /** Reads {@code text} as a quantity of {@code measure}; see {@link Measure#parse}. */
  public static Quantity parse(Measure measure, String text) {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(text, "text");
    return measure.parse(text);
  }

  @Override
  public String toString() {
    return ValueText.format(measure, amount);
  }
}
