package org.rubric4j.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.rubric4j.BandsBuilder;
import org.rubric4j.Bound;
import org.rubric4j.DeductionBuilder;
import org.rubric4j.DimensionBuilder;
import org.rubric4j.IndicatorBuilder;
import org.rubric4j.Interval;
import org.rubric4j.InvalidValueException;
import org.rubric4j.LevelsBuilder;
import org.rubric4j.Measure;
import org.rubric4j.MissingPolicy;
import org.rubric4j.Normalization;
import org.rubric4j.NotApplicablePolicy;
import org.rubric4j.OccurrencesBuilder;
import org.rubric4j.Quantity;
import org.rubric4j.Rubric;
import org.rubric4j.RubricBuilder;
import org.rubric4j.Weight;
import org.rubric4j.rule.Band;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.DeductionRule;
import org.rubric4j.rule.Level;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.rule.OccurrenceRule;
import org.rubric4j.rule.ScoringRule;
import org.rubric4j.rule.StepCounting;

/**
 * Generates valid rubrics: first a plan (a tree of plain records jqwik can shrink), then the
 * rubric built from it through the public builder, so every generated rubric passed the same
 * checks as a user's.
 *
 * <p>Ids follow the position: dimensions {@code d1}, {@code d1-2}, indicators {@code d1-2-i1};
 * grades {@code g0} (lowest) up; vetoes {@code v0}...; flags {@code f0}...; the one condition
 * tag is {@code channel}. The first child at every level never has a condition, so some
 * indicator can always apply.
 */
public final class RubricGen {

  /** The tag that generated {@code appliesWhen} conditions read. */
  public static final String TAG = "channel";

  /** The values generated conditions choose from. */
  public static final List<String> TAG_VALUES = List.of("phone", "chat", "email");

  /**
   * What to generate.
   *
   * @param maxDepth the most levels of dimensions (1: dimensions hold indicators)
   * @param maxChildren the most children of the rubric or of one dimension
   * @param vetoes whether to generate vetoes
   * @param conditions whether to generate {@code appliesWhen} conditions
   */
  public record Config(int maxDepth, int maxChildren, boolean vetoes, boolean conditions) {
    /** Checks the sizes. */
    public Config {
      if (maxDepth < 1) {
        throw new IllegalArgumentException("maxDepth must be at least 1, was " + maxDepth);
      }
      if (maxChildren < 1) {
        throw new IllegalArgumentException("maxChildren must be at least 1, was " + maxChildren);
      }
    }
  }

  record IndPlan(Optional<List<String>> condition, ScoringRule rule) {}

  record DimPlan(Optional<List<String>> condition, List<BigDecimal> weights, List<DimPlan> dimensions,
      List<IndPlan> indicators) {}

  record VetoPlan(boolean onFlag, int flag, int indicator, int belowPermille, int scorePermyriad,
      int grade, int scope) {}

  record Head(int precision, BigDecimal scale, Normalization normalization, NotApplicablePolicy notApplicable,
      MissingPolicy missing) {}

  record Extras(boolean grades, List<Integer> gradeCuts, List<VetoPlan> vetoes, int flags, boolean declareFlags) {}

  record Plan(Head head, List<DimPlan> roots, List<BigDecimal> weights, Extras extras) {}

  private final Config config;

  private RubricGen(Config config) {
    this.config = config;
  }

  /** Valid rubrics as {@code config} describes them. */
  public static Arbitrary<Rubric> rubrics(Config config) {
    RubricGen gen = new RubricGen(config);
    // Without jqwik's edge cases: combined over a whole tree they crowd out variety (most
    // rubrics came out as the first option everywhere: bands only). The interesting edges,
    // band bounds and the steps past them, are generated on purpose by ObservationGen.
    return Combinators.combine(gen.head(), gen.children(config.maxDepth(), true), gen.extras())
        .as((head, roots, extras) -> new Plan(head, roots.dimensions(), roots.weights(), extras))
        .withoutEdgeCases()
        .map(RubricGen::build);
  }

  // ---- the plan ---------------------------------------------------------------------------

