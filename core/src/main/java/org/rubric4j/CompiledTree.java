package org.rubric4j;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rubric4j.internal.Rational;
import org.rubric4j.internal.Shares;

/**
 * A rubric's tree compiled for evaluation: the indicators in depth-first order, each with its
 * position and the numbers that normalise its points, every node's static sibling shares, the
 * conditions each indicator inherits, and from these the {@link FastPlan}'s coefficients and
 * its integer tree for the cases where some indicators do not apply. Built once per rubric by
 * {@link Evaluator}; immutable after construction.
 */
final class CompiledTree {

  private final Rubric rubric;
  private final Rational scale;
  private final List<Node> roots;
  private final List<Rational> rootShares;
  private final List<Leaf> leaves = new ArrayList<>();
  private final Map<String, Integer> leafIndex = new HashMap<>();
  private final List<List<Condition>> leafConditions = new ArrayList<>();

  CompiledTree(Rubric rubric) {
    this.rubric = rubric;
    this.scale = Rational.of(rubric.scale());
    this.roots = rubric.dimensions().stream().map(d -> compile(d, List.of())).toList();
    this.rootShares = Shares.ofRoot(rubric);
  }

  List<Node> roots() {
    return roots;
  }

  List<Rational> rootShares() {
    return rootShares;
  }

  /** The conditions on the way to each indicator, outermost first, in {@link #leaves()} order. */
  List<List<Condition>> leafConditions() {
    return List.copyOf(leafConditions);
  }

  /** Which top-level dimensions are bonus sections. */
  Bonus rootBonus() {
    return Bonus.of(rubric.dimensions().stream().map(Dimension::bonus).toList(), rubric.weighting());
  }

  /** The indicators in depth-first order. */
  List<Leaf> leaves() {
    return List.copyOf(leaves);
  }

  /** Each indicator's position in {@link #leaves()}, by id. */
  Map<String, Integer> leafIndex() {
    return Map.copyOf(leafIndex);
  }

  /**
   * A compiled dimension: its model, children and their static shares, whether its children
   * share it by points (then an n/a part deep inside a child lowers that child's share), and
   * which children are bonus items ({@link Shares} says what their shares mean).
   */
  record Node(Dimension dimension, List<Node> dimensions, List<Leaf> indicators,
      List<Rational> shares, boolean byPoints, Bonus bonus) {}

  /**
   * Which of a node's children are bonus items, and whether their shares are absolute (under
   * {@code declared}: a share of the parent's scale) or read against the applicable others' shares
   * (under {@code relative} and {@code points}). {@link #NONE} when no child is a bonus.
   */
  record Bonus(List<Boolean> marks, boolean absolute) {
    static final Bonus NONE = new Bonus(List.of(), false);

    static Bonus of(List<Boolean> marks, Weighting weighting) {
      return marks.contains(Boolean.TRUE) ? new Bonus(List.copyOf(marks), weighting == Weighting.DECLARED) : NONE;
    }

    boolean at(int k) {
      return !marks.isEmpty() && marks.get(k);
    }
  }

  /** A compiled indicator: position, model, and the numbers that normalise its points. */
  record Leaf(int index, Indicator indicator, Rational min, Rational width) {}

  private Node compile(Dimension d, List<Condition> above) {
    List<Condition> conditions = d.appliesWhen().map(c -> append(above, c)).orElse(above);
    List<Node> subs = d.dimensions().stream().map(sub -> compile(sub, conditions)).toList();
    List<Leaf> own = new ArrayList<>();
    for (Indicator i : d.indicators()) {
      leafConditions.add(i.appliesWhen().map(c -> append(conditions, c)).orElse(conditions));
      Rational max = Rational.of(i.rule().maximum());
      Rational min = rubric.normalization() == Normalization.RANGE
          ? Rational.of(i.rule().minimum()) : Rational.ZERO;
      Leaf leaf = new Leaf(leaves.size(), i, min, max.subtract(min));
      leaves.add(leaf);
      leafIndex.put(i.id(), leaf.index());
      own.add(leaf);
    }
    List<Boolean> marks = d.indicators().isEmpty() ? d.dimensions().stream().map(Dimension::bonus).toList()
        : d.indicators().stream().map(Indicator::bonus).toList();
    return new Node(d, subs, own, Shares.ofChildren(rubric, d), rubric.weightingOf(d) == Weighting.POINTS,
        Bonus.of(marks, rubric.weightingOf(d)));
  }

  private static List<Condition> append(List<Condition> list, Condition c) {
    List<Condition> longer = new ArrayList<>(list);
    longer.add(c);
    return List.copyOf(longer);
  }

