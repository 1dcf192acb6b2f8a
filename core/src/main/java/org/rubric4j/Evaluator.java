package org.rubric4j;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.internal.Rational;
import org.rubric4j.internal.Reach;
import org.rubric4j.internal.Text;
import org.rubric4j.internal.ValueText;
import org.rubric4j.rule.RuleScore;

/**
 * Scores observations under one rubric (docs/design.md, scoring semantics 1–9), exactly.
 *
 * <p>Built once per rubric: the indicators in depth-first order with their static shares
 * ({@link CompiledTree}), and a {@link FastPlan} for the usual cases (values readable and known, no veto fires but
 * rubric-wide ones on flags; n/a and {@code appliesWhen} included), in longs with one
 * half-up rounding. Any other case (a problem to report, another veto, overflow) takes the
 * general path on exact rationals; both give the same evaluation, which
 * {@code FastPathAgreementTest} checks. The per-node results are worked out only when
 * {@link Evaluation#dimensions()} is first read. Stateless after construction, so safe to
 * share across threads.
 */
final class Evaluator {

  private final Rubric rubric;
  private final Rational scale;
  private final List<CompiledTree.Node> roots;
  private final List<Rational> rootShares;
  private final CompiledTree.Bonus rootBonus;
  private final List<CompiledTree.Leaf> leaves;
  private final Map<String, Integer> leafIndex;
  private final Set<String> flags;
  private final Optional<Grade> lowestGrade;
  private final List<Optional<Grade>> gradeOptions;
  /** The conditions on the way to each indicator, outermost first. */
  private final List<List<Condition>> pathConditions;
  /** Whether any indicator is critical, so that evaluations carry {@link CriticalScores}. */
  private final boolean critical;
  private final FastPlan plan;

  Evaluator(Rubric rubric) {
    this.rubric = rubric;
    this.scale = Rational.of(rubric.scale());
    CompiledTree tree = new CompiledTree(rubric);
    this.roots = tree.roots();
    this.rootShares = tree.rootShares();
    this.rootBonus = tree.rootBonus();
    this.leaves = tree.leaves();
    this.leafIndex = tree.leafIndex();
    this.flags = rubric.flagIds();
    this.lowestGrade = Reach.lowestGrade(rubric.grades());
    this.gradeOptions = rubric.grades().stream().map(Optional::of).toList();
    this.critical = rubric.allIndicators().anyMatch(Indicator::critical);
    this.pathConditions = tree.leafConditions();
    this.plan = tree.compilePlan(this);
  }

  // ---- evaluation ------------------------------------------------------------------------------

  /** What each indicator gave: value and score when applicable, otherwise the reason it is not. */
  private record Outcomes(Quantity[] values, RuleScore[] scores, String[] reasons) {}

  Evaluation evaluate(Observations o) {
    Evaluation fast = fastOrNull(o);
    return fast != null ? fast : general(o);
  }

  /** The fast path's evaluation, or null when the observations need the general path. */
  Evaluation fastOrNull(Observations o) {
    return plan == null ? null : plan.evaluate(o);
  }

  /**
   * The per-node results of {@code o} as the fast path works them out, without handing over to
   * the general path; null where it would hand over. For tests that hold the two paths together.
   */
  Evaluation.Details fastDetailsOrNull(Observations o) {
    return plan == null || plan.evaluate(o) == null ? null : plan.detailsOrNull(o);
  }

