package org.rubric4j.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rubric4j.Bound;
import org.rubric4j.Interval;
import org.rubric4j.Measure;

/**
 * Checks that a list of intervals covers a domain exactly once: no gap, no overlap.
 *
 * <p>Used for the bands of a rule (over the measure's domain) and for grades (over
 * [0, scale] at the rubric's precision, where only the values a person can see count: with
 * precision 0, grades [18, 24] and [25, 30] leave no gap; with precision 2 they leave 24.01).
 */
public final class Coverage {

  private Coverage() {}

  /**
   * The set to be covered: from {@code low} to {@code high} (inclusive; null for none) and,
   * when {@code grid} is not null, only its multiples count.
   */
  public record Domain(Measure measure, BigDecimal low, BigDecimal high, BigDecimal grid) {

    /** The natural domain of {@code measure}. */
    public static Domain of(Measure measure) {
      return switch (measure) {
        case DURATION -> new Domain(measure, BigDecimal.ZERO, null, null);
        case PERCENT -> new Domain(measure, BigDecimal.ZERO, BigDecimal.ONE, null);
        case NUMBER -> new Domain(measure, null, null, null);
        case COUNT -> new Domain(measure, BigDecimal.ZERO, null, BigDecimal.ONE);
        case LEVEL -> new Domain(measure, null, null, BigDecimal.ONE);
        case FLAG -> new Domain(measure, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE);
      };
    }

    /** Numbers in [0, scale] as reported with {@code precision} decimals. */
    public static Domain scale(BigDecimal scale, int precision) {
      return new Domain(Measure.NUMBER, BigDecimal.ZERO, scale, BigDecimal.ONE.movePointLeft(precision));
    }

    String show(BigDecimal amount) {
      return ValueText.format(measure, amount);
    }
  }

  /**
   * A gap or overlap, reported against the interval at {@code index} (in the given list).
   *
   * @param index the interval at fault (the later one of a pair)
   * @param code {@code gap}, {@code overlap} or {@code empty}
   * @param message what is wrong, naming the values concerned
   */
  public record Issue(int index, String code, String message) {}

  /** Every gap and overlap of {@code intervals} over {@code domain}; {@code noun} names one ("band", "grade"). */
  public static List<Issue> check(Domain domain, List<Interval> intervals, String noun) {
    if (intervals.isEmpty()) {
      return List.of();
    }
    return domain.grid() == null
        ? checkContinuous(domain, intervals, noun)
        : checkGrid(domain, intervals, noun);
  }

  private static List<Issue> checkContinuous(Domain domain, List<Interval> intervals, String noun) {
    List<Issue> issues = new ArrayList<>();
    List<Integer> order = sortedByLower(intervals);
    Bound reach = null; // the furthest upper end covered so far
    int reachIndex = -1;
    for (int i : order) {
      Interval next = intervals.get(i);
      Bound lower = next.lower();
      if (reach == null) {
        if (domain.low() != null && !lower.admitsAsLower(domain.low())) {
          issues.add(new Issue(i, "gap", lower.amountOrNull().compareTo(domain.low()) == 0
              ? "the value " + domain.show(domain.low()) + " is in no " + noun
              : "values from " + domain.show(domain.low()) + " up to " + lowerText(domain, lower)
                  + " are in no " + noun));
        }
      } else if (reach.isUnbounded() || lower.isUnbounded() || startsBefore(lower, reach)) {
        issues.add(new Issue(i, "overlap", noun + " " + next + " overlaps " + noun + " "
            + intervals.get(reachIndex)));
      } else if (startsAfter(lower, reach)) {
        issues.add(new Issue(i, "gap", "values between " + noun + " " + intervals.get(reachIndex)
            + " and " + noun + " " + next + " are in no " + noun));
      }
      if (reach == null || upperBeyond(next.upper(), reach)) {
        reach = next.upper();
        reachIndex = i;
      }
    }
    boolean open = domain.low() != null || domain.high() != null;
    if (open && !reach.isUnbounded()) {
      BigDecimal end = reach.amountOrNull();
      if (domain.high() == null) {
        issues.add(new Issue(reachIndex, "gap", (reach.isInclusive() ? "values above " : "values from ")
            + domain.show(end) + (reach.isInclusive() ? "" : " up") + " are in no " + noun
            + "; end the last " + noun + " with inf"));
      } else if (!reach.admitsAsUpper(domain.high())) {
        issues.add(new Issue(reachIndex, "gap", "values from " + domain.show(end) + " up to "
            + domain.show(domain.high()) + " are in no " + noun));
      }
    }
    return issues;
  }

