package org.rubric4j;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.internal.DecimalLongs;
import org.rubric4j.internal.Rational;
import org.rubric4j.rule.Band;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.DeductionRule;
import org.rubric4j.rule.OccurrenceRule;
import org.rubric4j.rule.ScoringRule;


/**
 * The evaluator's fast path, compiled once per rubric: for observations where nothing is
 * unknown or unreadable and no veto on a score or on one dimension fires (rubric-wide vetoes
 * on flags are applied here), the total is, when every indicator applies,
 * Σ points × coefficient + offset over one common denominator, in longs, rounded half-up
 * once, so an evaluation does no map lookups when the values come in the rubric's order, no
 * rational arithmetic, and allocates little beyond the {@link Evaluation} itself; when some
 * do not apply (n/a, missing under {@code missing: not-applicable}, {@code appliesWhen}),
 * {@link FastTree} weights the applicable ones again in fractions of longs.
 *
 * <p>{@link #evaluate} returns null for anything else (a missing value under
 * {@code missing: error}, n/a under {@code notApplicable: forbid}, an unreadable value, an
 * unknown id, a veto on a score or on one dimension that fires, a number that does not
 * fit), and the evaluator takes the general path on exact rationals, which also names every
 * problem. Both paths give the same
 * evaluation; the per-node details of a fast evaluation are worked out by the general path
 * on first use. Stateless after construction, so safe to share across threads.
 */
final class FastPlan {

  /** Beyond this many decimals in points the longs would overflow too soon to be worth it. */
  private static final int MAX_POINT_SCALE = 9;

  private final Evaluator evaluator;
  private final Rubric rubric;
  /** For observations where some indicators do not apply; null when its numbers do not fit. */
  private final FastTree tree;
  private final boolean missingIsNotApplicable;
  /** Per indicator, whether an n/a drops out (redistribute); any other policy takes the general path. */
  private final boolean[] notApplicableDrops;
  private final String[] ids;
  private final Measure[] measures;
  /** Per indicator, the shape ({@link Observations#orderedShapes()}) of its measure at scale 0. */
  private final int[] shapeOfMeasure;
  /** Per indicator, whether its measure reads a text of digits as that whole number. */
  private final boolean[] readsPlainWhole;
  private final FastScorer[] scorers;
  private final Condition[][] conditions;
  private final long[] vetoBelow;
  /** Per indicator, the answers (points at the point scale) on which a veto fires: the general path decides then. */
  private final long[][] vetoAnswers;
  private final long[] coefficients;
  private final long offset;
  private final long denominator;
  private final long roundingFactor;
  private final Set<String> knownIds;
  private final String[] knownFlags;
  /** The rubric's vetoes on flags in declared order, each with its flag, total and grade. */
  private final Veto[] flagVetoes;
  private final String[] flagVetoFlags;
  private final BigDecimal[] flagVetoTotals;
  private final List<Optional<Grade>> flagVetoGrades;
  private final boolean conditional;
  private final int pointScale;
  private final ScoringRule[] rules;
  private final List<CompiledTree.Leaf> leaves;
  /** Made on first use: a rubric whose per-node results are never read does not pay for it. */
  private volatile FastDetails details;
  /** Per indicator and condition on its way, the reason the general path gives when it fails. */
  private final String[][] conditionReasons;
  /** The grades' ranges at the rubric's precision, or null when a bound has more decimals. */
  private final ScaledRange[] gradeRanges;

