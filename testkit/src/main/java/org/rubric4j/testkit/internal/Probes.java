package org.rubric4j.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.rubric4j.Bound;
import org.rubric4j.Interval;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Measure;
import org.rubric4j.Quantity;
import org.rubric4j.rule.Band;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.DeductionRule;
import org.rubric4j.rule.Level;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.rule.OccurrenceRule;
import org.rubric4j.rule.ScoringRule;

/**
 * The values worth trying on a scoring rule: its domain, the edges of its bands, targets and
 * steps, and the smallest step past each edge.
 *
 * <p>A rule's <em>domain</em> is the set of values it promises to score: the measure's own
 * domain (a duration from 0 up, a percent in [0 %, 100 %], a whole count from 0 up) and, for
 * band rules over numbers and levels, which have no natural ends, the span from the lowest to
 * the highest band. Levels are the declared levels.
 */
public final class Probes {

  private static final BigDecimal MILLISECOND = new BigDecimal("0.001");
  private static final BigDecimal BASIS_POINT = new BigDecimal("0.0001");
  private static final BigDecimal THOUSANDTH = new BigDecimal("0.001");
  /** Steps beyond a deduction target worth walking, at most. */
  private static final int MAX_STEPS = 40;

  private Probes() {}

  /**
   * The smallest step past {@code amount} on {@code measure}: 1 for counts, levels and flags;
   * otherwise 1 ms, 0.01 % or 0.001, or one unit in the last place of {@code amount} when it is
   * written more finely.
   */
  public static BigDecimal epsilon(Measure measure, BigDecimal amount) {
    BigDecimal base = switch (measure) {
      case COUNT, LEVEL, FLAG -> BigDecimal.ONE;
      case DURATION -> MILLISECOND;
      case PERCENT -> BASIS_POINT;
      case NUMBER -> THOUSANDTH;
    };
    if (measure.isDiscrete()) {
      return base;
    }
    int places = Math.max(base.scale(), amount.stripTrailingZeros().scale());
    return BigDecimal.ONE.movePointLeft(places);
  }