  /** What one point of each indicator adds to the total when every indicator applies. */
  private Rational[] pointCoefficients() {
    Rational[] coefficient = new Rational[leaves.size()];
    collectCoefficients(roots, rootShares, Rational.ONE, coefficient);
    return coefficient;
  }

  private void collectCoefficients(List<Node> nodes, List<Rational> shares, Rational above, Rational[] out) {
    for (int k = 0; k < nodes.size(); k++) {
      Node d = nodes.get(k);
      Rational effective = above.multiply(shares.get(k));
      if (d.indicators().isEmpty()) {
        collectCoefficients(d.dimensions(), d.shares(), effective, out);
      } else {
        for (int j = 0; j < d.indicators().size(); j++) {
          Leaf leaf = d.indicators().get(j);
          out[leaf.index()] = effective.multiply(d.shares().get(j)).multiply(scale).divide(leaf.width());
        }
      }
    }
  }

  /** The fast plan of this rubric, handing over to {@code evaluator} where it cannot decide. */
  FastPlan compilePlan(Evaluator evaluator) {
    if (rubric.hasBonusItems()) {
      return null; // a bonus is added after its siblings are combined, and the total capped: the general path
    }
    if (leaves.stream().anyMatch(l -> l.indicator().rule() instanceof org.rubric4j.rule.ChecklistRule)) {
      return null; // the ticked items are read and checked on the general path
    }
    if (leafConditions.stream().flatMap(List::stream).anyMatch(c -> !c.readsOnlyTags())) {
      return null; // conditions on answers and flags are resolved indicator by indicator: the general path
    }
    Rational[] coefficient = pointCoefficients();
    Rational offset = Rational.ZERO;
    for (int k = 0; k < leaves.size(); k++) {
      offset = offset.subtract(leaves.get(k).min().multiply(coefficient[k]));
    }
    return FastPlan.of(evaluator, rubric, List.copyOf(leaves), leafConditions,
        coefficient, offset, this::fastTree);
  }

  /**
   * The rubric's tree for the fast path when some indicators do not apply, with points at
   * {@code pointScale}; null when a number is not whole at that scale or does not fit a long.
   */
  private FastTree fastTree(int pointScale) {
    if (sharesChangeWithNotApplicable()) {
      return null;
    }
    try {
      FastTree.Node root = FastTree.Node.ofDimensions(
          roots.stream().map(d -> treeNode(d, pointScale)).toArray(FastTree.Node[]::new),
          integerShares(rootShares));
      return new FastTree(root, scale.numerator().longValueExact(), scale.denominator().longValueExact(),
          rubric.precision());
    } catch (ArithmeticException | IllegalStateException notWhole) {
      return null;
    }
  }

  private FastTree.Node treeNode(Node d, int pointScale) {
    if (d.indicators().isEmpty()) {
      return FastTree.Node.ofDimensions(
          d.dimensions().stream().map(sub -> treeNode(sub, pointScale)).toArray(FastTree.Node[]::new),
          integerShares(d.shares()));
    }
    int m = d.indicators().size();
    Rational up = Rational.of(BigInteger.TEN.pow(pointScale), BigInteger.ONE);
    int[] positions = new int[m];
    long[] minimums = new long[m];
    long[] widths = new long[m];
    BigInteger lcm = BigInteger.ONE;
    for (int j = 0; j < m; j++) {
      Leaf leaf = d.indicators().get(j);
      positions[j] = leaf.index();
      minimums[j] = FastPlan.whole(leaf.min().multiply(up));
      widths[j] = FastPlan.whole(leaf.width().multiply(up));
      lcm = FastPlan.lcm(lcm, BigInteger.valueOf(widths[j]));
    }
    long common = lcm.longValueExact();
    long[] multipliers = new long[m];
    for (int j = 0; j < m; j++) {
      multipliers[j] = common / widths[j];
    }
    return FastTree.Node.ofIndicators(positions, integerShares(d.shares()), minimums, multipliers, common);
  }

  /**
   * Whether some dimensions share their parent by points, so that an n/a indicator inside one
   * changes its share: the integer tree has static shares, so those cases take the general path.
   */
  private boolean sharesChangeWithNotApplicable() {
    if (rubric.weighting() == Weighting.POINTS && roots.size() > 1) {
      return true;
    }
    return rubric.allDimensions().anyMatch(d -> d.dimensions().size() > 1 && rubric.weightingOf(d) == Weighting.POINTS);
  }

  /** Sibling shares as whole numbers in the same ratio: each × the common denominator. */
  private static long[] integerShares(List<Rational> shares) {
    BigInteger common = BigInteger.ONE;
    for (Rational r : shares) {
      common = FastPlan.lcm(common, r.denominator());
    }
    Rational up = Rational.of(common, BigInteger.ONE);
    return shares.stream().mapToLong(r -> FastPlan.whole(r.multiply(up))).toArray();
  }
}