  private static List<Issue> checkGrid(Domain domain, List<Interval> intervals, String noun) {
    List<Issue> issues = new ArrayList<>();
    BigDecimal g = domain.grid();
    record Span(int index, BigDecimal lo, BigDecimal hi) {} // null lo/hi: unbounded
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < intervals.size(); i++) {
      Interval in = intervals.get(i);
      BigDecimal lo = firstOnGrid(in.lower(), g);
      BigDecimal hi = lastOnGrid(in.upper(), g);
      if (domain.low() != null && (lo == null || lo.compareTo(domain.low()) < 0)) {
        lo = domain.low();
      }
      if (domain.high() != null && (hi == null || hi.compareTo(domain.high()) > 0)) {
        hi = domain.high();
      }
      if (lo != null && hi != null && lo.compareTo(hi) > 0) {
        issues.add(new Issue(i, "empty", noun + " " + in + " holds no value that can occur"
            + (domain.grid().scale() > 0 ? " at " + domain.grid().scale() + " decimals" : "")));
        continue;
      }
      spans.add(new Span(i, lo, hi));
    }
    spans.sort(Comparator.comparing(Span::lo, Comparator.nullsFirst(Comparator.naturalOrder())));
    BigDecimal expected = domain.low(); // the next value that must be covered; null: any
    boolean started = domain.low() != null;
    boolean reachedInfinity = false;
    Span previous = null;
    for (Span s : spans) {
      if (reachedInfinity || (started && (s.lo() == null || s.lo().compareTo(expected) < 0))) {
        issues.add(new Issue(s.index(), "overlap", noun + " " + intervals.get(s.index())
            + " overlaps " + noun + " " + intervals.get(previous == null ? s.index() : previous.index())));
      } else if (started && s.lo().compareTo(expected) > 0) {
        BigDecimal last = s.lo().subtract(g);
        String range = expected.compareTo(last) == 0 ? domain.show(expected)
            : "from " + domain.show(expected) + " to " + domain.show(last);
        boolean one = expected.compareTo(last) == 0;
        issues.add(new Issue(s.index(), "gap", (one ? "the value " : "values ")
            + range + (g.scale() > 0 ? " (at " + g.scale() + " decimals)" : "")
            + (one ? " falls" : " fall") + " in no " + noun));
      }
      if (s.hi() == null) {
        reachedInfinity = true;
      } else if (!started || s.hi().add(g).compareTo(expected) > 0) {
        expected = s.hi().add(g);
      }
      started = true;
      if (previous == null || s.hi() == null || (previous.hi() != null && s.hi().compareTo(previous.hi()) > 0)) {
        previous = s;
      }
    }
    if (!reachedInfinity && previous != null) {
      if (domain.high() != null && expected.compareTo(domain.high()) <= 0) {
        issues.add(new Issue(previous.index(), "gap", "values from " + domain.show(expected)
            + " to " + domain.show(domain.high()) + " fall in no " + noun));
      } else if (domain.high() == null && domain.low() != null) {
        issues.add(new Issue(previous.index(), "gap", "values from " + domain.show(expected)
            + " up are in no " + noun + "; end the last " + noun + " with inf"));
      }
    }
    return issues;
  }

  /** The first multiple of {@code g} that {@code lower} admits, or null when unbounded. */
  public static BigDecimal firstOnGrid(Bound lower, BigDecimal g) {
    if (lower.isUnbounded()) {
      return null;
    }
    BigDecimal a = lower.amountOrNull();
    BigDecimal up = a.divide(g, 0, RoundingMode.CEILING).multiply(g);
    return (!lower.isInclusive() && up.compareTo(a) == 0) ? up.add(g) : up;
  }

  /** The last multiple of {@code g} that {@code upper} admits, or null when unbounded. */
  public static BigDecimal lastOnGrid(Bound upper, BigDecimal g) {
    if (upper.isUnbounded()) {
      return null;
    }
    BigDecimal a = upper.amountOrNull();
    BigDecimal down = a.divide(g, 0, RoundingMode.FLOOR).multiply(g);
    return (!upper.isInclusive() && down.compareTo(a) == 0) ? down.subtract(g) : down;
  }

  private static List<Integer> sortedByLower(List<Interval> intervals) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < intervals.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> compareLower(intervals.get(a).lower(), intervals.get(b).lower()));
    return order;
  }

  private static int compareLower(Bound a, Bound b) {
    if (a.isUnbounded() || b.isUnbounded()) {
      return Boolean.compare(!a.isUnbounded(), !b.isUnbounded());
    }
    int c = a.amountOrNull().compareTo(b.amountOrNull());
    if (c != 0) {
      return c;
    }
    return Boolean.compare(!a.isInclusive(), !b.isInclusive());
  }

  /** Whether a lower end {@code lower} admits values at or below what {@code reach} already covers. */
  private static boolean startsBefore(Bound lower, Bound reach) {
    int c = lower.amountOrNull().compareTo(reach.amountOrNull());
    return c < 0 || (c == 0 && lower.isInclusive() && reach.isInclusive());
  }

  /** Whether values lie strictly between the upper end {@code reach} and the lower end {@code lower}. */
  private static boolean startsAfter(Bound lower, Bound reach) {
    int c = lower.amountOrNull().compareTo(reach.amountOrNull());
    return c > 0 || (c == 0 && !lower.isInclusive() && !reach.isInclusive());
  }

  private static boolean upperBeyond(Bound candidate, Bound reach) {
    if (reach.isUnbounded()) {
      return false;
    }
    if (candidate.isUnbounded()) {
      return true;
    }
    int c = candidate.amountOrNull().compareTo(reach.amountOrNull());
    return c > 0 || (c == 0 && candidate.isInclusive() && !reach.isInclusive());
  }

  private static String lowerText(Domain domain, Bound lower) {
    return domain.show(lower.amountOrNull()) + (lower.isInclusive() ? " (excluded)" : " (included)");
  }
}