  /** Whether {@code amount} is a legal amount of {@code measure} (a percent in [0, 1], a whole count, ...). */
  public static boolean inMeasure(Measure measure, BigDecimal amount) {
    try {
      Quantity.of(measure, amount);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  /** The hull of a band rule: from its lowest lower end to its highest upper end. */
  public static Interval hull(BandRule rule) {
    Bound low = null;
    Bound high = null;
    for (Band band : rule.bands()) {
      if (low == null || lowerBefore(band.range().lower(), low)) {
        low = band.range().lower();
      }
      if (high == null || upperBeyond(band.range().upper(), high)) {
        high = band.range().upper();
      }
    }
    return new Interval(rule.measure(), low, high);
  }

  /** Whether {@code amount} is one the rule promises to score (see the class comment). */
  public static boolean inDomain(ScoringRule rule, BigDecimal amount) {
    if (!inMeasure(rule.measure(), amount)) {
      return false;
    }
    if (rule instanceof BandRule b) {
      return hull(b).contains(amount);
    }
    if (rule instanceof LevelRule l) {
      return l.levels().stream().anyMatch(x -> BigDecimal.valueOf(x.value()).compareTo(amount) == 0);
    }
    return true; // deductions and occurrences score every amount of their measure
  }

  /** The band of {@code rule} holding {@code amount}, if any. */
  public static List<Band> bandsHolding(BandRule rule, BigDecimal amount) {
    return rule.bands().stream().filter(b -> b.range().contains(amount)).toList();
  }

  /**
   * The edges of {@code rule}, ascending, each within its domain: every finite band bound, the
   * smallest step either side of it, and the domain's own ends; for deductions the target and
   * zero bounds, and each step boundary beyond the target (with the smallest step either side)
   * until the points reach 0; for occurrences the counts around 0, {@code zeroAt} and the count
   * where the points run out; for levels every declared level.
   */
  public static List<Quantity> edges(ScoringRule rule) {
    Measure m = rule.measure();
    TreeSet<BigDecimal> amounts = new TreeSet<>();
    if (rule instanceof BandRule b) {
      for (Band band : b.bands()) {
        around(m, band.range().lower(), amounts);
        around(m, band.range().upper(), amounts);
      }
      domainEnds(m, amounts);
    } else if (rule instanceof LevelRule l) {
      for (Level level : l.levels()) {
        amounts.add(BigDecimal.valueOf(level.value()));
      }
    } else if (rule instanceof DeductionRule d) {
      {
        around(m, d.target().lower(), amounts);
        around(m, d.target().upper(), amounts);
        d.zero().ifPresent(z -> {
          around(m, z.lower(), amounts);
          around(m, z.upper(), amounts);
        });
        int steps = Math.min(MAX_STEPS, stepsToZero(d.max(), d.deduct()) + 1);
        BigDecimal step = d.step().amount();
        for (int k = 1; k <= steps; k++) {
          BigDecimal distance = step.multiply(BigDecimal.valueOf(k));
          amountOf(d.target().lower()).ifPresent(lo -> around(m, lo.subtract(distance), amounts));
          amountOf(d.target().upper()).ifPresent(hi -> around(m, hi.add(distance), amounts));
        }
        domainEnds(m, amounts);
      }
    } else if (rule instanceof OccurrenceRule o) {
      {
        int runOut = stepsToZero(o.max(), o.deduct());
        for (int c : new int[] {0, 1, 2, runOut - 1, runOut, runOut + 1}) {
          amounts.add(BigDecimal.valueOf(c));
        }
        o.zeroAt().ifPresent(z -> {
          for (int c = z - 1; c <= z + 1; c++) {
            amounts.add(BigDecimal.valueOf(c));
          }
        });
      }
    }
    if (amounts.isEmpty()) {
      amounts.add(BigDecimal.ZERO); // a single band over every number: 0 is as good as any
    }
    List<Quantity> out = new ArrayList<>();
    for (BigDecimal a : amounts) {
      if (inDomain(rule, a)) {
        out.add(Quantity.of(m, a));
      }
    }
    return out;
  }

  /**
   * The edges of {@code rule} with, for continuous measures, the midpoint between each pair of
   * neighbouring edges and values well beyond the outermost ones: enough to see every band and
   * every step of the rule.
   */
  public static List<Quantity> sweep(ScoringRule rule) {
    List<Quantity> edges = edges(rule);
    Measure m = rule.measure();
    TreeSet<BigDecimal> amounts = new TreeSet<>();
    edges.forEach(q -> amounts.add(q.amount()));
    if (!m.isDiscrete() && edges.size() > 1) {
      for (int k = 1; k < edges.size(); k++) {
        BigDecimal mid = edges.get(k - 1).amount().add(edges.get(k).amount())
            .divide(BigDecimal.valueOf(2));
        amounts.add(mid);
      }
    }
    if (!edges.isEmpty() && !(rule instanceof LevelRule)) {
      BigDecimal first = edges.get(0).amount();
      BigDecimal last = edges.get(edges.size() - 1).amount();
      BigDecimal span = last.subtract(first).abs().max(BigDecimal.ONE);
      for (BigDecimal far : new BigDecimal[] {first.subtract(span.multiply(BigDecimal.TEN)),
          last.add(span.multiply(BigDecimal.TEN)), last.add(BigDecimal.valueOf(1_000_000))}) {
        amounts.add(m.isDiscrete() ? far.setScale(0, RoundingMode.FLOOR) : far);
      }
    }
    List<Quantity> out = new ArrayList<>();
    for (BigDecimal a : amounts) {
      if (inDomain(rule, a)) {
        out.add(Quantity.of(m, a));
      }
    }
    return out;
  }

  /** The number of deductions after which {@code max} points are used up. */
  static int stepsToZero(BigDecimal max, BigDecimal deduct) {
    BigDecimal n = max.divide(deduct, 0, RoundingMode.CEILING);
    return n.compareTo(BigDecimal.valueOf(100_000)) > 0 ? 100_000 : n.intValueExact();
  }

  private static void around(Measure m, Bound bound, TreeSet<BigDecimal> amounts) {
    amountOf(bound).ifPresent(a -> around(m, a, amounts));
  }

  private static void around(Measure m, BigDecimal a, TreeSet<BigDecimal> amounts) {
    if (m.isDiscrete() && a.stripTrailingZeros().scale() > 0) {
      amounts.add(a.setScale(0, RoundingMode.FLOOR));
      amounts.add(a.setScale(0, RoundingMode.CEILING));
      return;
    }
    BigDecimal e = epsilon(m, a);
    amounts.add(a.subtract(e));
    amounts.add(a);
    amounts.add(a.add(e));
  }

  private static void domainEnds(Measure m, TreeSet<BigDecimal> amounts) {
    switch (m) {
      case DURATION, COUNT -> amounts.add(BigDecimal.ZERO);
      case PERCENT -> {
        amounts.add(BigDecimal.ZERO);
        amounts.add(BigDecimal.ONE);
      }
      default -> { }
    }
  }

  private static Optional<BigDecimal> amountOf(Bound bound) {
    return Optional.ofNullable(bound.amountOrNull());
  }

  private static boolean lowerBefore(Bound candidate, Bound current) {
    if (current.isUnbounded()) {
      return false;
    }
    if (candidate.isUnbounded()) {
      return true;
    }
    int c = candidate.amountOrNull().compareTo(current.amountOrNull());
    return c < 0 || (c == 0 && candidate.isInclusive() && !current.isInclusive());
  }

  private static boolean upperBeyond(Bound candidate, Bound current) {
    if (current.isUnbounded()) {
      return false;
    }
    if (candidate.isUnbounded()) {
      return true;
    }
    int c = candidate.amountOrNull().compareTo(current.amountOrNull());
    return c > 0 || (c == 0 && candidate.isInclusive() && !current.isInclusive());
  }
}
