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
    return new Quantity(Measure.DURATION,
        BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9)));
  }

  /** A percent written as text, such as {@code "85%"}. */
  public static Quantity percent(String text) {
    Objects.requireNonNull(text, "text");
    return Measure.PERCENT.parse(text);
  }

  /** A count of occurrences. */
  public static Quantity count(long count) {
    return new Quantity(Measure.COUNT, BigDecimal.valueOf(count));
  }

  /** A level chosen by a reviewer. */
  public static Quantity level(int level) {
    return new Quantity(Measure.LEVEL, BigDecimal.valueOf(level));
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
