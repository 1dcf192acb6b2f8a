package org.rubric4j;

import java.math.BigDecimal;
import java.util.Objects;
import org.rubric4j.internal.Coverage;
import org.rubric4j.internal.Text;
import org.rubric4j.internal.ValueText;

/**
 * A non-empty range of amounts of one {@link Measure}, each end inclusive, exclusive or
 * unbounded: {@code "(2h, 6h]"}, {@code "<= 2h"}, {@code "[90%, 100%]"}, {@code "(24h, inf)"}.
 *
 * <p>{@link #toString()} writes a form {@link #parse(Measure, String)} reads back to an equal
 * interval: brackets when both ends are bounded, the one-sided shorthand ({@code <= 2h},
 * {@code > 24h}) when one end is unbounded. Invariant: it holds at least one amount of its
 * measure, so {@code (3, 4)} is no interval of counts and {@code > 100%} none of percents.
 * Immutable and thread-safe.
 *
 * @param measure the measure of both ends
 * @param lower the lower end
 * @param upper the upper end
 */
public record Interval(Measure measure, Bound lower, Bound upper) {

  /** Checks the interval holds at least one amount of its measure. */
  public Interval {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    BigDecimal lo = amountOf(lower);
    BigDecimal hi = amountOf(upper);
    if (lo != null && hi != null) {
      int c = lo.compareTo(hi);
      boolean bothInclusive = lower instanceof Bound.Inclusive && upper instanceof Bound.Inclusive;
      if (c > 0 || (c == 0 && !bothInclusive)) {
        String text = format(measure, lower, upper);
        throw InvalidValueException.of(text, "interval " + text + " is empty: its lower end "
            + ValueText.format(measure, lo) + " is not below its upper end "
            + ValueText.format(measure, hi));
      }
    }
    if (!holdsAnAmount(measure, lower, upper)) {
      String text = format(measure, lower, upper);
      throw InvalidValueException.of(text, "interval " + text + " holds no "
          + ValueText.noun(measure) + ": " + ValueText.domain(measure));
    }
  }

  /**
   * Whether some amount of {@code measure} (within its domain, and whole for a discrete
   * measure) lies between {@code lower} and {@code upper}, which are known to be in order.
   */
  private static boolean holdsAnAmount(Measure measure, Bound lower, Bound upper) {
    BigDecimal lowest = measure.lowest();
    BigDecimal highest = measure.highest();
    if (measure.isDiscrete()) {
      BigDecimal first = lower.isUnbounded() ? lowest : Coverage.firstOnGrid(lower, BigDecimal.ONE);
      BigDecimal last = upper.isUnbounded() ? highest : Coverage.lastOnGrid(upper, BigDecimal.ONE);
      if (first != null && lowest != null) {
        first = first.max(lowest);
      }
      if (last != null && highest != null) {
        last = last.min(highest);
      }
      return first == null || last == null || first.compareTo(last) <= 0;
    }
    // The domain's ends are inclusive: the interval meets it unless it ends below or starts above.
    return (lowest == null || upper.admitsAsUpper(lowest))
        && (highest == null || lower.admitsAsLower(highest));
  }

  /** The closed interval {@code [lower, upper]}. */
  public static Interval closed(Quantity lower, Quantity upper) {
    return new Interval(sameMeasure(lower, upper), Bound.inclusive(lower.amount()),
        Bound.inclusive(upper.amount()));
  }

  /** The interval {@code <= upper}. */
  public static Interval atMost(Quantity upper) {
    Objects.requireNonNull(upper, "upper");
    return new Interval(upper.measure(), Bound.unbounded(), Bound.inclusive(upper.amount()));
  }

  /** The interval {@code < upper}. */
  public static Interval below(Quantity upper) {
    Objects.requireNonNull(upper, "upper");
    return new Interval(upper.measure(), Bound.unbounded(), Bound.exclusive(upper.amount()));
  }

  /** The interval {@code >= lower}. */
  public static Interval atLeast(Quantity lower) {
    Objects.requireNonNull(lower, "lower");
    return new Interval(lower.measure(), Bound.inclusive(lower.amount()), Bound.unbounded());
  }

