package org.rubric4j;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.rubric4j.internal.DecimalLongs;
import org.rubric4j.internal.Rational;

/**
 * The per-node results of an evaluation the fast path scored, in the plan's longs: every
 * indicator's contribution is {@code points × a + b} over one denominator, a dimension's
 * contribution is the sum of its indicators', and its own score the same points weighed by the
 * shares within it, over its own denominator. Those numbers depend only on which indicators
 * apply, so they are worked out once per such set ({@link Layout}, from the evaluator's own
 * {@link Evaluator#sharesWhen shares}) and kept; an evaluation then adds and multiplies longs
 * and converts each sum to a decimal once, exactly as the general path would write it.
 *
 * <p>{@link #details} gives null when a number would not fit or a case is not covered (more
 * than 63 indicators); the caller then works the details out on the general path. Both give the
 * same results, which {@code FastPathAgreementTest} and {@code FastDetailsAgreementTest} check.
 * Thread-safe: layouts are published through a concurrent map, and the caches inside them
 * (results, scores and contributions met) are filled racily, each slot with one immutable value
 * written at once, so a reader sees a whole value or an older whole value, both right.
 */
final class FastDetails {

  /** Sets of applicable indicators kept; beyond this many, further ones are worked out each time. */
  private static final int MAX_LAYOUTS = 256;

  /** The most indicators a mask of one bit each holds: the sign bit stays clear, so −1 can say "too many". */
  private static final int MAX_MASKED = 63;

  /** The result of an indicator for the value of {@code digits} at {@code scale}, kept for the next equal one. */
  private record Met(long digits, int scale, IndicatorResult result) {}

  /** A dimension's own score, rounded, and the grade of its own it falls in. */
  private record Scored(Optional<BigDecimal> score, Optional<Grade> grade) {}

  private static final DimensionResult[] NO_DIMENSIONS = new DimensionResult[0];
  private static final IndicatorResult[] NO_INDICATORS = new IndicatorResult[0];
  private static final Scored NOT_SCORED = new Scored(Optional.empty(), Optional.empty());

  private final Evaluator evaluator;
  private final Rubric rubric;
  private final int pointScale;
  private final CompiledTree.Leaf[] leaves;
  private final String[] names;
  private final String[] kinds;
  private final BigDecimal[] maxima;
  private final Measure[] measures;
  /** Per indicator, whether its values are few (levels, counts), so that equal ones often follow. */
  private final boolean[] discrete;
  /** Per indicator, the bands or levels its scorer indexes, with their texts wrapped once. */
  private final Optional<String>[][] matchedByBasis;
  private final Optional<BigDecimal>[][] pointsByBasis;
  /** The critical indicators, one bit each in the evaluator's order; 0 when none is critical. */
  private final long criticalMask;
  private final long allMask;
  private final int dimensionCount;
  private final ConcurrentHashMap<Long, Layout> layouts = new ConcurrentHashMap<>();
  /** The layout when every indicator applies, the usual case, without a map lookup; null until met. */
  private volatile Layout allApplicable;

  @SuppressWarnings("unchecked")
  FastDetails(Evaluator evaluator, Rubric rubric, List<CompiledTree.Leaf> leaves, FastScorer[] scorers,
      int pointScale) {
    this.evaluator = evaluator;
    this.rubric = rubric;
    this.pointScale = pointScale;
    int n = leaves.size();
    this.leaves = leaves.toArray(CompiledTree.Leaf[]::new);
    this.names = new String[n];
    this.kinds = new String[n];
    this.maxima = new BigDecimal[n];
    this.measures = new Measure[n];
    this.discrete = new boolean[n];
    this.matchedByBasis = new Optional[n][];
    this.pointsByBasis = new Optional[n][];
    long criticals = 0;
    for (int k = 0; k < n; k++) {
      Indicator i = this.leaves[k].indicator();
      names[k] = i.displayName();
      kinds[k] = i.rule().kind();
      maxima[k] = i.rule().maximum();
      measures[k] = i.rule().measure();
      discrete[k] = measures[k] == Measure.LEVEL || measures[k] == Measure.COUNT || measures[k] == Measure.FLAG;
      criticals |= i.critical() && k < 64 ? 1L << k : 0;
      List<FastScorer.Basis> bases = scorers[k].bases();
      matchedByBasis[k] = new Optional[bases.size()];
      pointsByBasis[k] = new Optional[bases.size()];
      for (int b = 0; b < bases.size(); b++) {
        matchedByBasis[k][b] = Optional.of(bases.get(b).matched());
        pointsByBasis[k][b] = Optional.of(bases.get(b).points());
      }
    }
    this.criticalMask = criticals;
    this.dimensionCount = (int) rubric.allDimensions().count();
    this.allMask = !masked(n) ? 0 : n == MAX_MASKED ? Long.MAX_VALUE : (1L << n) - 1;
  }