  /** The general path: every case, on exact rationals, naming every problem it finds. */
  Evaluation general(Observations o) {
    int n = leaves.size();
    Value[] slots = new Value[n];
    Map<String, Value> given = o.values();
    int found = 0;
    for (int k = 0; k < n; k++) {
      Value v = given.get(leaves.get(k).indicator().id());
      if (v != null) {
        slots[k] = v;
        found++;
      }
    }
    List<Problem> problems = new ArrayList<>(0);
    if (found < given.size()) {
      given.forEach((id, value) -> {
        if (!leafIndex.containsKey(id)) {
          problems.add(Problem.error("values." + id, "unknown-indicator", "the rubric has no indicator "
              + id + " (value " + Text.shorten(value.toString()) + ")" + suggestion(id)));
        }
      });
    }
    checkEvidenceAndFlags(o, problems);
    String[] reasons = new String[n];
    Quantity[] values = new Quantity[n];
    RuleScore[] scores = new RuleScore[n];
    new Resolution(o, slots, values, scores, reasons, problems).run();
    Outcomes outcomes = new Outcomes(values, scores, reasons);
    List<DimOut> tree = tree(outcomes);
    Rational fraction = combine(tree.stream().map(DimOut::fraction).toList(), rootShares(tree), rootBonus);
    if (fraction == null && problems.isEmpty()) {
      boolean scored = false;
      for (RuleScore s : scores) {
        scored |= s != null;
      }
      // Scored indicators and still no fraction: every applicable one weighs 0 (weighting: relative).
      problems.add(scored
          ? Problem.error("values", "nothing-weighted", "every applicable indicator or dimension has weight 0"
              + " (weighting: relative), so nothing counts and there is nothing to score")
          : Problem.error("values", "nothing-applicable", "every indicator is not applicable, so there is nothing to score"));
    }
    if (!problems.isEmpty()) {
      throw new ObservationException(o.id(), problems);
    }
    List<FiredVeto> fired = fire(o, outcomes);
    Map<String, Veto> dimensionVetoes = Map.of();
    Veto rubricVeto = null;
    Veto keptBy = null; // the first veto that keeps the score: its grade, when none imposes a score
    for (FiredVeto f : fired) {
      Veto v = f.veto();
      if (v.scope().isPresent()) {
        if (dimensionVetoes.isEmpty()) {
          dimensionVetoes = new HashMap<>();
        }
        // The lowest imposed score wins, whatever the order the vetoes are listed in, as for
        // rubric-wide vetoes; on a tie the first listed.
        dimensionVetoes.merge(v.scope().get(), v, (kept, next) -> next.score().compareTo(kept.score()) < 0 ? next : kept);
      } else if (v.keepsScore()) {
        keptBy = keptBy == null ? v : keptBy;
      } else if (rubricVeto == null || v.score().compareTo(rubricVeto.score()) < 0) {
        rubricVeto = v;
      }
    }
    Rational rawTotal = fraction.multiply(scale);
    BigDecimal raw = capped(rawTotal).round(rubric.precision());
    Rational unrounded = rawTotal;
    if (!dimensionVetoes.isEmpty()) {
      Map<String, Veto> scoped = dimensionVetoes;
      tree = tree.stream().map(d -> applyDimensionVetoes(d, scoped)).toList();
      unrounded = combine(tree.stream().map(DimOut::fraction).toList(), rootShares(tree), rootBonus).multiply(scale);
    }
    BigDecimal total;
    Optional<Grade> grade;
    if (rubricVeto != null) {
      total = rubricVeto.score().setScale(rubric.precision(), RoundingMode.HALF_UP);
      grade = gradeOf(rubricVeto);
    } else {
      total = unrounded == rawTotal ? raw : capped(unrounded).round(rubric.precision());
      grade = keptBy != null ? gradeOf(keptBy) : gradeOf(total);
    }
    Rational exact = unrounded;
    List<DimOut> known = tree;
    Map<String, Veto> scoped = dimensionVetoes;
    return new Evaluation(rubric, o, total, raw, grade, fired,
        () -> details(o, outcomes, known, scoped, exact));
  }

  /** {@code total}, or the scale when bonus items lift it above and the rubric does not allow that. */
  private Rational capped(Rational total) {
    return !rubric.aboveScaleAllowed() && total.compareTo(scale) > 0 ? scale : total;
  }

  /** The grade a rubric-wide veto gives: its own, or else the lowest, when the rubric has grades. */
  Optional<Grade> gradeOf(Veto v) {
    return v.grade().isPresent()
        ? rubric.grades().stream().filter(g -> g.id().equals(v.grade().get())).findFirst()
        : lowestGrade;
  }

