package org.rubric4j.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
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
import org.rubric4j.rule.StepCounting;

/**
 * Generates valid scoring rules of the four kinds, each on its own: bands without gap or
 * overlap, distinct levels, deductions with a target and sometimes a zero, occurrences. Used
 * for the indicators of generated rubrics and by {@code RubricArbitraries.scoringRules()}.
 */
public final class RuleGen {

  private RuleGen() {}

  /** A scoring rule of any of the four kinds. */
  public static Arbitrary<ScoringRule> rule() {
    return Arbitraries.oneOf(bandRules(), levelRules(), deductionRules(), occurrenceRules()).withoutEdgeCases();
  }

  /** Band rules over durations, percents, numbers, counts and levels, without gap or overlap. */
  public static Arbitrary<ScoringRule> bandRules() {
    return Arbitraries.of(Measure.DURATION, Measure.PERCENT, Measure.NUMBER, Measure.COUNT, Measure.LEVEL)
        .flatMap(RuleGen::bandRule);
  }

  private static Arbitrary<ScoringRule> bandRule(Measure m) {
    // A TreeSet compares amounts, so 1 and 1.0 (seconds) are one cut, not an empty band between.
    Arbitrary<List<BigDecimal>> cuts = cutPoints(m).set().ofMaxSize(4)
        .map(s -> List.copyOf(new TreeSet<>(s)));
    return cuts.flatMap(c -> {
      int k = c.size() + 1;
      Arbitrary<List<Boolean>> left = Arbitraries.of(true, false).list().ofSize(c.size());
      Arbitrary<List<BigDecimal>> scores = Arbitraries.frequencyOf(
          Tuple.of(3, Arbitraries.integers().between(0, 10).map(BigDecimal::valueOf)),
          Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(1)))
          .list().ofSize(k);
      Arbitrary<Integer> order = Arbitraries.of(-1, 0, 1);
      Arbitrary<Integer> ends = Arbitraries.integers().between(0, 3);
      Arbitrary<Optional<BigDecimal>> outOf = Arbitraries.frequencyOf(
          Tuple.of(3, Arbitraries.just(Optional.empty())),
          Tuple.of(1, Arbitraries.integers().between(0, 5).map(x -> Optional.of(BigDecimal.valueOf(x)))));
      return Combinators.combine(left, scores, order, ends, ends, outOf)
          .as((l, s, o, lo, hi, out) -> (ScoringRule) bands(m, c, l, s, o, lo, hi, out));
    });
  }

  private static Arbitrary<BigDecimal> cutPoints(Measure m) {
    return switch (m) {
      case DURATION -> Arbitraries.frequencyOf(
          Tuple.of(3, Arbitraries.integers().between(1, 200_000).map(BigDecimal::valueOf)),
          Tuple.of(1, Arbitraries.integers().between(1, 200_000).map(x -> BigDecimal.valueOf(x, 1))));
      case PERCENT -> Arbitraries.frequencyOf(
          Tuple.of(3, Arbitraries.integers().between(1, 99).map(x -> BigDecimal.valueOf(x, 2))),
          Tuple.of(1, Arbitraries.integers().between(1, 9_999).map(x -> BigDecimal.valueOf(x, 4))));
      case NUMBER -> Arbitraries.integers().between(-1_000, 1_000).map(x -> BigDecimal.valueOf(x, 1));
      case COUNT -> Arbitraries.integers().between(1, 30).map(x -> BigDecimal.valueOf(2L * x));
      default -> Arbitraries.integers().between(-5, 15).map(x -> BigDecimal.valueOf(2L * x));
    };
  }

  private static BandRule bands(Measure m, List<BigDecimal> cuts, List<Boolean> cutGoesLeft,
      List<BigDecimal> rawScores, int order, int lowEnd, int highEnd, Optional<BigDecimal> extra) {
    List<BigDecimal> scores = new ArrayList<>(rawScores);
    if (order < 0) {
      scores.sort(Collections.reverseOrder());
    } else if (order > 0) {
      Collections.sort(scores);
    }
    if (scores.stream().allMatch(s -> s.signum() == 0)) {
      scores.set(order < 0 ? 0 : scores.size() - 1, BigDecimal.ONE);
    }
    int k = scores.size();
    BigDecimal first = cuts.isEmpty() ? BigDecimal.ZERO : cuts.get(0);
    BigDecimal last = cuts.isEmpty() ? BigDecimal.ZERO : cuts.get(cuts.size() - 1);
    BigDecimal gap = m.isDiscrete() ? BigDecimal.valueOf(2) : BigDecimal.valueOf(lowEnd + 1);
    Bound low = switch (m) {
      case DURATION, COUNT -> lowEnd % 2 == 0 ? Bound.inclusive(BigDecimal.ZERO) : Bound.unbounded();
      case PERCENT -> lowEnd % 2 == 0 ? Bound.inclusive(BigDecimal.ZERO) : Bound.unbounded();
      case LEVEL -> lowEnd == 0 ? Bound.unbounded() : Bound.inclusive(first.subtract(gap));
      default -> lowEnd == 0 ? Bound.unbounded()
          : lowEnd == 1 ? Bound.inclusive(first.subtract(gap)) : Bound.exclusive(first.subtract(gap));
    };
    Bound high = switch (m) {
      case DURATION, COUNT -> Bound.unbounded();
      case PERCENT -> highEnd % 2 == 0 ? Bound.inclusive(BigDecimal.ONE) : Bound.unbounded();
      case LEVEL -> highEnd == 0 ? Bound.unbounded() : Bound.inclusive(last.add(BigDecimal.valueOf(2)));
      default -> highEnd == 0 ? Bound.unbounded()
          : highEnd == 1 ? Bound.inclusive(last.add(BigDecimal.valueOf(highEnd + 1)))
              : Bound.exclusive(last.add(BigDecimal.valueOf(highEnd + 1)));
    };
    List<Band> bands = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      Bound lower = i == 0 ? low
          : cutGoesLeft.get(i - 1) ? Bound.exclusive(cuts.get(i - 1)) : Bound.inclusive(cuts.get(i - 1));
      Bound upper = i == k - 1 ? high
          : cutGoesLeft.get(i) ? Bound.inclusive(cuts.get(i)) : Bound.exclusive(cuts.get(i));
      bands.add(Band.of(scores.get(i), new Interval(m, lower, upper)));
    }
    BigDecimal highest = scores.stream().max(BigDecimal::compareTo).orElseThrow();
    return new BandRule(m, bands, extra.map(highest::add));
  }

  /** Level rules: distinct levels from 0 to 10, the highest above 0. */
  public static Arbitrary<ScoringRule> levelRules() {
    return Combinators.combine(Arbitraries.integers().between(0, 10).set().ofMinSize(1).ofMaxSize(6),
            Arbitraries.of(true, false))
        .as((set, anchored) -> {
          List<Level> levels = new ArrayList<>();
          set.forEach(v -> levels.add(new Level(v, anchored ? "anchor " + v : "")));
          if (set.stream().allMatch(v -> v == 0)) {
            levels.add(new Level(1, anchored ? "anchor 1" : ""));
          }
          return (ScoringRule) LevelRule.of(levels);
        });
  }

  /** Deduction rules over durations, percents, numbers and counts: targets below, above or between. */
  public static Arbitrary<ScoringRule> deductionRules() {
    Arbitrary<BigDecimal> max = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(1, 100).map(BigDecimal::valueOf)),
        Tuple.of(1, Arbitraries.bigDecimals().between(new BigDecimal("0.5"), BigDecimal.valueOf(100)).ofScale(1)));
    Arbitrary<BigDecimal> deduct = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(1, 10).map(BigDecimal::valueOf)),
        Tuple.of(1, Arbitraries.bigDecimals().between(new BigDecimal("0.1"), BigDecimal.TEN).ofScale(1)));
    Arbitrary<Measure> measure = Arbitraries.of(Measure.DURATION, Measure.PERCENT, Measure.NUMBER, Measure.COUNT);
    return measure.flatMap(m -> Combinators.combine(max, deduct, Arbitraries.integers().between(0, 2),
            anchor(m), stepOf(m), Arbitraries.integers().between(-1, 12), Arbitraries.of(StepCounting.class),
            Arbitraries.of(true, false))
        .as((mx, dd, shape, t, step, zeroSteps, counting, inclusive) ->
            (ScoringRule) deduction(m, mx, dd, shape, t, step, zeroSteps, counting, inclusive)));
  }

  private static Arbitrary<BigDecimal> anchor(Measure m) {
    return switch (m) {
      case DURATION -> Arbitraries.integers().between(1, 3_600).map(BigDecimal::valueOf);
      case PERCENT -> Arbitraries.integers().between(1, 99).map(x -> BigDecimal.valueOf(x, 2));
      case NUMBER -> Arbitraries.integers().between(-500, 500).map(x -> BigDecimal.valueOf(x, 1));
      default -> Arbitraries.integers().between(1, 5).map(BigDecimal::valueOf);
    };
  }

  private static Arbitrary<BigDecimal> stepOf(Measure m) {
    return switch (m) {
      case DURATION -> Arbitraries.of(1, 5, 10, 30, 60, 600).map(BigDecimal::valueOf);
      case PERCENT -> Arbitraries.of(new BigDecimal("0.01"), new BigDecimal("0.005"), new BigDecimal("0.05"));
      case NUMBER -> Arbitraries.of(new BigDecimal("0.1"), new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("2.5"));
      default -> Arbitraries.of(1, 2).map(BigDecimal::valueOf);
    };
  }

  private static DeductionRule deduction(Measure m, BigDecimal max, BigDecimal deduct, int shape,
      BigDecimal anchor, BigDecimal step, int zeroSteps, StepCounting counting, boolean inclusive) {
    Interval target;
    Optional<Interval> zero = Optional.empty();
    BigDecimal reach = step.multiply(BigDecimal.valueOf(Math.max(zeroSteps, 0)));
    if (shape == 0) { // lower is better: <= t, zero above
      target = new Interval(m, Bound.unbounded(), inclusive ? Bound.inclusive(anchor) : Bound.exclusive(anchor));
      if (zeroSteps >= 0) {
        zero = holding(m, Bound.exclusive(anchor.add(reach)), Bound.unbounded());
      }
    } else if (shape == 1) { // higher is better: >= t, zero below
      target = new Interval(m, inclusive ? Bound.inclusive(anchor) : Bound.exclusive(anchor), Bound.unbounded());
      BigDecimal z = anchor.subtract(reach);
      if (zeroSteps >= 0) {
        zero = holding(m, Bound.unbounded(), Bound.exclusive(z));
      }
    } else { // a band of best values: [t, t + width]
      BigDecimal width = step.multiply(BigDecimal.valueOf(Math.max(zeroSteps, 0) + 1));
      BigDecimal hi = m == Measure.PERCENT ? anchor.add(width).min(BigDecimal.ONE) : anchor.add(width);
      target = new Interval(m, Bound.inclusive(anchor), Bound.inclusive(hi));
    }
    return new DeductionRule(m, max, target, Quantity.of(m, step), deduct, zero, counting);
  }

  /** The interval, when it holds a value of the measure (a zero above 100 % holds none). */
  private static Optional<Interval> holding(Measure m, Bound lower, Bound upper) {
    try {
      return Optional.of(new Interval(m, lower, upper));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /** Occurrence rules: up to 100 points, a deduction per occurrence, sometimes zero at a count. */
  public static Arbitrary<ScoringRule> occurrenceRules() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 100).map(BigDecimal::valueOf),
            Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, 10).map(BigDecimal::valueOf)),
                Tuple.of(1, Arbitraries.bigDecimals().between(new BigDecimal("0.1"), BigDecimal.TEN).ofScale(1))),
            Arbitraries.integers().between(1, 10).optional(0.5))
        .as((max, deduct, zeroAt) -> (ScoringRule) new OccurrenceRule(max, deduct, zeroAt));
  }
}
