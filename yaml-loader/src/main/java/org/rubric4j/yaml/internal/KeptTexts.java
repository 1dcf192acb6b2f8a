package org.rubric4j.yaml.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The texts the result writers write again and again (the result JSON, the command line's CSV),
 * made once and kept: numbers (weights, maxima, points, contributions, scores take a handful of
 * values in a data set, totals a few thousand) and the rubric's own words (ids, band labels,
 * grades) with their JSON escaping done.
 *
 * <p>Each cache is a small direct-mapped table of immutable entries: a slot holds the last
 * value that fell on it, and a lookup compares that value with {@code equals} before using its
 * text, so a text is only ever the one its value gives (a {@code BigDecimal} that is
 * {@code equals} has the same digits and scale, so the same text). Threads share the tables;
 * they may overwrite each other's entries, never see one half made (final fields), so at worst
 * a text is made twice.
 */
public final class KeptTexts {

  /** The most decimals a weight is written with, as the result format says. */
  public static final int WEIGHT_DECIMALS = 10;

  private static final int SLOTS = 1 << 12;
  /** A number's modes beside a rounding precision (which is 0 or more). */
  private static final int EXACT = -1;
  private static final int WEIGHT = -2;
  private static final int PLAIN = -3;

  private record Number(BigDecimal value, int mode, String text) {}

  private record Word(String value, SerializableString text) {}

  private static final Number[] NUMBERS = new Number[SLOTS];
  private static final Word[] WORDS = new Word[SLOTS];

  private KeptTexts() {}

  /** {@code value} as {@link BigDecimal#toPlainString()} writes it. */
  public static String plain(BigDecimal value) {
    return number(value, PLAIN);
  }

  /** {@code value} rounded half-up to {@code precision} decimals, as a plain decimal. */
  public static String rounded(BigDecimal value, int precision) {
    return number(value, precision);
  }

  /** {@code value} without trailing zeros nor exponent. */
  public static String exact(BigDecimal value) {
    return number(value, EXACT);
  }

  /** A weight: exact, cut half-up to {@link #WEIGHT_DECIMALS} decimals when it has more. */
  public static String weight(BigDecimal value) {
    return number(value, WEIGHT);
  }

  /** {@code word} as a JSON string, escaped once. */
  public static SerializableString word(String word) {
    int slot = spread(word.hashCode()) & (SLOTS - 1);
    Word known = WORDS[slot];
    if (known != null && known.value.equals(word)) {
      return known.text;
    }
    SerializedString made = new SerializedString(word);
    WORDS[slot] = new Word(word, made);
    return made;
  }

  private static String number(BigDecimal value, int mode) {
    int slot = spread(value.hashCode() * 31 + mode) & (SLOTS - 1);
    Number known = NUMBERS[slot];
    if (known != null && known.mode == mode && known.value.equals(value)) {
      return known.text;
    }
    String made = format(value, mode);
    NUMBERS[slot] = new Number(value, mode, made);
    return made;
  }

  private static String format(BigDecimal value, int mode) {
    return switch (mode) {
      case PLAIN -> value.toPlainString();
      case EXACT -> plainWithoutZeros(value);
      case WEIGHT -> plainWithoutZeros(value.scale() > WEIGHT_DECIMALS
          ? value.setScale(WEIGHT_DECIMALS, RoundingMode.HALF_UP) : value);
      default -> value.setScale(mode, RoundingMode.HALF_UP).toPlainString();
    };
  }

  private static String plainWithoutZeros(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B9 >>> 16;
  }
}