  /** The grade at {@code index} in the rubric's order. */
  Optional<Grade> gradeAt(int index) {
    return gradeOptions.get(index);
  }

  /** The position of indicator {@code id} in the evaluator's order. */
  int indexOf(String id) {
    return leafIndex.get(id);
  }

  /** The grade whose range holds the rounded total {@code rounded}. */
  Optional<Grade> gradeOf(BigDecimal rounded) {
    List<Grade> grades = rubric.grades();
    for (int k = 0; k < grades.size(); k++) {
      if (grades.get(k).range().contains(rounded)) {
        return gradeOptions.get(k);
      }
    }
    return Optional.empty();
  }

  private void checkEvidenceAndFlags(Observations o, List<Problem> problems) {
    if (!o.evidence().isEmpty()) {
      for (String id : o.evidence().keySet()) {
        if (!leafIndex.containsKey(id)) {
          problems.add(Problem.error("evidence." + id, "unknown-indicator",
              "evidence names indicator " + id + ", which the rubric does not have" + suggestion(id)));
        }
      }
    }
    if (!o.flags().isEmpty()) {
      for (String flag : o.flags().keySet()) {
        if (!flags.contains(flag)) {
          // A rubric that lists no flags takes its vetoes' flags as declared, so this is where a
          // misspelt veto flag shows: the observation's spelling is unknown, the veto's is offered.
          String suggestion = Text.didYouMean(flag, flags);
          problems.add(Problem.error("flags." + flag, "unknown-flag", "the rubric has no flag " + flag
              + (!suggestion.isEmpty() || flags.isEmpty() ? suggestion : "; its flags: " + String.join(", ", flags))));
        }
      }
    }
  }

  private String suggestion(String id) {
    return Text.didYouMean(id, leafIndex.keySet());
  }


  /**
   * Applicability and scores: each indicator is settled once, its conditions (outermost first, so
   * a dimension's failing condition is the reason given below it) tested before it is scored, and
   * after the indicators those conditions read (the builder refuses cycles); in the evaluator's
   * order otherwise.
   */
  private final class Resolution implements Condition.Facts {
    private final Observations o;
    private final Value[] slots;
    private final Quantity[] values;
    private final RuleScore[] scores;
    private final String[] reasons;
    private final List<Problem> problems;
    private final boolean[] settled;

    Resolution(Observations o, Value[] slots, Quantity[] values, RuleScore[] scores, String[] reasons,
        List<Problem> problems) {
      this.o = o;
      this.slots = slots;
      this.values = values;
      this.scores = scores;
      this.reasons = reasons;
      this.problems = problems;
      this.settled = new boolean[slots.length];
    }

    void run() {
      for (int k = 0; k < slots.length; k++) {
        settle(k);
      }
    }

    private void settle(int k) {
      if (settled[k]) {
        return;
      }
      settled[k] = true;
      for (Condition c : pathConditions.get(k)) {
        if (!c.test(this)) {
          reasons[k] = conditionReason(c);
          return;
        }
      }
      score(leaves.get(k), slots[k], k, values, scores, reasons, problems);
    }

    @Override
    public String tag(String name) {
      return o.tags().get(name);
    }

    @Override
    public boolean flag(String name) {
      return Boolean.TRUE.equals(o.flags().get(name));
    }

    @Override
    public Optional<BigDecimal> answer(String indicator) {
      int k = answered(indicator);
      return k < 0 ? Optional.empty() : Optional.of(scores[k].points());
    }

    @Override
    public Optional<List<String>> ticked(String indicator) {
      int k = answered(indicator);
      Value.Items items = k < 0 ? null : itemsOf(slots[k]);
      return items == null ? Optional.empty() : Optional.of(items.ids());
    }

    /**
     * The position of {@code indicator}, settled, when it was answered: applicable, and not an
     * n/a (nor one counted as full marks or zero); −1 otherwise.
     */
    private int answered(String indicator) {
      Integer k = leafIndex.get(indicator);
      if (k == null) {
        return -1;
      }
      settle(k);
      return reasons[k] == null && values[k] != null ? k : -1;
    }
  }