  /**
   * What one evaluation's indicators gave, in the evaluator's order, as the fast path read them.
   *
   * @param reasons why each indicator does not apply; null where it does
   * @param values the value read, where it applies; null where a band or level decided and the
   *     value is still text: then it is the quantity of {@code digits} at {@code scales}
   * @param digits the digits of the value's amount, where a band or level decided
   * @param scales the scale of those digits
   * @param points the points at the plan's point scale, where it applies
   * @param bases the index of the band or level that decided, or −1 where {@code scores} says
   * @param scores the rule's own score where no band or level table decided; null otherwise
   */
  record Answers(String[] reasons, Quantity[] values, long[] digits, int[] scales, long[] points, int[] bases,
      org.rubric4j.rule.RuleScore[] scores) {}

  /** The per-node results of {@code o} from what its indicators gave; null for the general path. */
  Evaluation.Details details(Observations o, Answers answers) {
    int n = leaves.length;
    long mask = maskOf(answers);
    Layout layout = usable(mask);
    if (layout == null) {
      return null;
    }
    try {
      long[] contribution = new long[n];
      for (int k = 0; k < n; k++) {
        if (answers.reasons()[k] == null) {
          contribution[k] = layout.numerator(k, answers.points()[k]);
        }
      }
      DimensionResult[] results = new DimensionResult[layout.roots.length];
      Map<String, String> evidenceById = o.evidence().isEmpty() ? null : o.evidence();
      long total = 0;
      for (int r = 0; r < results.length; r++) {
        results[r] = result(layout.roots[r], layout, evidenceById, answers, contribution);
        total = Math.addExact(total, sum(layout.roots[r].leaves, contribution));
      }
      Optional<CriticalScores> criticalScores = Optional.empty();
      if (criticalMask != 0) {
        Optional<BigDecimal> criticalScore = totalOver(mask & criticalMask(true), answers);
        Optional<BigDecimal> nonCriticalScore = totalOver(mask & criticalMask(false), answers);
        if (criticalScore == null || nonCriticalScore == null) {
          return null;
        }
        criticalScores = Optional.of(new CriticalScores(criticalScore, nonCriticalScore));
      }
      return new Evaluation.Details(Rational.decimal(total, layout.denominator), List.of(results), criticalScores);
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  /**
   * Every dimension's own score, depth first as {@link Rubric#allDimensions()} lists them, from
   * the points of the indicators in {@code mask} (one bit each in the evaluator's order, −1 when
   * there are too many for a long); null for the general path.
   *
   * @param points each indicator's points at the plan's point scale; read only where it applies
   */
  List<Optional<BigDecimal>> scores(long mask, long[] points) {
    Layout layout = usable(mask);
    if (layout == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Optional<BigDecimal>[] scores = new Optional[dimensionCount];
    try {
      int at = 0;
      for (Node root : layout.roots) {
        at = collectScores(root, points, scores, at);
      }
    } catch (ArithmeticException overflow) {
      return null;
    }
    return List.of(scores);
  }

  private static int collectScores(Node node, long[] points, Optional<BigDecimal>[] scores, int at) {
    scores[at++] = node.applicable ? node.scores.get(ownScore(node, points), node.scoreOf).score() : Optional.empty();
    for (Node sub : node.dimensions) {
      at = collectScores(sub, points, scores, at);
    }
    return at;
  }

  /** The numerator of {@code node}'s own score, over its denominator. */
  private static long ownScore(Node node, long[] points) {
    long own = node.constant;
    for (int j = 0; j < node.leaves.length; j++) {
      own = Math.addExact(own, Math.multiplyExact(points[node.leaves[j]], node.perPoint[j]));
    }
    return own;
  }

  /** The indicators that apply, one bit each in the evaluator's order; −1 when there are too many for a long. */
  private long maskOf(Answers answers) {
    if (!masked(leaves.length)) {
      return -1;
    }
    long mask = 0;
    for (int k = 0; k < leaves.length; k++) {
      mask |= answers.reasons()[k] == null ? 1L << k : 0;
    }
    return mask;
  }

  /** Whether the indicators of a rubric of {@code n} fit a mask of one bit each. */
  static boolean masked(int n) {
    return n <= MAX_MASKED;
  }

  /** The layout of {@code mask} when it gives results here; null for the general path. */
  private Layout usable(long mask) {
    Layout layout = mask < 0 ? null : layout(mask);
    return layout == Layout.NOTHING ? null : layout;
  }

  private long criticalMask(boolean kind) {
    return kind ? criticalMask : allMask & ~criticalMask;
  }

  /**
   * The total over the indicators in {@code mask} alone, rounded as the general path rounds a
   * critical score; empty when none of them weighs, null when a number would not fit.
   */
  private Optional<BigDecimal> totalOver(long mask, Answers answers) {
    Layout layout = layout(mask);
    if (layout == Layout.NOTHING) {
      return Optional.empty();
    }
    if (layout == null) {
      return null;
    }
    long total = 0;
    for (int k = 0; k < leaves.length; k++) {
      if ((mask & 1L << k) != 0) {
        total = Math.addExact(total, layout.numerator(k, answers.points()[k]));
      }
    }
    return Optional.of(Rational.round(total, layout.denominator, rubric.precision()));
  }

  private DimensionResult result(Node node, Layout layout, Map<String, String> evidenceById, Answers answers,
      long[] contribution) {
    DimensionResult[] subs = node.dimensions.length == 0 ? NO_DIMENSIONS : new DimensionResult[node.dimensions.length];
    for (int j = 0; j < subs.length; j++) {
      subs[j] = result(node.dimensions[j], layout, evidenceById, answers, contribution);
    }
    IndicatorResult[] indicators = node.indicators.length == 0 ? NO_INDICATORS
        : new IndicatorResult[node.indicators.length];
    for (int j = 0; j < indicators.length; j++) {
      indicators[j] = result(node.indicators[j], layout, evidenceById, answers, contribution);
    }
    long key = basesKey(node, answers);
    DimensionResult last = key < 0 ? null : node.results.get(key);
    if (last != null && holdsTheSame(last, subs, indicators)) {
      return last; // the very same results below: the same result here
    }
    Dimension dim = node.dimension;
    Scored scored = NOT_SCORED;
    BigDecimal contributed = BigDecimal.ZERO;
    if (node.applicable) {
      scored = node.scores.get(ownScore(node, answers.points()), node.scoreOf);
      contributed = node.contributions.get(sum(node.leaves, contribution), node.contributionOf);
    }
    DimensionResult made = new DimensionResult(dim.id(), dim.displayName(), node.applicable, node.weight,
        node.effective, scored.score(), contributed, scored.grade(), Optional.empty(), List.of(subs), List.of(indicators));
    if (key >= 0) {
      node.results.put(key, made);
    }
    return made;
  }

  /**
   * The bands and levels of every indicator under {@code node} as one key, or −1 when one of them
   * was not decided by a band or level or does not apply: equal keys, equal results below.
   */
  private static long basesKey(Node node, Answers answers) {
    long key = 0;
    for (int k : node.leaves) {
      int basis = answers.bases()[k];
      if (basis < 0 || answers.reasons()[k] != null || key > Long.MAX_VALUE / 2048) {
        return -1;
      }
      key = key * 1024 + basis;
    }
    return node.leaves.length == node.leafCount ? key : -1;
  }

  /** Whether {@code result} holds these very results (the same instances) below it. */
  private static boolean holdsTheSame(DimensionResult result, DimensionResult[] subs, IndicatorResult[] indicators) {
    for (int j = 0; j < subs.length; j++) {
      if (result.dimensions().get(j) != subs[j]) {
        return false;
      }
    }
    for (int j = 0; j < indicators.length; j++) {
      if (result.indicators().get(j) != indicators[j]) {
        return false;
      }
    }
    return true;
  }

  private IndicatorResult result(int k, Layout layout, Map<String, String> evidenceById, Answers answers,
      long[] contribution) {
    String id = leaves[k].indicator().id();
    Optional<String> evidence = evidenceById == null ? Optional.empty() : Optional.ofNullable(evidenceById.get(id));
    String reason = answers.reasons()[k];
    if (reason != null) {
      return new IndicatorResult(id, names[k], kinds[k], false, Optional.of(reason), Optional.empty(),
          Optional.empty(), Optional.empty(), maxima[k], BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, evidence);
    }
    int basis = answers.bases()[k];
    Optional<String> matched;
    Optional<BigDecimal> points;
    BigDecimal contributed;
    if (basis >= 0) {
      long digits = answers.digits()[k];
      int scale = answers.scales()[k];
      Met last = layout.results[k][basis];
      if (last != null && evidence.isEmpty() && last.digits == digits && last.scale == scale) {
        return last.result; // the same band or level of an equal value: the same result
      }
      Quantity value = answers.values()[k] != null ? answers.values()[k]
          : Quantity.of(measures[k], BigDecimal.valueOf(digits, scale));
      matched = matchedByBasis[k][basis];
      points = pointsByBasis[k][basis];
      contributed = layout.contribution(k, basis, contribution[k]);
      IndicatorResult made = new IndicatorResult(id, names[k], kinds[k], true, Optional.empty(), Optional.of(value),
          matched, points, maxima[k], layout.weight[k], layout.effective[k], contributed, evidence);
      if (evidence.isEmpty() && discrete[k]) {
        layout.results[k][basis] = new Met(digits, scale, made); // one write: a reader sees all of it or none
      }
      return made;
    } else {
      org.rubric4j.rule.RuleScore s = answers.scores()[k];
      matched = Optional.of(s.matched());
      points = Optional.of(s.points());
      contributed = Rational.decimal(contribution[k], layout.denominator);
    }
    return new IndicatorResult(id, names[k], kinds[k], true, Optional.empty(), Optional.of(answers.values()[k]),
        matched, points, maxima[k], layout.weight[k], layout.effective[k], contributed, evidence);
  }

  private static long sum(int[] positions, long[] values) {
    long sum = 0;
    for (int k : positions) {
      sum = Math.addExact(sum, values[k]);
    }
    return sum;
  }

  // ---- layouts: the numbers of one set of applicable indicators ------------------------------------

  private Layout layout(long mask) {
    Layout all = allApplicable;
    if (mask == allMask && all != null) {
      return all == Layout.UNSUPPORTED ? null : all;
    }
    Layout known = layouts.get(mask);
    if (known != null) {
      return known == Layout.UNSUPPORTED ? null : known;
    }
    Layout made = compile(mask);
    if (mask == allMask) {
      allApplicable = made == null ? Layout.UNSUPPORTED : made;
    }
    if (layouts.size() < MAX_LAYOUTS) {
      layouts.putIfAbsent(mask, made == null ? Layout.UNSUPPORTED : made);
    }
    return made;
  }

  /** The layout of {@code mask}, {@link Layout#NOTHING} when nothing weighs, or null when a number does not fit. */
  private Layout compile(long mask) {
    int n = leaves.length;
    boolean[] applies = new boolean[n];
    for (int k = 0; k < n; k++) {
      applies[k] = (mask & 1L << k) != 0;
    }
    List<Evaluator.DimensionShares> shares = evaluator.sharesWhen(applies);
    if (shares == null) {
      return Layout.NOTHING;
    }
    Rational scale = Rational.of(rubric.scale());
    Rational perScaledPoint = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(pointScale));
    // Each applicable indicator: points × perPoint + constant is its contribution (scale included).
    Rational[] perPoint = new Rational[n];
    Rational[] constant = new Rational[n];
    BigDecimal[] weight = new BigDecimal[n];
    BigDecimal[] effective = new BigDecimal[n];
    java.util.Arrays.fill(weight, BigDecimal.ZERO);
    java.util.Arrays.fill(effective, BigDecimal.ZERO);
    collectLeaves(shares, applies, scale, perScaledPoint, perPoint, constant, weight, effective);
    try {
      BigInteger common = BigInteger.ONE;
      for (int k = 0; k < n; k++) {
        if (applies[k]) {
          common = FastPlan.lcm(FastPlan.lcm(common, perPoint[k].denominator()), constant[k].denominator());
        }
      }
      Rational up = Rational.of(common, BigInteger.ONE);
      long[] a = new long[n];
      long[] b = new long[n];
      for (int k = 0; k < n; k++) {
        if (applies[k]) {
          a[k] = FastPlan.whole(perPoint[k].multiply(up));
          b[k] = FastPlan.whole(constant[k].multiply(up));
        }
      }
      long denominator = common.longValueExact();
      Node[] roots = new Node[shares.size()];
      for (int k = 0; k < roots.length; k++) {
        roots[k] = node(shares.get(k), applies, scale, perScaledPoint, denominator);
      }
      return new Layout(denominator, a, b, weight, effective, roots, maxBases());
    } catch (ArithmeticException tooLarge) {
      return null;
    }
  }

  private int[] maxBases() {
    int[] sizes = new int[leaves.length];
    for (int k = 0; k < sizes.length; k++) {
      sizes[k] = matchedByBasis[k].length;
    }
    return sizes;
  }

  private void collectLeaves(List<Evaluator.DimensionShares> shares, boolean[] applies, Rational scale,
      Rational perScaledPoint, Rational[] perPoint, Rational[] constant, BigDecimal[] weight, BigDecimal[] effective) {
    for (Evaluator.DimensionShares d : shares) {
      collectLeaves(d.dimensions(), applies, scale, perScaledPoint, perPoint, constant, weight, effective);
      List<CompiledTree.Leaf> own = d.node().indicators();
      for (int j = 0; j < own.size(); j++) {
        CompiledTree.Leaf leaf = own.get(j);
        int k = leaf.index();
        if (applies[k]) {
          Rational eff = d.indicatorEffective().get(j);
          Rational perOwnPoint = eff.multiply(scale).divide(leaf.width());
          perPoint[k] = perOwnPoint.multiply(perScaledPoint);
          constant[k] = perOwnPoint.multiply(leaf.min()).negate();
          weight[k] = d.indicatorWeights().get(j).toBigDecimal();
          effective[k] = eff.toBigDecimal();
        }
      }
    }
  }

  /** The compiled dimension of {@code d}: its own score weighs the indicators under it by the shares within it. */
  private Node node(Evaluator.DimensionShares d, boolean[] applies, Rational scale, Rational perScaledPoint,
      long layoutDenominator) {
    Node[] subs = new Node[d.dimensions().size()];
    for (int j = 0; j < subs.length; j++) {
      subs[j] = node(d.dimensions().get(j), applies, scale, perScaledPoint, layoutDenominator);
    }
    int[] own = d.node().indicators().stream().mapToInt(CompiledTree.Leaf::index).toArray();
    List<Integer> under = new ArrayList<>();
    List<Rational> within = new ArrayList<>();
    collectWithin(d, Rational.ONE, applies, under, within);
    Rational constant = Rational.ZERO;
    Rational[] perPoint = new Rational[under.size()];
    BigInteger common = BigInteger.ONE;
    for (int j = 0; j < under.size(); j++) {
      CompiledTree.Leaf leaf = leaves[under.get(j)];
      Rational perOwnPoint = within.get(j).multiply(scale).divide(leaf.width());
      perPoint[j] = perOwnPoint.multiply(perScaledPoint);
      constant = constant.subtract(perOwnPoint.multiply(leaf.min()));
      common = FastPlan.lcm(common, perPoint[j].denominator());
    }
    common = FastPlan.lcm(common, constant.denominator());
    Rational up = Rational.of(common, BigInteger.ONE);
    long[] g = new long[perPoint.length];
    for (int j = 0; j < g.length; j++) {
      g[j] = FastPlan.whole(perPoint[j].multiply(up));
    }
    return new Node(d.node().dimension(), d.applicable(), d.weight().toBigDecimal(), d.effective().toBigDecimal(),
        subs, own, under.stream().mapToInt(Integer::intValue).toArray(), countLeaves(d), g,
        FastPlan.whole(constant.multiply(up)),
        common.longValueExact(), layoutDenominator, rubric.precision());
  }

  private static int countLeaves(Evaluator.DimensionShares d) {
    int count = d.node().indicators().size();
    for (Evaluator.DimensionShares sub : d.dimensions()) {
      count += countLeaves(sub);
    }
    return count;
  }

  /** The applicable indicators under {@code d} with the product of the shares from {@code d} down to each. */
  private static void collectWithin(Evaluator.DimensionShares d, Rational above, boolean[] applies,
      List<Integer> under, List<Rational> within) {
    List<CompiledTree.Leaf> own = d.node().indicators();
    for (int j = 0; j < own.size(); j++) {
      if (applies[own.get(j).index()]) {
        under.add(own.get(j).index());
        within.add(above.multiply(d.indicatorWeights().get(j)));
      }
    }
    for (Evaluator.DimensionShares sub : d.dimensions()) {
      collectWithin(sub, above.multiply(sub.weight()), applies, under, within);
    }
  }

  /**
   * A dimension in one layout: its shares as written, its children, and its own score as
   * {@code (constant + Σ points × perPoint) / denominator} over {@code leaves}, the applicable
   * indicators under it (sub-dimensions' included); its contribution sums theirs over the
   * layout's denominator. Scores and contributions met are kept, by their numerators.
   */
  private static final class Node {
    final Dimension dimension;
    final boolean applicable;
    final BigDecimal weight;
    final BigDecimal effective;
    final Node[] dimensions;
    final int[] indicators;
    final int[] leaves;
    final long[] perPoint;
    final long constant;
    final LongKeyedCache<Scored> scores = new LongKeyedCache<>();
    final LongFunction<Scored> scoreOf;
    final LongKeyedCache<BigDecimal> contributions = new LongKeyedCache<>();
    final LongFunction<BigDecimal> contributionOf;
    /** Results made here by the bands and levels below; reused when the results below are the same instances. */
    final LongKeyedCache<DimensionResult> results = new LongKeyedCache<>();
    /** How many indicators are under this dimension, applicable or not. */
    final int leafCount;

    Node(Dimension dimension, boolean applicable, BigDecimal weight, BigDecimal effective, Node[] dimensions,
        int[] indicators, int[] leaves, int leafCount, long[] perPoint, long constant, long denominator,
        long layoutDenominator, int precision) {
      this.dimension = dimension;
      this.applicable = applicable;
      this.weight = weight;
      this.effective = effective;
      this.dimensions = dimensions;
      this.indicators = indicators;
      this.leaves = leaves;
      this.perPoint = perPoint;
      this.constant = constant;
      this.leafCount = leafCount;
      this.scoreOf = numerator -> {
        BigDecimal rounded = Rational.round(numerator, denominator, precision);
        for (Grade g : dimension.grades()) {
          if (g.range().contains(rounded)) {
            return new Scored(Optional.of(rounded), Optional.of(g));
          }
        }
        return new Scored(Optional.of(rounded), Optional.empty());
      };
      this.contributionOf = sum -> Rational.decimal(sum, layoutDenominator);
    }
  }

  /**
   * The numbers of one set of applicable indicators: each one's contribution is
   * {@code (points × perPoint + constant) / denominator}; its shares as written; the dimensions.
   * The contribution of each band or level is converted once and kept.
   */
  private static final class Layout {
    /** Nothing weighs: the general path says why. */
    static final Layout NOTHING = new Layout(1, new long[0], new long[0], new BigDecimal[0], new BigDecimal[0],
        new Node[0], new int[0]);
    /** A number did not fit: kept so that the set is not compiled again. */
    static final Layout UNSUPPORTED = new Layout(1, new long[0], new long[0], new BigDecimal[0], new BigDecimal[0],
        new Node[0], new int[0]);

    final long denominator;
    final long[] perPoint;
    final long[] constant;
    final BigDecimal[] weight;
    final BigDecimal[] effective;
    final Node[] roots;
    /** Per indicator and band or level, its contribution once converted; filled as met. */
    private final BigDecimal[][] contributions;
    /** Per indicator and band or level, the last result made without evidence; filled as met. */
    final Met[][] results;

    Layout(long denominator, long[] perPoint, long[] constant, BigDecimal[] weight, BigDecimal[] effective,
        Node[] roots, int[] bases) {
      this.denominator = denominator;
      this.perPoint = perPoint;
      this.constant = constant;
      this.weight = weight;
      this.effective = effective;
      this.roots = roots;
      this.contributions = new BigDecimal[bases.length][];
      this.results = new Met[bases.length][];
      for (int k = 0; k < bases.length; k++) {
        contributions[k] = new BigDecimal[bases[k]];
        results[k] = new Met[bases[k]];
      }
    }

    /** The numerator, over {@link #denominator}, of what indicator {@code k} contributes at {@code points}. */
    long numerator(int k, long points) {
      return Math.addExact(Math.multiplyExact(points, perPoint[k]), constant[k]);
    }

    /** The contribution {@code numerator} of indicator {@code k} at band or level {@code basis}, as a decimal. */
    BigDecimal contribution(int k, int basis, long numerator) {
      BigDecimal known = contributions[k][basis];
      if (known == null) {
        known = Rational.decimal(numerator, denominator);
        contributions[k][basis] = known; // a BigDecimal is immutable: a racing write stores an equal one
      }
      return known;
    }
  }
}