  /** The interval {@code > lower}. */
  public static Interval above(Quantity lower) {
    Objects.requireNonNull(lower, "lower");
    return new Interval(lower.measure(), Bound.exclusive(lower.amount()), Bound.unbounded());
  }

  /**
   * Reads an interval of {@code measure}: {@code "[0, 2h]"}, {@code "(2h, 6h]"},
   * {@code "(24h, inf)"}, {@code "<= 2h"}, {@code "< 60%"}, {@code ">= 90%"}, {@code "> 24h"}.
   * {@code inf} may be written {@code ∞}; a lower end may be {@code -inf}.
   *
   * @throws InvalidValueException naming the text and what is wrong with it
   */
  public static Interval parse(Measure measure, String text) {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if (t.length() > 2 * Text.MAX_QUOTED) {
      throw InvalidValueException.of(Text.shorten(text), "\"" + Text.shorten(t)
          + "\" is longer than " + 2 * Text.MAX_QUOTED + " characters, too long for an interval");
    }
    try {
      for (String op : new String[] {"<=", ">=", "<", ">"}) {
        if (t.startsWith(op)) {
          BigDecimal amount = endpoint(measure, t.substring(op.length()), t);
          return switch (op) {
            case "<=" -> new Interval(measure, Bound.unbounded(), Bound.inclusive(amount));
            case "<" -> new Interval(measure, Bound.unbounded(), Bound.exclusive(amount));
            case ">=" -> new Interval(measure, Bound.inclusive(amount), Bound.unbounded());
            default -> new Interval(measure, Bound.exclusive(amount), Bound.unbounded());
          };
        }
      }
      if (t.length() < 2 || "[(".indexOf(t.charAt(0)) < 0 || "])".indexOf(t.charAt(t.length() - 1)) < 0) {
        throw InvalidValueException.of(text, "\"" + text + "\" is not an interval; write it like "
            + "\"(2h, 6h]\", \"[90%, 100%]\", \"(24h, inf)\" or \"<= 2h\" (quoted in YAML)");
      }
      String inner = t.substring(1, t.length() - 1);
      int comma = inner.indexOf(',');
      if (comma < 0 || inner.indexOf(',', comma + 1) >= 0) {
        throw InvalidValueException.of(text,
            "\"" + text + "\" is not an interval; separate its two ends with one comma");
      }
      String lowText = inner.substring(0, comma).strip();
      String highText = inner.substring(comma + 1).strip();
      boolean lowInclusive = t.charAt(0) == '[';
      boolean highInclusive = t.charAt(t.length() - 1) == ']';
      if (isInfinity(lowText, false)) {
        throw InvalidValueException.of(text, "\"" + text + "\": " + lowText
            + " can only be the upper end; an unbounded lower end is written -inf");
      }
      if (isInfinity(highText, true)) {
        throw InvalidValueException.of(text, "\"" + text + "\": " + highText
            + " can only be the lower end; an unbounded upper end is written inf");
      }
      Bound low;
      if (isInfinity(lowText, true)) {
        if (lowInclusive) {
          throw InvalidValueException.of(text, "\"" + text
              + "\": an unbounded end is always open; write (" + lowText + ", ...");
        }
        low = Bound.unbounded();
      } else {
        BigDecimal a = endpoint(measure, lowText, text);
        low = lowInclusive ? Bound.inclusive(a) : Bound.exclusive(a);
      }
      Bound high;
      if (isInfinity(highText, false)) {
        if (highInclusive) {
          throw InvalidValueException.of(text, "\"" + text
              + "\": an unbounded end is always open; write ..., " + highText + ")");
        }
        high = Bound.unbounded();
      } else {
        BigDecimal a = endpoint(measure, highText, text);
        high = highInclusive ? Bound.inclusive(a) : Bound.exclusive(a);
      }
      return new Interval(measure, low, high);
    } catch (InvalidValueException e) {
      if (e.text().equals(text)) {
        throw e;
      }
      throw InvalidValueException.of(text, "in interval \"" + text + "\": " + e.getMessage());
    }
  }

  /**
   * Reads an interval whose measure follows from how it is written: {@code %} makes it a
   * percent, a time unit or ISO-8601 form a duration, anything else a number.
   */
  public static Interval parse(String text) {
    Objects.requireNonNull(text, "text");
    return parse(inferMeasure(text), text);
  }