  /** Why an indicator without a value does not apply, under {@code missing: not-applicable}. */
  static final String NO_VALUE = "no value (missing: not-applicable)";
  /** Why an indicator given n/a does not apply, under {@code notApplicable: redistribute}. */
  static final String NOT_APPLICABLE = "n/a";

  /** Why an indicator does not apply when {@code failed}, a condition on its way, does not hold. */
  static String conditionReason(Condition failed) {
    return "applies only when " + failed;
  }

  /** The items {@code value} ticks: a list of ids, or a text of ids separated by {@code |}; null for anything else. */
  private static Value.Items itemsOf(Value value) {
    return value instanceof Value.Items given ? given
        : value instanceof Value.Text t ? Value.Items.parse(t.text()) : null;
  }

  private void score(CompiledTree.Leaf leaf, Value value, int k, Quantity[] values, RuleScore[] scores,
      String[] reasons, List<Problem> problems) {
    Indicator i = leaf.indicator();
    if (value == null) {
      if (rubric.missingPolicy() == MissingPolicy.ERROR) {
        problems.add(Problem.error("values." + i.id(), "missing-value", "no value for indicator " + i.id()
            + "; give a value, or n/a where it does not apply (the rubric has missing: error)"));
        reasons[k] = "missing";
      } else {
        reasons[k] = NO_VALUE;
      }
      return;
    }
    if (value instanceof Value.NotApplicable) {
      NotApplicablePolicy policy = rubric.notApplicablePolicyOf(i);
      switch (policy) {
        case FORBID -> {
          problems.add(Problem.error("values." + i.id(), "not-applicable-forbidden", "indicator " + i.id()
              + " is n/a, but " + whereNotApplicableIsSet(i) + " notApplicable: forbid"));
          reasons[k] = "n/a";
        }
        case FULL_MARKS -> scores[k] = RuleScore.of(i.rule().maximum(), "n/a, counted as full marks");
        case ZERO -> scores[k] = RuleScore.of(leaf.min().toBigDecimal(), "n/a, counted as zero");
        default -> reasons[k] = NOT_APPLICABLE;
      }
      return;
    }
    if (i.rule() instanceof org.rubric4j.rule.ChecklistRule checklist) {
      scoreChecklist(checklist, i, value, k, values, scores, reasons, problems);
      return;
    }
    if (value instanceof Value.Items items) {
      problems.add(Problem.error("values." + i.id(), "invalid-value", "indicator " + i.id() + ": the list "
          + Text.shorten(items.ids().toString()) + " is a checklist's ticked items, but this indicator is scored by "
          + i.rule().kind() + "; give one value"));
      reasons[k] = "invalid";
      return;
    }
    try {
      Quantity q = value instanceof Value.Text t ? t.readAs(i.rule().measure())
          : value instanceof Value.Whole w ? w.readAs(i.rule().measure()) : (Quantity) value;
      scores[k] = i.rule().score(q);
      values[k] = q;
    } catch (InvalidValueException e) {
      problems.add(Problem.error("values." + i.id(), "invalid-value", "indicator " + i.id() + ": " + e.getMessage()));
      reasons[k] = "invalid";
    }
  }

  /** Scores the items ticked on a checklist: a list of ids, or a text of ids separated by {@code |}. */
  private static void scoreChecklist(org.rubric4j.rule.ChecklistRule checklist, Indicator i, Value value, int k,
      Quantity[] values, RuleScore[] scores, String[] reasons, List<Problem> problems) {
    Value.Items items = itemsOf(value);
    if (items == null) {
      problems.add(Problem.error("values." + i.id(), "invalid-value", "indicator " + i.id() + ": \"" + value
          + "\" is not a list of ticked items; give the ids of the items ticked, as a list (JSON) or separated by |"
          + " (CSV): " + String.join(", ", checklist.items().keySet())));
      reasons[k] = "invalid";
      return;
    }
    try {
      scores[k] = checklist.score(items.ids());
      values[k] = Quantity.count(items.ids().size());
    } catch (InvalidValueException e) {
      problems.add(Problem.error("values." + i.id(), "invalid-value", "indicator " + i.id() + ": " + e.getMessage()));
      reasons[k] = "invalid";
    }
  }

