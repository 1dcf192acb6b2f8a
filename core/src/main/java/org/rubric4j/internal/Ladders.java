package org.rubric4j.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
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
import org.rubric4j.rule.RuleScore;
import org.rubric4j.rule.ScoringRule;

/**
 * For coaching: the better scores an indicator's rule can give and, for each, the value nearest
 * the current one that earns it. Candidates are the rule's own breakpoints (band and target
 * ends, step boundaries, levels, counts), each checked by scoring it with the rule itself, so a
 * rung is never a guess.
 */
public final class Ladders {

  /** Candidate step boundaries examined per side of a deduction target. */
  static final int MAX_STEPS = 1_000;

  private Ladders() {}

  /** One better score and the nearest value that earns it. */
  public record Rung(Quantity value, BigDecimal points) {}

  /**
   * The better scores than {@code current}'s {@code points}, ascending, each with the value
   * nearest {@code current} that earns it (on a tie of distance, the smaller value).
   */
  public static List<Rung> above(ScoringRule rule, Quantity current, BigDecimal points) {
    List<BigDecimal> candidates = candidates(rule, current.amount());
    TreeMap<BigDecimal, Rung> best = new TreeMap<>();
    for (BigDecimal amount : candidates) {
      Quantity q;
      RuleScore s;
      try {
        q = Quantity.of(rule.measure(), amount);
        s = rule.score(q);
      } catch (InvalidValueException e) {
        continue;
      }
      if (s.points().compareTo(points) <= 0) {
        continue;
      }
      Rung r = best.get(s.points());
      if (r == null || closer(q.amount(), r.value().amount(), current.amount())) {
        best.put(s.points(), new Rung(q, s.points()));
      }
    }
    return new ArrayList<>(best.values());
  }

  private static boolean closer(BigDecimal a, BigDecimal b, BigDecimal to) {
    int c = a.subtract(to).abs().compareTo(b.subtract(to).abs());
    return c < 0 || (c == 0 && a.compareTo(b) < 0);
  }

  /** The smallest change of an amount of {@code measure} that moves off an exclusive end. */
  public static BigDecimal resolution(Measure measure) {
    return switch (measure) {
      case DURATION, COUNT, LEVEL, FLAG -> BigDecimal.ONE;
      case PERCENT -> new BigDecimal("0.001");
      case NUMBER -> new BigDecimal("0.01");
    };
  }

  private static List<BigDecimal> candidates(ScoringRule rule, BigDecimal current) {
    List<BigDecimal> out = new ArrayList<>();
    BigDecimal res = resolution(rule.measure());
    if (rule instanceof LevelRule l) {
      for (Level level : l.levels()) {
        out.add(BigDecimal.valueOf(level.value()));
      }
    } else if (rule instanceof OccurrenceRule) {
      for (long c = 0; c < current.longValue() && c < MAX_STEPS; c++) {
        out.add(BigDecimal.valueOf(c));
      }
    } else if (rule instanceof BandRule b) {
      for (Band band : b.bands()) {
        ends(band.range(), res, out);
      }
    } else if (rule instanceof DeductionRule d) {
      ends(d.target(), res, out);
      d.zero().ifPresent(z -> ends(z, res, out));
      BigDecimal step = d.step().amount();
      int steps = Math.min(MAX_STEPS, d.max().divide(d.deduct(), 0, java.math.RoundingMode.CEILING).intValue() + 1);
      for (Bound edge : List.of(d.target().lower(), d.target().upper())) {
        if (edge.isUnbounded()) {
          continue;
        }
        for (int k = 1; k <= steps; k++) {
          BigDecimal distance = step.multiply(BigDecimal.valueOf(k));
          for (BigDecimal base : List.of(edge.amountOrNull().add(distance), edge.amountOrNull().subtract(distance))) {
            out.add(base);
            out.add(base.add(res));
            out.add(base.subtract(res));
          }
        }
      }
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /** Both finite ends of {@code range}, moved inward by {@code res} when exclusive. */
  private static void ends(Interval range, BigDecimal res, List<BigDecimal> out) {
    Bound lo = range.lower();
    Bound hi = range.upper();
    if (!lo.isUnbounded()) {
      out.add(lo.isInclusive() ? lo.amountOrNull() : lo.amountOrNull().add(res));
      out.add(lo.amountOrNull().subtract(res));
    }
    if (!hi.isUnbounded()) {
      out.add(hi.isInclusive() ? hi.amountOrNull() : hi.amountOrNull().subtract(res));
      out.add(hi.amountOrNull().add(res));
    }
  }
}