  private FastPlan(Evaluator evaluator, Rubric rubric, List<CompiledTree.Leaf> leaves,
      List<List<Condition>> conditions, FastScorer[] scorers, long[] vetoBelow, long[][] vetoAnswers,
      long[] coefficients, long offset, long denominator, FastTree tree, int pointScale) {
    List<Indicator> indicators = leaves.stream().map(CompiledTree.Leaf::indicator).toList();
    this.evaluator = evaluator;
    this.pointScale = pointScale;
    this.rules = indicators.stream().map(Indicator::rule).toArray(ScoringRule[]::new);
    this.leaves = leaves;
    this.conditionReasons = conditions.stream()
        .map(c -> c.stream().map(Evaluator::conditionReason).toArray(String[]::new)).toArray(String[][]::new);
    this.tree = tree;
    this.missingIsNotApplicable = rubric.missingPolicy() != MissingPolicy.ERROR;
    this.notApplicableDrops = new boolean[indicators.size()];
    for (int k = 0; k < indicators.size(); k++) {
      notApplicableDrops[k] = rubric.notApplicablePolicyOf(indicators.get(k)) == NotApplicablePolicy.REDISTRIBUTE;
    }
    this.rubric = rubric;
    int n = indicators.size();
    this.ids = indicators.stream().map(Indicator::id).toArray(String[]::new);
    this.measures = indicators.stream().map(i -> i.rule().measure()).toArray(Measure[]::new);
    this.shapeOfMeasure = java.util.Arrays.stream(measures).mapToInt(m -> m.ordinal() << 5).toArray();
    this.readsPlainWhole = new boolean[n];
    for (int k = 0; k < n; k++) {
      readsPlainWhole[k] = measures[k] == Measure.LEVEL || measures[k] == Measure.COUNT
          || measures[k] == Measure.NUMBER;
    }
    this.scorers = scorers;
    this.conditions = new Condition[n][];
    for (int k = 0; k < n; k++) {
      this.conditions[k] = conditions.get(k).toArray(Condition[]::new);
    }
    this.vetoBelow = vetoBelow;
    this.vetoAnswers = vetoAnswers;
    this.coefficients = coefficients;
    this.offset = offset;
    this.denominator = denominator;
    this.roundingFactor = DecimalLongs.tenTo(rubric.precision());
    this.knownIds = Set.of(ids);
    this.knownFlags = rubric.flagIds().toArray(String[]::new);
    this.flagVetoes = rubric.vetoes().stream().filter(v -> v.trigger() instanceof Veto.OnFlag)
        .toArray(Veto[]::new);
    this.flagVetoFlags = java.util.Arrays.stream(flagVetoes).map(v -> ((Veto.OnFlag) v.trigger()).flag())
        .toArray(String[]::new);
    this.flagVetoTotals = java.util.Arrays.stream(flagVetoes)
        .map(v -> v.score().setScale(rubric.precision(), java.math.RoundingMode.HALF_UP))
        .toArray(BigDecimal[]::new);
    this.flagVetoGrades = java.util.Arrays.stream(flagVetoes).map(evaluator::gradeOf).toList();
    this.conditional = conditions.stream().anyMatch(c -> !c.isEmpty());
    ScaledRange[] ranges = rubric.grades().stream()
        .map(g -> ScaledRange.scaleOf(g.range()) <= rubric.precision()
            ? ScaledRange.of(g.range(), rubric.precision()) : null)
        .toArray(ScaledRange[]::new);
    this.gradeRanges = java.util.Arrays.stream(ranges).allMatch(java.util.Objects::nonNull) ? ranges : null;
  }