  /** Who set the n/a policy of {@code i}: {@code it has}, {@code dimension X has} or {@code the rubric has}. */
  private String whereNotApplicableIsSet(Indicator i) {
    if (i.notApplicable().isPresent()) {
      return "it has";
    }
    for (Dimension d : rubric.dimensions()) {
      String found = setterAbove(d, i, null);
      if (found != null) {
        return found.isEmpty() ? "the rubric has" : "dimension " + found + " has";
      }
    }
    return "the rubric has";
  }

  /** The id of the nearest dimension above {@code i} (within {@code d}) that sets a policy, "" for none, null when {@code i} is not under {@code d}. */
  private static String setterAbove(Dimension d, Indicator i, String nearest) {
    String here = d.notApplicable().isPresent() ? d.id() : nearest;
    if (d.indicators().contains(i)) {
      return here == null ? "" : here;
    }
    for (Dimension sub : d.dimensions()) {
      String found = setterAbove(sub, i, here);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  // ---- the general path: fractions node by node ---------------------------------------------------

  /**
   * A dimension's outcome; {@code fraction} is null when not applicable; {@code possible} is the
   * maximum points of its applicable indicators, its share where its parent weights by points.
   */
  private record DimOut(CompiledTree.Node node, Rational fraction, List<DimOut> dimensions, List<Rational> leafFractions,
      Rational possible) {
    boolean applicable() {
      return fraction != null;
    }
  }

  /**
   * The shares of {@code node}'s sub-dimensions in this evaluation: under points weighting their
   * applicable maximum points (an n/a indicator deep inside takes its points out of the possible
   * points), otherwise the static shares.
   */
  private static List<Rational> shares(CompiledTree.Node node, List<DimOut> subs) {
    return node.byPoints() ? possible(subs) : node.shares();
  }

  /** The shares of the top-level dimensions in this evaluation, as {@link #shares} does for a dimension's. */
  private List<Rational> rootShares(List<DimOut> tree) {
    return rubric.weighting() == Weighting.POINTS ? possible(tree) : rootShares;
  }

  private static List<Rational> possible(List<DimOut> outs) {
    List<Rational> points = new ArrayList<>(outs.size());
    for (DimOut d : outs) {
      points.add(d.possible());
    }
    return points;
  }

  private List<DimOut> tree(Outcomes outcomes) {
    List<DimOut> outs = new ArrayList<>(roots.size());
    for (CompiledTree.Node root : roots) {
      outs.add(tree(root, outcomes));
    }
    return outs;
  }

  private DimOut tree(CompiledTree.Node node, Outcomes outcomes) {
    List<DimOut> subs = new ArrayList<>(node.dimensions().size());
    for (CompiledTree.Node sub : node.dimensions()) {
      subs.add(tree(sub, outcomes));
    }
    List<Rational> fractions = new ArrayList<>(node.indicators().size());
    Rational possible = Rational.ZERO;
    for (int k = 0; k < node.indicators().size(); k++) {
      CompiledTree.Leaf leaf = node.indicators().get(k);
      RuleScore s = outcomes.scores()[leaf.index()];
      boolean scored = outcomes.reasons()[leaf.index()] == null && s != null;
      fractions.add(scored ? Rational.of(s.points()).subtract(leaf.min()).divide(leaf.width()) : null);
      if (scored && !node.bonus().at(k)) { // a bonus' points are earned, never possible
        possible = possible.add(leaf.width());
      }
    }
    for (int k = 0; k < subs.size(); k++) {
      if (subs.get(k).applicable() && !node.bonus().at(k)) {
        possible = possible.add(subs.get(k).possible());
      }
    }
    Rational fraction = node.indicators().isEmpty()
        ? combine(subs.stream().map(DimOut::fraction).toList(), shares(node, subs), node.bonus())
        : combine(fractions, node.shares(), node.bonus());
    return new DimOut(node, fraction, subs, fractions, possible);
  }

  /**
   * Σ share × fraction over the applicable children that are not bonus items, over Σ of their
   * shares, plus what the applicable bonus items add (share × fraction, read against the same Σ
   * unless their shares are absolute); null when no child but bonus items applies.
   */
  private static Rational combine(List<Rational> fractions, List<Rational> shares, CompiledTree.Bonus bonus) {
    Rational weighted = Rational.ZERO;
    Rational total = Rational.ZERO;
    Rational added = Rational.ZERO;
    for (int k = 0; k < fractions.size(); k++) {
      Rational f = fractions.get(k);
      if (f == null) {
        continue;
      }
      if (bonus.at(k)) {
        added = added.add(shares.get(k).multiply(f));
      } else {
        weighted = weighted.add(shares.get(k).multiply(f));
        total = total.add(shares.get(k));
      }
    }
    if (total.signum() == 0) {
      return null;
    }
    Rational combined = weighted.divide(total);
    return added.signum() == 0 ? combined : combined.add(bonus.absolute() ? added : added.divide(total));
  }

  /** The shares actually used, as {@link #combine} uses them: re-normalised over the applicable children, 0 for the others. */
  private static List<Rational> usedShares(List<Rational> fractions, List<Rational> shares, CompiledTree.Bonus bonus) {
    Rational total = Rational.ZERO;
    for (int k = 0; k < fractions.size(); k++) {
      if (fractions.get(k) != null && !bonus.at(k)) {
        total = total.add(shares.get(k));
      }
    }
    List<Rational> used = new ArrayList<>(fractions.size());
    for (int k = 0; k < fractions.size(); k++) {
      boolean counts = fractions.get(k) != null && total.signum() != 0;
      used.add(!counts ? Rational.ZERO
          : bonus.at(k) && bonus.absolute() ? shares.get(k) : shares.get(k).divide(total));
    }
    return used;
  }

  private DimOut applyDimensionVetoes(DimOut d, Map<String, Veto> vetoes) {
    Veto veto = vetoes.get(d.node().dimension().id());
    // Children get their own vetoes even under a vetoed parent, so each shows the score beside it.
    List<DimOut> subs = d.dimensions().isEmpty() ? d.dimensions()
        : d.dimensions().stream().map(s -> applyDimensionVetoes(s, vetoes)).toList();
    if (veto != null && d.applicable()) {
      return new DimOut(d.node(), Rational.of(veto.score()).divide(scale), subs, d.leafFractions(), d.possible());
    }
    if (d.dimensions().isEmpty()) {
      return d;
    }
    Rational fraction = combine(subs.stream().map(DimOut::fraction).toList(), shares(d.node(), subs), d.node().bonus());
    return new DimOut(d.node(), fraction, subs, d.leafFractions(), d.possible());
  }

  // ---- vetoes --------------------------------------------------------------------------------

  private List<FiredVeto> fire(Observations o, Outcomes outcomes) {
    List<FiredVeto> fired = List.of();
    for (Veto v : rubric.vetoes()) {
      String reason = null;
      if (v.trigger() instanceof Veto.OnFlag f) {
        if (Boolean.TRUE.equals(o.flags().get(f.flag()))) {
          reason = "flag " + f.flag() + " is true";
        }
      } else if (v.trigger() instanceof Veto.OnScoreBelow s) {
        int k = leafIndex.get(s.indicator());
        RuleScore score = outcomes.scores()[k];
        if (outcomes.reasons()[k] == null && score.points().compareTo(s.below()) < 0) {
          reason = s.indicator() + " scored " + ValueText.plain(score.points()) + ", below "
              + ValueText.plain(s.below());
        }
      } else if (v.trigger() instanceof Veto.OnAnswer answer) {
        int k = leafIndex.get(answer.indicator());
        RuleScore score = outcomes.scores()[k];
        // An answer given, not an n/a counted as full marks or zero.
        if (outcomes.reasons()[k] == null && outcomes.values()[k] != null && answer.holds(score.points())) {
          reason = answer.indicator() + " answered " + ValueText.plain(score.points()) + ", one of "
              + String.join(", ", answer.in().stream().map(ValueText::plain).toList());
        }
      }
      if (reason != null) {
        if (fired.isEmpty()) {
          fired = new ArrayList<>(2);
        }
        fired.add(new FiredVeto(v, reason));
      }
    }
    return fired.isEmpty() ? fired : List.copyOf(fired);
  }

  // ---- per-node results, on first use ----------------------------------------------------------

  private Evaluation.Details details(Observations o, Outcomes outcomes, List<DimOut> tree,
      Map<String, Veto> vetoes, Rational unrounded) {
    List<DimensionShares> shares = sharesOf(tree);
    List<DimensionResult> results = new ArrayList<>(tree.size());
    for (int k = 0; k < tree.size(); k++) {
      results.add(result(tree.get(k), shares.get(k), vetoes, o, outcomes));
    }
    Optional<CriticalScores> criticalScores = critical
        ? Optional.of(new CriticalScores(meanOver(true, outcomes), meanOver(false, outcomes)))
        : Optional.empty();
    return new Evaluation.Details(unrounded.toBigDecimal(), List.copyOf(results), criticalScores);
  }

  /**
   * The shares one dimension takes and gives in one evaluation, as its result reports them:
   * {@code weight} among its applicable siblings and {@code effective} of the whole total, and the
   * same for each child, in declared order (0 for children that do not apply).
   */
  record DimensionShares(CompiledTree.Node node, boolean applicable, Rational weight, Rational effective,
      List<DimensionShares> dimensions, List<Rational> indicatorWeights, List<Rational> indicatorEffective) {}

  /**
   * The shares of every node when exactly the indicators marked in {@code applies} are scored (any
   * points: shares do not depend on them), in the evaluator's order; null when nothing would weigh.
   * The fast path's per-node results are built on these, so both paths share them out one way.
   */
  List<DimensionShares> sharesWhen(boolean[] applies) {
    int n = leaves.size();
    RuleScore[] scores = new RuleScore[n];
    String[] reasons = new String[n];
    for (int k = 0; k < n; k++) {
      if (applies[k]) {
        scores[k] = RuleScore.of(leaves.get(k).indicator().rule().maximum(), "its maximum");
      } else {
        reasons[k] = "not applicable";
      }
    }
    List<DimOut> tree = tree(new Outcomes(new Quantity[n], scores, reasons));
    return combine(tree.stream().map(DimOut::fraction).toList(), rootShares(tree), rootBonus) == null
        ? null : sharesOf(tree);
  }

  private List<DimensionShares> sharesOf(List<DimOut> tree) {
    List<Rational> used = usedShares(tree.stream().map(DimOut::fraction).toList(), rootShares(tree), rootBonus);
    List<DimensionShares> shares = new ArrayList<>(tree.size());
    for (int k = 0; k < tree.size(); k++) {
      shares.add(sharesOf(tree.get(k), used.get(k), used.get(k)));
    }
    return shares;
  }

  private static DimensionShares sharesOf(DimOut d, Rational share, Rational effective) {
    List<Rational> subShares = usedShares(d.dimensions().stream().map(DimOut::fraction).toList(),
        d.node().dimensions().isEmpty() ? List.of() : shares(d.node(), d.dimensions()), d.node().bonus());
    List<DimensionShares> subs = new ArrayList<>(d.dimensions().size());
    for (int k = 0; k < d.dimensions().size(); k++) {
      subs.add(sharesOf(d.dimensions().get(k), subShares.get(k), effective.multiply(subShares.get(k))));
    }
    List<Rational> leafShares = usedShares(d.leafFractions(),
        d.node().indicators().isEmpty() ? List.of() : d.node().shares(), d.node().bonus());
    List<Rational> leafEffective = new ArrayList<>(leafShares.size());
    for (Rational leafShare : leafShares) {
      leafEffective.add(effective.multiply(leafShare));
    }
    return new DimensionShares(d.node(), d.applicable(), share, effective, subs, leafShares, leafEffective);
  }

  /**
   * The weighted mean over the indicators whose {@code critical} is {@code kind}: the others are
   * taken out as an n/a is, so the shares renormalise over what is left; empty when nothing is.
   */
  private Optional<BigDecimal> meanOver(boolean kind, Outcomes outcomes) {
    String[] reasons = outcomes.reasons().clone();
    for (CompiledTree.Leaf leaf : leaves) {
      if (leaf.indicator().critical() != kind && reasons[leaf.index()] == null) {
        reasons[leaf.index()] = kind ? "not critical" : "critical";
      }
    }
    List<DimOut> tree = tree(new Outcomes(outcomes.values(), outcomes.scores(), reasons));
    Rational fraction = combine(tree.stream().map(DimOut::fraction).toList(), rootShares(tree), rootBonus);
    return fraction == null ? Optional.empty() : Optional.of(capped(fraction.multiply(scale)).round(rubric.precision()));
  }

  private DimensionResult result(DimOut d, DimensionShares shares, Map<String, Veto> vetoes, Observations o,
      Outcomes outcomes) {
    Dimension dim = d.node().dimension();
    List<DimensionResult> subs = new ArrayList<>();
    for (int k = 0; k < d.dimensions().size(); k++) {
      subs.add(result(d.dimensions().get(k), shares.dimensions().get(k), vetoes, o, outcomes));
    }
    List<IndicatorResult> results = new ArrayList<>();
    for (int k = 0; k < d.node().indicators().size(); k++) {
      results.add(result(d.node().indicators().get(k), d.leafFractions().get(k), shares.indicatorWeights().get(k),
          shares.indicatorEffective().get(k), o, outcomes));
    }
    Optional<BigDecimal> score = Optional.empty();
    Optional<Grade> grade = Optional.empty();
    Rational contribution = Rational.ZERO;
    if (d.applicable()) {
      BigDecimal rounded = d.fraction().multiply(scale).round(rubric.precision());
      score = Optional.of(rounded);
      grade = dim.grades().stream().filter(g -> g.range().contains(rounded)).findFirst();
      contribution = d.fraction().multiply(shares.effective()).multiply(scale);
    }
    Veto veto = vetoes.get(dim.id());
    Optional<String> vetoedBy = d.applicable() && veto != null ? Optional.of(veto.id()) : Optional.empty();
    return new DimensionResult(dim.id(), dim.displayName(), d.applicable(), shares.weight().toBigDecimal(),
        shares.effective().toBigDecimal(), score, contribution.toBigDecimal(), grade, vetoedBy, subs, results);
  }

  private IndicatorResult result(CompiledTree.Leaf leaf, Rational fraction, Rational share, Rational effective,
      Observations o, Outcomes outcomes) {
    Indicator ind = leaf.indicator();
    int k = leaf.index();
    Optional<String> evidence = Optional.ofNullable(o.evidence().get(ind.id()));
    BigDecimal max = ind.rule().maximum();
    if (fraction == null) {
      return new IndicatorResult(ind.id(), ind.displayName(), ind.rule().kind(), false,
          Optional.of(outcomes.reasons()[k]), Optional.empty(), Optional.empty(), Optional.empty(),
          max, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, evidence);
    }
    Rational contribution = fraction.multiply(effective).multiply(scale);
    RuleScore s = outcomes.scores()[k];
    return new IndicatorResult(ind.id(), ind.displayName(), ind.rule().kind(), true, Optional.empty(),
        Optional.ofNullable(outcomes.values()[k]), Optional.of(s.matched()), Optional.of(s.points()),
        max, share.toBigDecimal(), effective.toBigDecimal(), contribution.toBigDecimal(), evidence);
  }
}