  private Arbitrary<Head> head() {
    Arbitrary<Integer> precision = Arbitraries.integers().between(0, 4);
    Arbitrary<BigDecimal> scale = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(1, 5, 10, 100).map(BigDecimal::valueOf)),
        Tuple.of(1, Arbitraries.integers().between(1, 1000).map(BigDecimal::valueOf)),
        Tuple.of(1, Arbitraries.integers().between(1, 1000).map(n -> BigDecimal.valueOf(n, 1))));
    return Combinators.combine(precision, scale, Arbitraries.of(Normalization.class),
            Arbitraries.of(NotApplicablePolicy.class), Arbitraries.of(MissingPolicy.class))
        .as((p, s, n, na, m) -> new Head(p, onGrid(s, p), n, na, m));
  }

  /** A scale with no more decimals than the precision, so the rounded total never passes it. */
  private static BigDecimal onGrid(BigDecimal scale, int precision) {
    BigDecimal s = scale.setScale(precision, RoundingMode.CEILING);
    return s.signum() == 0 ? BigDecimal.ONE : s;
  }

  private Arbitrary<Extras> extras() {
    Arbitrary<List<VetoPlan>> vetoes = config.vetoes()
        ? veto().list().ofMaxSize(3)
        : Arbitraries.just(List.of());
    return Combinators.combine(Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false)),
            Arbitraries.integers().between(1, 9_999).list().ofMaxSize(4), vetoes,
            Arbitraries.integers().between(0, 2), Arbitraries.of(true, false))
        .as(Extras::new);
  }

  private Arbitrary<VetoPlan> veto() {
    Arbitrary<Integer> index = Arbitraries.integers().between(0, 1_000);
    return Combinators.combine(Arbitraries.of(true, false), index, index,
            Arbitraries.integers().between(1, 1_000), Arbitraries.integers().between(0, 10_000),
            Arbitraries.integers().between(-1, 5), Arbitraries.frequency(Tuple.of(3, -1), Tuple.of(1, 0),
                Tuple.of(1, 1), Tuple.of(1, 2)))
        .as(VetoPlan::new);
  }

  /** Children of one node: dimensions when {@code depth > 1} may nest, with their weights. */
  private Arbitrary<DimPlan> children(int depth, boolean guaranteed) {
    return Arbitraries.integers().between(1, config.maxChildren()).flatMap(n -> {
      List<Arbitrary<DimPlan>> parts = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        parts.add(dimension(depth, guaranteed && k == 0));
      }
      return Combinators.combine(Combinators.combine(parts).as(l -> l), weights(n))
          .as((dims, w) -> new DimPlan(Optional.empty(), w, dims, List.of()));
    });
  }

  private Arbitrary<DimPlan> dimension(int depth, boolean guaranteed) {
    Arbitrary<DimPlan> leaf = Arbitraries.integers().between(1, config.maxChildren()).flatMap(n -> {
      List<Arbitrary<IndPlan>> parts = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        parts.add(Combinators.combine(condition(guaranteed && k == 0), rule()).as(IndPlan::new));
      }
      return Combinators.combine(Combinators.combine(parts).as(l -> l), weights(n))
          .as((inds, w) -> new DimPlan(Optional.empty(), w, List.of(), inds));
    });
    Arbitrary<DimPlan> shape = depth <= 1 ? leaf : Arbitraries.frequencyOf(
        Tuple.of(1, leaf), Tuple.of(2, Arbitraries.lazy(() -> children(depth - 1, guaranteed))));
    return Combinators.combine(condition(guaranteed), shape)
        .as((c, d) -> new DimPlan(c, d.weights(), d.dimensions(), d.indicators()));
  }

  private Arbitrary<Optional<List<String>>> condition(boolean guaranteed) {
    if (guaranteed || !config.conditions()) {
      return Arbitraries.just(Optional.empty());
    }
    Arbitrary<Optional<List<String>>> some = Arbitraries.of(TAG_VALUES).set().ofMinSize(1).ofMaxSize(2)
        .map(s -> Optional.of(TAG_VALUES.stream().filter(s::contains).toList()));
    return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Optional.empty())), Tuple.of(1, some));
  }

  /** Weights of {@code n} siblings: none (equal shares), or all of them adding up to exactly 100 %. */
  public static Arbitrary<List<BigDecimal>> weights(int n) {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())), Tuple.of(2, fractions(n)));
  }

  /** {@code n} fractions above 0 adding up to exactly 1, in whole percents or basis points. */
  public static Arbitrary<List<BigDecimal>> fractions(int n) {
    if (n == 1) {
      return Arbitraries.just(List.of(BigDecimal.ONE));
    }
    Arbitrary<Integer> places = n < 100 ? Arbitraries.of(2, 4) : Arbitraries.just(4);
    return places.flatMap(p -> {
      int whole = BigDecimal.ONE.movePointRight(p).intValueExact();
      return Arbitraries.integers().between(1, whole - 1).set().ofSize(n - 1).map(cuts -> {
        List<Integer> sorted = new ArrayList<>(cuts);
        Collections.sort(sorted);
        List<BigDecimal> out = new ArrayList<>();
        int previous = 0;
        for (int c : sorted) {
          out.add(BigDecimal.valueOf(c - previous, p));
          previous = c;
        }
        out.add(BigDecimal.valueOf(whole - previous, p));
        return out;
      });
    });
  }

  // ---- rules ------------------------------------------------------------------------------

  /** A scoring rule of any of the four kinds. */
  public static Arbitrary<ScoringRule> rule() {
    return Arbitraries.oneOf(bandRules(), levelRules(), deductionRules(), occurrenceRules()).withoutEdgeCases();
  }

  /** Band rules over durations, percents, numbers, counts and levels, without gap or overlap. */
  public static Arbitrary<ScoringRule> bandRules() {
    return Arbitraries.of(Measure.DURATION, Measure.PERCENT, Measure.NUMBER, Measure.COUNT, Measure.LEVEL)
        .flatMap(RubricGen::bandRule);
  }

  private static Arbitrary<ScoringRule> bandRule(Measure m) {
    // A TreeSet compares amounts, so 1 and 1.0 (seconds) are one cut, not an empty band between.
    Arbitrary<List<BigDecimal>> cuts = cutPoints(m).set().ofMaxSize(4)
        .map(s -> List.copyOf(new java.util.TreeSet<>(s)));
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

  // ---- building ---------------------------------------------------------------------------

  private static Rubric build(Plan plan) {
    Head h = plan.head();
    List<ScoringRule> rules = new ArrayList<>();
    plan.roots().forEach(d -> collectRules(d, rules));
    Normalization normalization = h.normalization() == Normalization.RANGE
        && rules.stream().anyMatch(r -> r.minimum().compareTo(r.maximum()) == 0)
        ? Normalization.RATIO : h.normalization();
    RubricBuilder b = Rubric.builder("generated").scale(h.scale()).precision(h.precision())
        .normalize(normalization).notApplicable(h.notApplicable()).missing(h.missing());
    List<String> gradeIds = grades(b, plan.extras(), h.scale(), h.precision());
    List<String> dimIds = new ArrayList<>();
    List<String> indIds = new ArrayList<>();
    List<ScoringRule> indRules = new ArrayList<>();
    for (int k = 0; k < plan.roots().size(); k++) {
      DimPlan d = plan.roots().get(k);
      String id = "d" + (k + 1);
      Optional<BigDecimal> w = plan.weights().isEmpty() ? Optional.empty() : Optional.of(plan.weights().get(k));
      b.dimension(id, db -> fill(db, id, d, w, dimIds, indIds, indRules));
    }
    Extras x = plan.extras();
    boolean declared = x.declareFlags() && x.flags() > 0;
    if (declared) {
      for (int f = 0; f < x.flags(); f++) {
        b.flag("f" + f, "flag " + f);
      }
    }
    for (int j = 0; j < x.vetoes().size(); j++) {
      VetoPlan v = x.vetoes().get(j);
      b.veto("v" + j, vb -> {
        if (v.onFlag()) {
          vb.whenFlag("f" + (v.flag() % (declared ? x.flags() : 2)));
        } else {
          int i = v.indicator() % indIds.size();
          BigDecimal below = indRules.get(i).maximum().multiply(BigDecimal.valueOf(v.belowPermille(), 3));
          vb.whenScoreBelow(indIds.get(i), below);
        }
        vb.score(h.scale().multiply(BigDecimal.valueOf(v.scorePermyriad(), 4))
            .setScale(h.precision(), RoundingMode.DOWN));
        if (v.grade() >= 0 && !gradeIds.isEmpty()) {
          vb.grade(gradeIds.get(v.grade() % gradeIds.size()));
        }
        if (v.scope() >= 0) {
          vb.scope(dimIds.get(v.scope() % dimIds.size()));
        }
      });
    }
    return b.build();
  }

  private static void collectRules(DimPlan d, List<ScoringRule> rules) {
    d.indicators().forEach(i -> rules.add(i.rule()));
    d.dimensions().forEach(s -> collectRules(s, rules));
  }

  /** Grades {@code g0} = [0, c1), {@code g1} = [c1, c2), ..., the last up to the scale inclusive. */
  private static List<String> grades(RubricBuilder b, Extras x, BigDecimal scale, int precision) {
    if (!x.grades()) {
      return List.of();
    }
    List<BigDecimal> cuts = x.gradeCuts().stream()
        .map(p -> scale.multiply(BigDecimal.valueOf(p, 4)).setScale(precision, RoundingMode.HALF_UP))
        .filter(c -> c.signum() > 0 && c.compareTo(scale) < 0)
        .distinct().sorted().toList();
    List<BigDecimal> distinct = new ArrayList<>();
    for (BigDecimal c : cuts) {
      if (distinct.isEmpty() || distinct.get(distinct.size() - 1).compareTo(c) != 0) {
        distinct.add(c);
      }
    }
    List<String> ids = new ArrayList<>();
    BigDecimal from = BigDecimal.ZERO;
    for (int k = 0; k <= distinct.size(); k++) {
      Interval range = k < distinct.size()
          ? new Interval(Measure.NUMBER, Bound.inclusive(from), Bound.exclusive(distinct.get(k)))
          : new Interval(Measure.NUMBER, Bound.inclusive(from), Bound.inclusive(scale));
      String id = "g" + k;
      b.grade(id, g -> g.name("grade " + id).range(range));
      ids.add(id);
      if (k < distinct.size()) {
        from = distinct.get(k);
      }
    }
    return ids;
  }

  private static void fill(DimensionBuilder db, String id, DimPlan d, Optional<BigDecimal> weight,
      List<String> dimIds, List<String> indIds, List<ScoringRule> indRules) {
    dimIds.add(id);
    weight.ifPresent(w -> db.weight(Weight.of(w)));
    d.condition().ifPresent(c -> db.appliesWhen(TAG, c.toArray(String[]::new)));
    for (int k = 0; k < d.dimensions().size(); k++) {
      DimPlan sub = d.dimensions().get(k);
      String subId = id + "-" + (k + 1);
      Optional<BigDecimal> w = d.weights().isEmpty() ? Optional.empty() : Optional.of(d.weights().get(k));
      db.dimension(subId, sb -> fill(sb, subId, sub, w, dimIds, indIds, indRules));
    }
    for (int k = 0; k < d.indicators().size(); k++) {
      IndPlan ind = d.indicators().get(k);
      String indId = id + "-i" + (k + 1);
      Optional<BigDecimal> w = d.weights().isEmpty() ? Optional.empty() : Optional.of(d.weights().get(k));
      indIds.add(indId);
      indRules.add(ind.rule());
      db.indicator(indId, ib -> {
        w.ifPresent(x -> ib.weight(Weight.of(x)));
        ind.condition().ifPresent(c -> ib.appliesWhen(TAG, c.toArray(String[]::new)));
        describe(ib, ind.rule());
      });
    }
  }

  /** Describes {@code rule} through the fluent builder, as a user would write it. */
  private static void describe(IndicatorBuilder ib, ScoringRule rule) {
    if (rule instanceof BandRule r) {
      BandsBuilder bb = ib.bands(r.measure());
      r.bands().forEach(band -> bb.band(band.score(), band.range()));
      r.outOf().ifPresent(bb::outOf);
    } else if (rule instanceof LevelRule r) {
      LevelsBuilder lb = ib.levels();
      r.levels().forEach(l -> lb.level(l.value(), l.anchor()));
    } else if (rule instanceof DeductionRule r) {
      DeductionBuilder db = ib.deduction(r.measure()).max(r.max()).target(r.target()).step(r.step())
          .deduct(r.deduct()).steps(r.counting());
      r.zero().ifPresent(db::zero);
    } else if (rule instanceof OccurrenceRule r) {
      OccurrencesBuilder ob = ib.occurrences().max(r.max()).deduct(r.deduct());
      r.zeroAt().ifPresent(ob::zeroAt);
    }
  }
}
