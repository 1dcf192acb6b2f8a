package org.rubric4j.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Measure;

/**
 * Reads and writes the text forms of measured values (docs/rubric-format.md, "Values").
 *
 * <p>Amounts are canonical: durations in seconds, percents as fractions of one. Every
 * reader is strict and every writer emits a form its reader reads back to an equal amount.
 */
public final class ValueText {

  /** Longest text accepted for one value; longer input is refused before any parsing. */
  public static final int MAX_LENGTH = 64;

  private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3_600);
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");
  private static final Pattern DURATION =
      Pattern.compile("(?:(\\d+(?:\\.\\d+)?)d)?(?:(\\d+(?:\\.\\d+)?)h)?"
          + "(?:(\\d+(?:\\.\\d+)?)m)?(?:(\\d+(?:\\.\\d+)?)s)?");

  private ValueText() {}

  /** Reads {@code text} as an amount of {@code measure}, in canonical units. */
  public static BigDecimal parse(Measure measure, String text) {
    String t = present(measure, text);
    return switch (measure) {
      case DURATION -> parseDuration(t);
      case PERCENT -> parsePercent(t);
      case NUMBER -> parseNumber(t);
      case COUNT -> parseCount(t);
      case LEVEL -> parseLevel(t);
      case FLAG -> parseFlag(t);
    };
  }

  /**
   * Reads {@code text} written like a percent ({@code 20%}, {@code 0.2}) as a fraction of one,
   * without checking it lies in [0 %, 100 %]: for weights, whose range is their own.
   */
  public static BigDecimal parsePercentSyntax(String text) {
    return readPercent(present(Measure.PERCENT, text));
  }

  /** ISO-8601 with a decimal fraction on any unit ({@code PT0.5H}), which java.time refuses. */
  private static final Pattern ISO_FRACTIONS = Pattern.compile(
      "[Pp](?:(\\d+(?:\\.\\d+)?)[Dd])?(?:[Tt](?:(\\d+(?:\\.\\d+)?)[Hh])?(?:(\\d+(?:\\.\\d+)?)[Mm])?(?:(\\d+(?:\\.\\d+)?)[Ss])?)?");

  /** The exact seconds of an ISO-8601 duration with fractions, or null when {@code t} is not one. */
  private static BigDecimal isoWithFractions(String t) {
    Matcher m = ISO_FRACTIONS.matcher(t);
    if (!m.matches() || t.endsWith("T") || t.endsWith("t")) {
      return null;
    }
    boolean any = m.group(1) != null || m.group(2) != null || m.group(3) != null || m.group(4) != null;
    return any ? seconds(m) : null;
  }

  /** {@code text} stripped, refused when empty or longer than {@link #MAX_LENGTH}. */
  private static String present(Measure measure, String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw InvalidValueException.of(text, "empty " + noun(measure) + "; " + example(measure));
    }
    if (t.length() > MAX_LENGTH) {
      throw InvalidValueException.of(Text.shorten(text), "\"" + Text.shorten(t) + "\" is longer than "
          + MAX_LENGTH + " characters, too long for a " + noun(measure));
    }
    return t;
  }

  /** Writes a canonical amount of {@code measure} in the form {@link #parse} reads back. */
  public static String format(Measure measure, BigDecimal amount) {
    return switch (measure) {
      case DURATION -> formatDuration(amount);
      case PERCENT -> plain(amount.multiply(HUNDRED)) + "%";
      case NUMBER, COUNT, LEVEL -> plain(amount);
      case FLAG -> amount.signum() == 0 ? "false" : "true";
    };
  }

  /** A canonical form of {@code value}: no trailing zeros, zero as plain {@code 0}. */
  public static BigDecimal canonical(BigDecimal value) {
    if (value.scale() == 0) {
      return value.signum() == 0 ? BigDecimal.ZERO : value; // a whole number at scale 0 is canonical
    }
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** {@code value} without exponent and trailing zeros. */
  public static String plain(BigDecimal value) {
    return canonical(value).toPlainString();
  }

  /** Whether {@code amount} is a legal canonical amount of {@code measure}. */
  public static String domainViolation(Measure measure, BigDecimal amount) {
    return switch (measure) {
      case DURATION -> amount.signum() < 0 ? "a duration cannot be negative" : null;
      case PERCENT -> amount.signum() < 0 || amount.compareTo(BigDecimal.ONE) > 0
          ? "a percent must lie in [0%, 100%]" : null;
      case NUMBER -> null;
      case COUNT -> amount.signum() < 0 || !isInteger(amount)
          ? "a count is a non-negative whole number" : null;
      case LEVEL -> !isInteger(amount) ? "a level is a whole number" : null;
      case FLAG -> amount.signum() != 0 && amount.compareTo(BigDecimal.ONE) != 0
          ? "a flag is true or false" : null;
    };
  }

  /** What every amount of {@code measure} satisfies, for messages: "a count is a whole number from 0 up". */
  public static String domain(Measure measure) {
    return switch (measure) {
      case DURATION -> "a duration is never negative";
      case PERCENT -> "a percent lies in [0%, 100%]";
      case NUMBER -> "a number is any decimal";
      case COUNT -> "a count is a whole number from 0 up";
      case LEVEL -> "a level is a whole number";
      case FLAG -> "a flag is false (0) or true (1)";
    };
  }

  /** Whether {@code value} has no fractional part. */
  public static boolean isInteger(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static BigDecimal parseDuration(String t) {
    if (t.equals("0")) {
      return BigDecimal.ZERO;
    }
    if (t.startsWith("-")) {
      throw InvalidValueException.of(t, "\"" + t + "\" is negative; a duration cannot be negative");
    }
    BigDecimal usual = ValueScanner.wholeUnitDuration(t);
    if (usual != null) {
      return usual;
    }
    if (t.startsWith("P") || t.startsWith("p")) {
      try {
        java.time.Duration d = java.time.Duration.parse(t);
        if (d.isNegative()) {
          throw InvalidValueException.of(t,
              "\"" + t + "\" is negative; a duration cannot be negative");
        }
        return canonical(new BigDecimal(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)));
      } catch (DateTimeParseException e) {
        BigDecimal seconds = isoWithFractions(t);
        if (seconds == null) {
          throw InvalidValueException.of(t,
              "\"" + t + "\" is not an ISO-8601 duration; write PT2H, PT90M, PT0.5H or P1DT12H");
        }
        return canonical(seconds);
      }
    }
    if (DECIMAL.matcher(t).matches()) {
      throw InvalidValueException.of(t,
          "\"" + t + "\" has no unit; write " + t + "s, " + t + "m or " + t + "h");
    }
    Matcher m = DURATION.matcher(t);
    if (!m.matches()) {
      throw InvalidValueException.of(t, "\"" + t + "\" is not a duration; "
          + example(Measure.DURATION));
    }
    return canonical(seconds(m));
  }

  /** The seconds of a matched duration whose groups 1 to 4 are days, hours, minutes and seconds. */
  private static BigDecimal seconds(Matcher m) {
    BigDecimal seconds = BigDecimal.ZERO;
    BigDecimal[] unit = {SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_MINUTE, BigDecimal.ONE};
    for (int g = 1; g <= 4; g++) {
      if (m.group(g) != null) {
        seconds = seconds.add(new BigDecimal(m.group(g)).multiply(unit[g - 1]));
      }
    }
    return seconds;
  }

  private static BigDecimal parsePercent(String t) {
    BigDecimal fraction = readPercent(t);
    if (fraction.signum() < 0) {
      throw InvalidValueException.of(t, "\"" + t + "\" is negative; a percent lies in [0%, 100%]");
    }
    if (fraction.compareTo(BigDecimal.ONE) > 0) {
      throw InvalidValueException.of(t, "\"" + t + "\" is above 100%; a percent lies in [0%, 100%]");
    }
    return fraction;
  }

  /** Reads the percent syntax; a bare number above 1 is refused, the range is not checked. */
  private static BigDecimal readPercent(String t) {
    BigDecimal usual = ValueScanner.percentWithSign(t);
    if (usual == null) {
      usual = ValueScanner.decimal(t);
      usual = usual != null && usual.compareTo(BigDecimal.ONE) <= 0 ? usual : null;
    }
    if (usual != null) {
      return usual;
    }
    BigDecimal fraction;
    if (t.endsWith("%")) {
      String number = t.substring(0, t.length() - 1).strip();
      if (!DECIMAL.matcher(number).matches()) {
        throw InvalidValueException.of(t, "\"" + t + "\" is not a percent; "
            + example(Measure.PERCENT));
      }
      fraction = new BigDecimal(number).divide(HUNDRED);
    } else if (DECIMAL.matcher(t).matches()) {
      fraction = new BigDecimal(t);
      if (fraction.compareTo(BigDecimal.ONE) > 0) {
        throw InvalidValueException.of(t,
            "\"" + t + "\" is not a percent; write " + t + "% or a fraction in [0, 1]");
      }
    } else {
      throw InvalidValueException.of(t, "\"" + t + "\" is not a percent; "
          + example(Measure.PERCENT));
    }
    return canonical(fraction);
  }

  private static BigDecimal parseNumber(String t) {
    BigDecimal usual = ValueScanner.decimal(t);
    if (usual != null) {
      return usual;
    }
    if (!DECIMAL.matcher(t).matches()) {
      throw InvalidValueException.of(t, "\"" + t + "\" is not a number; "
          + example(Measure.NUMBER));
    }
    return canonical(new BigDecimal(t));
  }

  private static BigDecimal parseCount(String t) {
    BigDecimal usual = t.startsWith("-") ? null : ValueScanner.wholeNumber(t);
    if (usual != null) {
      return usual;
    }
    if (!INTEGER.matcher(t).matches() || t.startsWith("-")) {
      throw InvalidValueException.of(t, "\"" + t + "\" is not a count; "
          + example(Measure.COUNT));
    }
    return canonical(new BigDecimal(new BigInteger(t)));
  }

  private static BigDecimal parseLevel(String t) {
    BigDecimal usual = ValueScanner.wholeNumber(t);
    if (usual != null) {
      return usual;
    }
    if (!INTEGER.matcher(t).matches()) {
      throw InvalidValueException.of(t, "\"" + t + "\" is not a level; " + example(Measure.LEVEL));
    }
    return canonical(new BigDecimal(new BigInteger(t)));
  }

  private static BigDecimal parseFlag(String t) {
    return switch (t) {
      case "true" -> BigDecimal.ONE;
      case "false" -> BigDecimal.ZERO;
      default -> throw InvalidValueException.of(t, "\"" + t + "\" is not a flag; "
          + example(Measure.FLAG));
    };
  }

  private static String formatDuration(BigDecimal seconds) {
    if (seconds.signum() == 0) {
      return "0";
    }
    if (seconds.scale() <= 0 && seconds.signum() > 0 && seconds.precision() <= 18) {
      return formatWholeSeconds(seconds.longValueExact());
    }
    // Whole days from two days up read better as days ("3d"); one day stays "24h".
    if (seconds.remainder(SECONDS_PER_DAY).signum() == 0
        && seconds.compareTo(SECONDS_PER_DAY.add(SECONDS_PER_DAY)) >= 0) {
      return plain(seconds.divide(SECONDS_PER_DAY)) + "d";
    }
    // BigInteger, not long: a duration read from 64 characters can exceed Long.MAX_VALUE seconds.
    BigInteger whole = seconds.toBigInteger();
    BigDecimal fraction = seconds.subtract(new BigDecimal(whole));
    BigInteger[] hoursAndRest = whole.divideAndRemainder(BigInteger.valueOf(3_600));
    BigInteger[] minutesAndSeconds = hoursAndRest[1].divideAndRemainder(BigInteger.valueOf(60));
    StringBuilder out = new StringBuilder();
    if (hoursAndRest[0].signum() > 0) {
      out.append(hoursAndRest[0]).append('h');
    }
    if (minutesAndSeconds[0].signum() > 0) {
      out.append(minutesAndSeconds[0]).append('m');
    }
    if (minutesAndSeconds[1].signum() > 0 || fraction.signum() > 0) {
      out.append(plain(new BigDecimal(minutesAndSeconds[1]).add(fraction))).append('s');
    }
    return out.toString();
  }

  /** {@link #formatDuration} for a positive whole number of seconds, in longs: band labels are written often. */
  private static String formatWholeSeconds(long seconds) {
    if (seconds % 86_400 == 0 && seconds >= 2 * 86_400) {
      return seconds / 86_400 + "d";
    }
    long hours = seconds / 3_600;
    long minutes = seconds % 3_600 / 60;
    long rest = seconds % 60;
    StringBuilder out = new StringBuilder();
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (minutes > 0) {
      out.append(minutes).append('m');
    }
    if (rest > 0) {
      out.append(rest).append('s');
    }
    return out.toString();
  }

  /** The measure's name in messages: "duration", "percent", ... */
  public static String noun(Measure measure) {
    return switch (measure) {
      case DURATION -> "duration";
      case PERCENT -> "percent";
      case NUMBER -> "number";
      case COUNT -> "count";
      case LEVEL -> "level";
      case FLAG -> "flag";
    };
  }

  static String example(Measure measure) {
    return switch (measure) {
      case DURATION -> "write it like 30s, 90m, 2h, 1d12h, 1.5h or PT2H";
      case PERCENT -> "write it like 85%, 12.5% or a fraction in [0, 1] such as 0.85";
      case NUMBER -> "write a decimal number such as 4.5";
      case COUNT -> "write a non-negative whole number such as 3";
      case LEVEL -> "write a whole number among the declared levels";
      case FLAG -> "write true or false";
    };
  }

}