  /**
   * The plan for {@code rubric}, or null when its numbers do not fit in longs.
   *
   * @param indicators the indicators in the evaluator's order
   * @param conditions per indicator, the conditions of its dimensions and its own
   * @param coefficient per indicator, what one point adds to the total when all apply
   * @param offset what the total would be with every indicator at 0 points
   */
  static FastPlan of(Evaluator evaluator, Rubric rubric, List<CompiledTree.Leaf> leaves,
      List<List<Condition>> conditions, Rational[] coefficient, Rational offset,
      java.util.function.IntFunction<FastTree> treeAtPointScale) {
    List<Indicator> indicators = leaves.stream().map(CompiledTree.Leaf::indicator).toList();
    int n = indicators.size();
    int pointScale = pointScale(rubric, indicators);
    if (pointScale > MAX_POINT_SCALE || rubric.precision() > 18) {
      return null;
    }
    FastScorer[] scorers = new FastScorer[n];
    long[] vetoBelow = new long[n];
    java.util.Arrays.fill(vetoBelow, Long.MIN_VALUE);
    long[][] vetoAnswers = new long[n][];
    java.util.Arrays.fill(vetoAnswers, new long[0]);
    for (int k = 0; k < n; k++) {
      scorers[k] = FastScorer.of(indicators.get(k).rule(), pointScale);
    }
    for (Veto v : rubric.vetoes()) {
      if (v.trigger() instanceof Veto.OnScoreBelow s) {
        int k = evaluator.indexOf(s.indicator());
        long below = DecimalLongs.scaled(s.below(), pointScale);
        if (below == FastScorer.NONE) {
          return null;
        }
        vetoBelow[k] = Math.max(vetoBelow[k], below);
      } else if (v.trigger() instanceof Veto.OnAnswer answer) {
        int k = evaluator.indexOf(answer.indicator());
        long[] more = new long[answer.in().size()];
        for (int j = 0; j < more.length; j++) {
          more[j] = DecimalLongs.scaled(answer.in().get(j), pointScale);
          if (more[j] == FastScorer.NONE) {
            return null;
          }
        }
        long[] before = vetoAnswers[k];
        long[] all = java.util.Arrays.copyOf(before, before.length + more.length);
        System.arraycopy(more, 0, all, before.length, more.length);
        vetoAnswers[k] = all;
      }
    }
    // One denominator for the coefficients per scaled point and the offset.
    Rational perScaledPoint = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(pointScale));
    Rational[] perPoint = new Rational[n];
    BigInteger common = offset.denominator();
    for (int k = 0; k < n; k++) {
      perPoint[k] = coefficient[k].multiply(perScaledPoint);
      common = lcm(common, perPoint[k].denominator());
    }
    Rational up = Rational.of(common, BigInteger.ONE);
    try {
      long[] a = new long[n];
      for (int k = 0; k < n; k++) {
        a[k] = whole(perPoint[k].multiply(up));
      }
      return new FastPlan(evaluator, rubric, leaves, conditions, scorers, vetoBelow, vetoAnswers, a,
          whole(offset.multiply(up)), common.longValueExact(), treeAtPointScale.apply(pointScale), pointScale);
    } catch (ArithmeticException tooLarge) {
      return null;
    }
  }

  /** The most decimals any points or veto threshold of the rubric can have. */
  private static int pointScale(Rubric rubric, List<Indicator> indicators) {
    int scale = 0;
    for (Indicator i : indicators) {
      ScoringRule rule = i.rule();
      if (rule instanceof BandRule b) {
        for (Band band : b.bands()) {
          scale = Math.max(scale, band.score().scale());
        }
      } else if (rule instanceof DeductionRule d) {
        scale = Math.max(scale, Math.max(d.max().scale(), d.deduct().scale()));
      } else if (rule instanceof OccurrenceRule o) {
        scale = Math.max(scale, Math.max(o.max().scale(), o.deduct().scale()));
      }
    }
    for (Veto v : rubric.vetoes()) {
      if (v.trigger() instanceof Veto.OnScoreBelow s) {
        scale = Math.max(scale, s.below().stripTrailingZeros().scale());
      }
      if (v.trigger() instanceof Veto.OnAnswer answer) {
        for (BigDecimal x : answer.in()) {
          scale = Math.max(scale, x.stripTrailingZeros().scale());
        }
      }
    }
    return Math.max(scale, 0);
  }

  /** {@code r} as a long; it must be whole and fit. */
  static long whole(Rational r) {
    if (!r.isInteger()) {
      throw new IllegalStateException("not a whole number: " + r);
    }
    return r.numerator().longValueExact();
  }

  /** The least common multiple of two positive numbers. */
  static BigInteger lcm(BigInteger a, BigInteger b) {
    return a.divide(a.gcd(b)).multiply(b);
  }

  /** The evaluation of {@code o}, or null when it needs the general path. */
  Evaluation evaluate(Observations o) {
    String[] givenIds = o.orderedValueIds();
    int n = ids.length;
    if (givenIds.length > n || !knownOnly(o.evidence(), knownIds) || !flagsKnown(o.orderedFlagIds())) {
      return null; // more values than indicators: some id is unknown
    }
    long numerator = offset;
    long[] partial = null; // each indicator's points once one does not apply
    int found = 0;
    try {
      for (int k = 0; k < n; k++) {
        boolean inPlace = inPlace(givenIds, k);
        // In place, the value is there (values are never null); otherwise it is looked up by id.
        Value value = inPlace ? null : o.values().get(ids[k]);
        found += inPlace || value != null ? 1 : 0;
        long points = pointsOf(o, k, value, inPlace);
        if (points == FastScorer.NONE) {
          return null;
        }
        if (points == NOT_APPLICABLE && partial == null) {
          partial = new long[n];
          for (int j = 0; j < k; j++) {
            boolean before = inPlace(givenIds, j);
            // Indicators before this one applied, and score the same again.
            partial[j] = pointsOf(o, j, before ? null : o.values().get(ids[j]), before);
          }
        }
        if (partial != null) {
          partial[k] = points;
        } else {
          numerator = Math.addExact(numerator, Math.multiplyExact(points, coefficients[k]));
        }
      }
    } catch (ArithmeticException overflow) {
      return null;
    }
    if (found != givenIds.length) {
      return null; // a value for an indicator the rubric does not have
    }
    long rounded = partial == null ? round(numerator)
        : tree == null ? FastScorer.NONE : tree.total(partial);
    if (rounded == FastScorer.NONE) {
      return null;
    }
    BigDecimal raw = BigDecimal.valueOf(rounded, rubric.precision());
    List<FiredVeto> fired = firedFlagVetoes(o);
    if (fired == null) {
      return null;
    }
    BigDecimal total = raw;
    Optional<Grade> grade;
    if (fired.isEmpty()) {
      grade = grade(rounded, raw);
    } else {
      // As the general path: the lowest-scoring veto decides, the first of equals.
      int decisive = -1;
      for (int v = 0; v < flagVetoes.length; v++) {
        if (isSet(o, flagVetoFlags[v]) && (decisive < 0
            || flagVetoes[v].score().compareTo(flagVetoes[decisive].score()) < 0)) {
          decisive = v;
        }
      }
      total = flagVetoTotals[decisive];
      grade = flagVetoGrades.get(decisive);
    }
    return new Evaluation(rubric, o, total, raw, grade, fired, new Evaluation.Deferred() {
      @Override
      public Evaluation.Details get() {
        return details(o);
      }

      @Override
      public List<Optional<BigDecimal>> dimensionScoresOrNull() {
        return FastPlan.this.dimensionScoresOrNull(o);
      }
    });
  }

  /**
   * The dimensions' scores of {@code o} from the plan's longs, without the per-node results;
   * null for those. Only the points are needed, so each indicator is scored again as
   * {@link #evaluate} scored it, without what {@link #answersOrNull} keeps for the results.
   */
  private List<Optional<BigDecimal>> dimensionScoresOrNull(Observations o) {
    int n = ids.length;
    if (!FastDetails.masked(n)) {
      return null; // the layouts' masks hold one bit per indicator
    }
    String[] givenIds = o.orderedValueIds();
    long[] points = new long[n];
    long mask = 0;
    for (int k = 0; k < n; k++) {
      boolean inPlace = inPlace(givenIds, k);
      long scored = pointsOf(o, k, inPlace ? null : o.values().get(ids[k]), inPlace);
      if (scored == FastScorer.NONE) {
        return null; // not when the fast path scored it
      }
      if (scored != NOT_APPLICABLE) {
        points[k] = scored;
        mask |= 1L << k;
      }
    }
    return details().scores(mask, points);
  }

  /**
   * The per-node results of {@code o}, which {@link #evaluate} scored: each indicator read again
   * (its band or level, or its rule's own score) and the results built in longs by
   * {@link FastDetails}; on the general path where those cannot tell.
   */
  private Evaluation.Details details(Observations o) {
    Evaluation.Details worked = detailsOrNull(o);
    return worked != null ? worked : evaluator.general(o).details();
  }

  /** {@link #details} worked out in longs, or null where they take the general path; for tests too. */
  Evaluation.Details detailsOrNull(Observations o) {
    FastDetails.Answers answers = answersOrNull(o);
    return answers == null ? null : details().details(o, answers);
  }

  private FastDetails details() {
    FastDetails made = details;
    if (made == null) {
      made = new FastDetails(evaluator, rubric, leaves, scorers, pointScale);
      details = made; // a race makes an equal one twice
    }
    return made;
  }

  /** What each indicator of {@code o} gave, read as {@link #evaluate} read it; null where that cannot tell. */
  private FastDetails.Answers answersOrNull(Observations o) {
    int n = ids.length;
    String[] givenIds = o.orderedValueIds();
    String[] reasons = new String[n];
    Quantity[] values = new Quantity[n];
    long[] points = new long[n];
    int[] bases = new int[n];
    long[] digits = new long[n];
    int[] scales = new int[n];
    org.rubric4j.rule.RuleScore[] scores = null;
    for (int k = 0; k < n; k++) {
      String failed = conditional ? failedCondition(k, o.tags()) : null;
      boolean inPlace = inPlace(givenIds, k);
      Value value = inPlace ? o.orderedValues()[k] : o.values().get(ids[k]);
      if (failed != null) {
        reasons[k] = failed;
      } else if (value == null && missingIsNotApplicable) {
        reasons[k] = Evaluator.NO_VALUE;
      } else if (value instanceof Value.NotApplicable && notApplicableDrops[k]) {
        reasons[k] = Evaluator.NOT_APPLICABLE;
      } else if (value == null || value instanceof Value.NotApplicable) {
        return null; // not when the fast path scored it
      } else {
        // As evaluate reads it: the digits beside the value when they fit, else the value itself.
        int shape = inPlace ? o.orderedShapes()[k] : -1;
        int basis = digitsFit(k, shape) ? scorers[k].basis(o.orderedDigits()[k], shape & 31) : -1;
        if (basis >= 0) {
          digits[k] = o.orderedDigits()[k];
          scales[k] = shape & 31;
          values[k] = value instanceof Quantity given ? given : null; // made from the digits when needed
        } else {
          Quantity q = quantity(value, measures[k]);
          if (q == null) {
            return null; // not when the fast path scored it
          }
          values[k] = q;
          digits[k] = DecimalLongs.unscaled(q.amount());
          scales[k] = q.amount().scale();
          basis = digits[k] == FastScorer.NONE || scales[k] > 18 ? -1 : scorers[k].basis(digits[k], scales[k]);
        }
        bases[k] = basis;
        if (basis >= 0) {
          points[k] = scorers[k].bases().get(basis).scaledPoints();
        } else {
          scores = scores != null ? scores : new org.rubric4j.rule.RuleScore[n];
          scores[k] = rules[k].score(values[k]);
          points[k] = DecimalLongs.scaled(scores[k].points(), pointScale);
          if (points[k] == FastScorer.NONE) {
            return null;
          }
        }
      }
    }
    return new FastDetails.Answers(reasons, values, digits, scales, points, bases, scores);
  }

  /** The reason indicator {@code k} does not apply by the tags, as the general path words it; null when it applies. */
  private String failedCondition(int k, Map<String, String> tags) {
    Condition[] on = conditions[k];
    for (int c = 0; c < on.length; c++) {
      if (!on[c].test(tags)) {
        return conditionReasons[k][c];
      }
    }
    return null;
  }

  /** Whether every flag given is one the rubric declares. */
  private boolean flagsKnown(String[] given) {
    for (String flag : given) {
      if (indexOf(knownFlags, flag) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The flag vetoes that fire, in declared order, as the general path words them; null when
   * one is scoped to a dimension or keeps the score, which only the general path works out.
   */
  private List<FiredVeto> firedFlagVetoes(Observations o) {
    if (o.orderedFlagIds().length == 0) {
      return List.of();
    }
    List<FiredVeto> fired = null;
    for (int v = 0; v < flagVetoes.length; v++) {
      if (isSet(o, flagVetoFlags[v])) {
        if (flagVetoes[v].scope().isPresent() || flagVetoes[v].keepsScore()) {
          return null; // a scoped veto, or one that keeps the score, is worked out on the general path
        }
        if (fired == null) {
          fired = new java.util.ArrayList<>(2);
        }
        fired.add(new FiredVeto(flagVetoes[v], "flag " + flagVetoFlags[v] + " is true"));
      }
    }
    return fired == null ? List.of() : List.copyOf(fired);
  }

  private static boolean isSet(Observations o, String flag) {
    int k = indexOf(o.orderedFlagIds(), flag);
    return k >= 0 && o.orderedFlagValues()[k];
  }

  /** The position of {@code id} in {@code ids}, or −1; for the handful of flags a rubric has. */
  private static int indexOf(String[] ids, String id) {
    for (int k = 0; k < ids.length; k++) {
      if (ids[k] == id || ids[k].equals(id)) {
        return k;
      }
    }
    return -1;
  }

  private Optional<Grade> grade(long rounded, BigDecimal total) {
    if (gradeRanges == null || rounded > Long.MAX_VALUE / 2) {
      return evaluator.gradeOf(total); // the key 2 × rounded would not fit
    }
    for (int g = 0; g < gradeRanges.length; g++) {
      if (gradeRanges[g].contains(2 * rounded)) {
        return evaluator.gradeAt(g);
      }
    }
    return Optional.empty();
  }

  /** Indicator {@code k} does not apply (FastTree's mark as well). */
  static final long NOT_APPLICABLE = FastTree.NOT_APPLICABLE;

  /** Whether the value at position {@code k} is indicator {@code k}'s: ids given in the rubric's order. */
  private boolean inPlace(String[] givenIds, int k) {
    String given = k < givenIds.length ? givenIds[k] : null;
    return given == ids[k] || (given != null && given.equals(ids[k]));
  }

  /**
   * Indicator {@code k}'s points at the point scale (its value in place, or {@code byId}),
   * {@link #NOT_APPLICABLE}, or {@link FastScorer#NONE} for the general path: unreadable, in
   * no band, a veto on the score fires, missing under {@code missing: error}, n/a under any
   * policy but {@code redistribute} (forbidden, or counted as full marks or zero).
   */
  private long pointsOf(Observations o, int k, Value byId, boolean inPlace) {
    if (conditional && failedCondition(k, o.tags()) != null) {
      return NOT_APPLICABLE;
    }
    // The usual case reads the amount's digits beside the value, without touching the value.
    int shape = inPlace ? o.orderedShapes()[k] : -1;
    long points = digitsFit(k, shape) ? scorers[k].points(o.orderedDigits()[k], shape & 31) : FastScorer.NONE;
    if (points == FastScorer.NONE) {
      points = pointsOfValue(k, inPlace ? o.orderedValues()[k] : byId);
    }
    if (points == NOT_APPLICABLE) {
      return points;
    }
    if (points < vetoBelow[k]) {
      return FastScorer.NONE;
    }
    for (long answer : vetoAnswers[k]) {
      if (points == answer) {
        return FastScorer.NONE;
      }
    }
    return points;
  }

  /**
   * Whether indicator {@code k} reads the digits held beside its value, of {@code shape}
   * ({@link Observations#orderedShapes()}, −1 for none): a quantity of its measure, or a plain
   * whole number where its measure reads one.
   */
  private boolean digitsFit(int k, int shape) {
    return shape >= 0 && ((shape & ~31) == shapeOfMeasure[k] || (shape == Observations.PLAIN_WHOLE && readsPlainWhole[k]));
  }

  /** {@link #pointsOf} for a value not held as digits: absent, n/a, text, or beyond a long. */
  private long pointsOfValue(int k, Value value) {
    if (value == null || value instanceof Value.NotApplicable) {
      boolean allowed = value == null ? missingIsNotApplicable : notApplicableDrops[k];
      return allowed ? NOT_APPLICABLE : FastScorer.NONE;
    }
    Quantity q = quantity(value, measures[k]);
    return q == null ? FastScorer.NONE : scorers[k].points(q);
  }

  private static Quantity quantity(Value value, Measure measure) {
    Quantity q;
    if (value instanceof Quantity given) {
      q = given;
    } else if (value instanceof Value.Text || value instanceof Value.Whole) {
      try {
        q = value instanceof Value.Text text ? text.readAs(measure) : ((Value.Whole) value).readAs(measure);
      } catch (InvalidValueException unreadable) {
        return null;
      }
    } else {
      return null; // absent or n/a
    }
    return q.measure() == measure ? q : null;
  }

  private static boolean knownOnly(Map<String, ?> map, Set<String> known) {
    if (map.isEmpty()) {
      return true;
    }
    for (String key : map.keySet()) {
      if (!known.contains(key)) {
        return false;
      }
    }
    return true;
  }

  /**
   * numerator / denominator rounded half-up to the rubric's precision, as digits at that
   * scale; {@link FastScorer#NONE} when negative or too large.
   */
  private long round(long numerator) {
    if (numerator < 0) {
      return FastScorer.NONE; // half-up on longs below is for non-negative numbers only
    }
    try {
      long scaled = Math.multiplyExact(numerator, roundingFactor);
      long quotient = scaled / denominator;
      long remainder = scaled % denominator;
      if (remainder >= denominator - remainder) {
        quotient++;
      }
      return quotient;
    } catch (ArithmeticException overflow) {
      return FastScorer.NONE;
    }
  }

  @Override
  public String toString() {
    return "FastPlan[" + rubric.id() + ", " + ids.length + " indicators, denominator " + denominator + "]";
  }
}
