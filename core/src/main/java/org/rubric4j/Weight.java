package org.rubric4j;

import java.math.BigDecimal;
import java.util.Objects;
import org.rubric4j.internal.Text;
import org.rubric4j.internal.ValueText;

/**
 * The weight of a dimension or indicator among its siblings, under the {@link Weighting} of its
 * parent.
 *
 * <ul>
 *   <li>A <em>declared</em> weight ({@link Weighting#DECLARED}) is an exact decimal fraction in
 *       (0, 1], written {@code 20%} or {@code 0.2}. Declared weights of siblings must add up to
 *       exactly 100 %; when none is declared the siblings share equally (a third each for three,
 *       kept exact).</li>
 *   <li>A <em>relative</em> weight ({@link Weighting#RELATIVE}) is any number at least 0
 *       ({@code 2}, {@code 40}, {@code 0}); a child's share is its weight over the sum of its
 *       applicable siblings' weights.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param fraction a declared weight as a fraction of one, in (0, 1]; a relative weight as the
 *     number written, at least 0; without trailing zeros
 * @param relative whether the weight is relative
 */
public record Weight(BigDecimal fraction, boolean relative) implements Comparable<Weight> {

  /** Checks a declared fraction lies in (0, 1], a relative weight is at least 0, and makes it canonical. */
  public Weight {
    Objects.requireNonNull(fraction, "fraction");
    if (relative) {
      if (fraction.signum() < 0) {
        throw InvalidValueException.of(ValueText.plain(fraction), "a relative weight must be at least 0, was "
            + ValueText.plain(fraction));
      }
    } else if (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      String percent = ValueText.plain(fraction.movePointRight(2)) + "%";
      throw InvalidValueException.of(percent, "weight must be in (0, 100%], was " + percent);
    }
    fraction = ValueText.canonical(fraction);
  }

  /** The declared weight {@code fraction} of one. */
  public Weight(BigDecimal fraction) {
    this(fraction, false);
  }

  /** The relative weight {@code weight}: any number at least 0. */
  public static Weight relative(BigDecimal weight) {
    return new Weight(weight, true);
  }

  /**
   * Reads a relative weight written {@code 2}, {@code 40}, {@code 0.5} or {@code 0}.
   *
   * @throws InvalidValueException when the text is not a number at least 0
   */
  public static Weight parseRelative(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    BigDecimal value;
    try {
      value = new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw InvalidValueException.of(text, "not a relative weight: " + Text.shorten(t)
          + "; write a number at least 0, such as 2 or 40");
    }
    if (value.signum() < 0 || t.contains("e") || t.contains("E") || t.startsWith("+")) {
      throw InvalidValueException.of(text, value.signum() < 0 ? "a relative weight must be at least 0, was " + t
          : "not a relative weight: " + Text.shorten(t) + "; write a plain number at least 0, such as 2 or 40");
    }
    return new Weight(value, true);
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

  /** Compares the numbers; declared and relative weights are not comparable. */
  @Override
  public int compareTo(Weight other) {
    Objects.requireNonNull(other, "other");
    if (relative != other.relative) {
      throw new IllegalArgumentException("a declared weight (" + (relative ? other : this)
          + ") and a relative weight (" + (relative ? this : other) + ") are not comparable");
    }
    return fraction.compareTo(other.fraction);
  }

  /** A declared weight as a percent, such as {@code 20%}; a relative one as its number, such as {@code 2}. */
  @Override
  public String toString() {
    return relative ? ValueText.plain(fraction) : ValueText.format(Measure.PERCENT, fraction);
  }
}