  /** Whether {@code amount} (canonical units of this interval's measure) lies in this interval. */
  public boolean contains(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    return aboveLower(amount) && belowUpper(amount);
  }

  /** Whether {@code quantity} lies in this interval; false for a quantity of another measure. */
  public boolean contains(Quantity quantity) {
    Objects.requireNonNull(quantity, "quantity");
    return quantity.measure() == measure && contains(quantity.amount());
  }

  /**
   * Whether {@code amount} (canonical units) lies below this interval: its lower end does not
   * admit it. An amount outside the interval lies either below it or above its upper end.
   */
  public boolean isBelow(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    return !aboveLower(amount);
  }

  boolean aboveLower(BigDecimal amount) {
    return lower.admitsAsLower(amount);
  }

  boolean belowUpper(BigDecimal amount) {
    return upper.admitsAsUpper(amount);
  }

  /** Whether this interval and {@code other} share at least one amount. */
  public boolean overlaps(Interval other) {
    Objects.requireNonNull(other, "other");
    return !endsBefore(upper, other.lower) && !endsBefore(other.upper, lower);
  }

  /** Whether every amount admitted by the upper end {@code upper} lies below those of {@code lower}. */
  private static boolean endsBefore(Bound upper, Bound lower) {
    if (upper.isUnbounded() || lower.isUnbounded()) {
      return false;
    }
    int c = upper.amountOrNull().compareTo(lower.amountOrNull());
    return c < 0 || (c == 0 && !(upper.isInclusive() && lower.isInclusive()));
  }

  /** A copy of this interval over {@code measure}, with the same amounts. */
  public Interval withMeasure(Measure measure) {
    return new Interval(measure, lower, upper);
  }

  @Override
  public String toString() {
    return format(measure, lower, upper);
  }

  private static String format(Measure measure, Bound lower, Bound upper) {
    if (lower instanceof Bound.Unbounded && upper instanceof Bound.Unbounded) {
      return "(-inf, inf)";
    }
    if (lower instanceof Bound.Unbounded) {
      return (upper instanceof Bound.Inclusive ? "<= " : "< ")
          + ValueText.format(measure, amountOf(upper));
    }
    if (upper instanceof Bound.Unbounded) {
      return (lower instanceof Bound.Inclusive ? ">= " : "> ")
          + ValueText.format(measure, amountOf(lower));
    }
    return (lower instanceof Bound.Inclusive ? "[" : "(")
        + ValueText.format(measure, amountOf(lower)) + ", "
        + ValueText.format(measure, amountOf(upper))
        + (upper instanceof Bound.Inclusive ? "]" : ")");
  }

  static BigDecimal amountOf(Bound bound) {
    return bound.amountOrNull();
  }

  private static BigDecimal endpoint(Measure measure, String text, String whole) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw InvalidValueException.of(whole, "\"" + whole + "\" has an empty end");
    }
    if (isInfinity(t, true) || isInfinity(t, false)) {
      throw InvalidValueException.of(whole, "\"" + whole + "\": a one-sided interval needs a "
          + "finite end; leave the unbounded side out");
    }
    return ValueText.parse(measure, t);
  }

  private static boolean isInfinity(String t, boolean lowerEnd) {
    return lowerEnd
        ? t.equals("-inf") || t.equals("-∞")
        : t.equals("inf") || t.equals("+inf") || t.equals("∞") || t.equals("+∞");
  }

  private static Measure inferMeasure(String text) {
    String t = text.replace("inf", "").replace("∞", "");
    if (t.contains("%")) {
      return Measure.PERCENT;
    }
    if (t.matches(".*(\\d[dhms]|P[0-9T]|PT).*")) {
      return Measure.DURATION;
    }
    return Measure.NUMBER;
  }

  private static Measure sameMeasure(Quantity a, Quantity b) {
    if (a.measure() != b.measure()) {
      throw InvalidValueException.of(a + ", " + b,
          "both ends of an interval need the same measure, were " + a.measure().key()
              + " and " + b.measure().key());
    }
    return a.measure();
  }
}
