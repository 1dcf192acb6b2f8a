package org.rubric4j;

import java.math.BigDecimal;
import org.rubric4j.internal.Text;
import org.rubric4j.internal.ValueText;

/**
 * What an indicator measures, and so how its values are written and compared.
 *
 * <p>A band, target or step on one measure never compares against another. Amounts are held
 * in canonical units: seconds for {@link #DURATION}, a fraction of one for {@link #PERCENT}
 * (85 % is {@code 0.85}), whole numbers for {@link #COUNT} and {@link #LEVEL}, and 0 or 1 for
 * {@link #FLAG}.
 */
public enum Measure {
  /** Elapsed time: {@code 30s}, {@code 90m}, {@code 2h}, {@code 1d12h}, {@code 1.5h}, {@code PT2H}; never negative. */
  DURATION,
  /** A share in [0 %, 100 %]: {@code 85%}, {@code 12.5%}, or a fraction {@code 0.85}; a bare {@code 85} is an error. */
  PERCENT,
  /** Any decimal number, such as a reviewer's 4.5 of 5. */
  NUMBER,
  /** A non-negative whole number of occurrences. */
  COUNT,
  /** A whole number chosen among an indicator's declared levels. */
  LEVEL,
  /** {@code true} or {@code false}. */
  FLAG;

  /**
   * Reads {@code text} as a quantity of this measure.
   *
   * @throws InvalidValueException naming the text, what was expected, and how to write it
   */
  public Quantity parse(String text) {
    return Quantity.of(this, ValueText.parse(this, text));
  }

  /** The lowercase name used in rubric files: {@code duration}, {@code percent}, ... */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The measure named {@code key} in a rubric file ({@code duration}, {@code percent},
   * {@code number}, {@code count}, {@code level}, {@code flag}).
   *
   * @throws InvalidValueException for any other name
   */
  public static Measure ofKey(String key) {
    for (Measure m : values()) {
      if (m.key().equals(key)) {
        return m;
      }
    }
    throw InvalidValueException.of(key, "unknown measure \"" + Text.shorten(key)
        + "\"; expected one of duration, percent, number, count, level, flag");
  }

  /** Whether only whole numbers are amounts of this measure. */
  public boolean isDiscrete() {
    return this == COUNT || this == LEVEL || this == FLAG;
  }

  /** The smallest amount of this measure, or null when it has none. */
  BigDecimal lowest() {
    return switch (this) {
      case DURATION, PERCENT, COUNT, FLAG -> BigDecimal.ZERO;
      case NUMBER, LEVEL -> null;
    };
  }

  /** The largest amount of this measure, or null when it has none. */
  BigDecimal highest() {
    return switch (this) {
      case PERCENT, FLAG -> BigDecimal.ONE;
      case DURATION, NUMBER, COUNT, LEVEL -> null;
    };
  }
}
