package org.rubric4j;

import java.math.BigDecimal;
import java.util.Objects;
import org.rubric4j.internal.ValueText;

/**
 * The share of a dimension or indicator among its siblings: an exact decimal fraction in
 * (0, 1], written {@code 20%} or {@code 0.2}.
 *
 * <p>Declared weights of siblings must add up to exactly 100 %; when none is declared the
 * siblings share equally (a third each for three, kept exact). Immutable and thread-safe.
 *
 * @param fraction the weight as a fraction of one, in (0, 1], without trailing zeros
 */
public record Weight(BigDecimal fraction) implements Comparable<Weight> {

  /** Checks the fraction lies in (0, 1] and makes it canonical. */
  public Weight {
    Objects.requireNonNull(fraction, "fraction");
    if (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      String percent = ValueText.plain(fraction.movePointRight(2)) + "%";
      throw InvalidValueException.of(percent, "weight must be in (0, 100%], was " + percent);
    }
    fraction = ValueText.canonical(fraction);
  }

  /** The weight {@code fraction} of one. */
  public static Weight of(BigDecimal fraction) {
    return new Weight(fraction);
  }

  /** The weight {@code percent} %. */
  public static Weight ofPercent(int percent) {
    return new Weight(BigDecimal.valueOf(percent).movePointLeft(2));
  }

  /**
   * Reads a weight written {@code 20%}, {@code 12.5%} or {@code 0.2}.
   *
   * @throws InvalidValueException when the text is not a percent or is not in (0, 100%]
   */
  public static Weight parse(String text) {
    Objects.requireNonNull(text, "text");
    BigDecimal fraction;
    try {
      fraction = ValueText.parsePercentSyntax(text);
    } catch (InvalidValueException e) {
      throw InvalidValueException.of(text, e.getMessage().replace("not a percent", "not a weight")
          .replace("empty percent", "empty weight"));
    }
    if (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw InvalidValueException.of(text, "weight must be in (0, 100%], was " + text.strip());
    }
    return new Weight(fraction);
  }

  @Override
  public int compareTo(Weight other) {
    Objects.requireNonNull(other, "other");
    return fraction.compareTo(other.fraction);
  }

  /** The weight as a percent, such as {@code 20%}. */
  @Override
  public String toString() {
    return ValueText.format(Measure.PERCENT, fraction);
  }
}
