package org.rubric4j.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.Dimension;
import org.rubric4j.DimensionResult;
import org.rubric4j.Evaluation;
import org.rubric4j.FiredVeto;
import org.rubric4j.Grade;
import org.rubric4j.Indicator;
import org.rubric4j.IndicatorResult;
import org.rubric4j.InvalidValueException;
import org.rubric4j.MissingPolicy;
import org.rubric4j.Normalization;
import org.rubric4j.NotApplicablePolicy;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.Problem;
import org.rubric4j.Quantity;
import org.rubric4j.Rubric;
import org.rubric4j.RuleScore;
import org.rubric4j.Value;
import org.rubric4j.Veto;

/**
 * Scores observations under one rubric (design.md, scoring semantics 1–9), with exact
 * rational arithmetic and one half-up rounding at the end.
 *
 * <p>Built once per rubric: the static shares of every node are computed here, not per
 * evaluation. Stateless after construction, so safe to share across threads.
 */
public final class Evaluator {

  private final Rubric rubric;
  private final Rational scale;
  private final List<DimNode> roots;
  private final List<Rational> rootShares;
  private final Map<String, IndNode> indicators = new LinkedHashMap<>();
  private final Set<String> flags;
  private final Optional<Grade> lowestGrade;

  public Evaluator(Rubric rubric) {
    this.rubric = rubric;
    this.scale = Rational.of(rubric.scale());
    this.roots = rubric.dimensions().stream().map(this::compile).toList();
    this.rootShares = Shares.of(rubric.dimensions().stream().map(Dimension::weight).toList());
    this.flags = rubric.flagIds();
    this.lowestGrade = Reach.lowestGrade(rubric.grades());
  }

  /** A compiled dimension: its model and the static shares of its children. */
  private record DimNode(Dimension dimension, List<DimNode> dimensions, List<IndNode> indicators,
      List<Rational> shares) {}

  /** A compiled indicator: its model, maximum and the divisor that normalises its score. */
  private record IndNode(Indicator indicator, Rational min, Rational max, Rational width) {}

  private DimNode compile(Dimension d) {
    List<DimNode> subs = d.dimensions().stream().map(this::compile).toList();
    List<IndNode> leaves = new ArrayList<>();
    for (Indicator i : d.indicators()) {
      Rational max = Rational.of(i.rule().maximum());
      Rational min = rubric.normalization() == Normalization.RANGE
          ? Rational.of(i.rule().minimum()) : Rational.ZERO;
      IndNode node = new IndNode(i, min, max, max.subtract(min));
      leaves.add(node);
      indicators.put(i.id(), node);
    }
    List<Rational> shares = d.indicators().isEmpty()
        ? Shares.of(d.dimensions().stream().map(Dimension::weight).toList())
        : Shares.of(d.indicators().stream().map(Indicator::weight).toList());
    return new DimNode(d, subs, leaves, shares);
  }

  // ---- pass 1: scores and fractions ------------------------------------------------------

  /** An indicator's outcome: applicable with a fraction, or not applicable with a reason. */
  private record IndOut(IndNode node, String reason, Quantity value, RuleScore score, Rational fraction) {
    boolean applicable() {
      return reason == null;
    }
  }

  /** A dimension's outcome; {@code fraction} is null when not applicable. */
  private record DimOut(DimNode node, String reason, Rational fraction, List<DimOut> dimensions,
      List<IndOut> indicators) {
    boolean applicable() {
      return fraction != null;
    }
  }

  public Evaluation evaluate(Observations o) {
    List<Problem> problems = new ArrayList<>();
    checkKeys(o, problems);
    List<DimOut> outs = new ArrayList<>();
    for (DimNode root : roots) {
      outs.add(score(root, o, null, problems));
    }
    Rational rawFraction = combine(outs.stream().map(DimOut::fraction).toList(), rootShares);
    if (problems.isEmpty() && rawFraction == null) {
      problems.add(Problem.error("values", "nothing-applicable",
          "every indicator is not applicable, so there is nothing to score"));
    }
    if (!problems.isEmpty()) {
      throw new ObservationException(o.id(), problems);
    }
    Map<String, IndOut> byIndicator = new HashMap<>();
    outs.forEach(d -> index(d, byIndicator));
    List<FiredVeto> fired = fire(o, byIndicator);
    Map<String, Veto> dimensionVetoes = new HashMap<>();
    Veto rubricVeto = null;
    for (FiredVeto f : fired) {
      Veto v = f.veto();
      if (v.scope().isPresent()) {
        dimensionVetoes.putIfAbsent(v.scope().get(), v);
      } else if (rubricVeto == null || v.score().compareTo(rubricVeto.score()) < 0) {
        rubricVeto = v;
      }
    }
    List<DimOut> finalOuts = outs;
    if (!dimensionVetoes.isEmpty()) {
      finalOuts = outs.stream().map(d -> applyDimensionVetoes(d, dimensionVetoes)).toList();
    }
    Rational fraction = combine(finalOuts.stream().map(DimOut::fraction).toList(), rootShares);
    Rational unrounded = fraction.multiply(scale);
    BigDecimal rawTotal = rawFraction.multiply(scale).round(rubric.precision());
    BigDecimal total;
    Optional<Grade> grade;
    if (rubricVeto != null) {
      total = rubricVeto.score().setScale(rubric.precision(), java.math.RoundingMode.HALF_UP);
      Veto v = rubricVeto;
      grade = v.grade().isPresent()
          ? rubric.grades().stream().filter(g -> g.id().equals(v.grade().get())).findFirst()
          : lowestGrade;
    } else {
      total = unrounded.round(rubric.precision());
      grade = rubric.gradeOf(total);
    }
    List<Rational> used = usedShares(finalOuts.stream().map(DimOut::fraction).toList(), rootShares);
    List<DimensionResult> results = new ArrayList<>();
    for (int k = 0; k < finalOuts.size(); k++) {
      results.add(result(finalOuts.get(k), used.get(k), used.get(k), dimensionVetoes, o));
    }
    return new Evaluation(rubric.id(), rubric.version(), o.id(), o.subject(), o.period(), o.tags(),
        rubric.scale(), rubric.precision(), total, rawTotal, unrounded.toBigDecimal(), grade,
        fired, results);
  }

  private void checkKeys(Observations o, List<Problem> problems) {
    o.values().forEach((id, value) -> {
      if (!indicators.containsKey(id)) {
        problems.add(Problem.error("values." + id, "unknown-indicator", "the rubric has no indicator "
            + id + " (value " + ValueText.shorten(value.toString()) + ")" + suggestion(id)));
      }
    });
    o.evidence().keySet().forEach(id -> {
      if (!indicators.containsKey(id)) {
        problems.add(Problem.error("evidence." + id, "unknown-indicator",
            "evidence names indicator " + id + ", which the rubric does not have" + suggestion(id)));
      }
    });
    o.flags().keySet().forEach(flag -> {
      if (!flags.contains(flag)) {
        problems.add(Problem.error("flags." + flag, "unknown-flag", "the rubric has no flag " + flag
            + (flags.isEmpty() ? "" : "; its flags: " + String.join(", ", flags))));
      }
    });
  }

  private String suggestion(String id) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : indicators.keySet()) {
      int d = Text.editDistance(id, candidate);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best != null && bestDistance <= Math.max(2, id.length() / 3) ? "; did you mean " + best + "?" : "";
  }

  private DimOut score(DimNode node, Observations o, String inherited, List<Problem> problems) {
    Dimension d = node.dimension();
    String reason = inherited;
    if (reason == null && d.appliesWhen().isPresent() && !d.appliesWhen().get().test(o.tags())) {
      reason = "applies only when " + d.appliesWhen().get();
    }
    List<DimOut> subs = new ArrayList<>();
    for (DimNode sub : node.dimensions()) {
      subs.add(score(sub, o, reason, problems));
    }
    List<IndOut> leaves = new ArrayList<>();
    for (IndNode leaf : node.indicators()) {
      leaves.add(score(leaf, o, reason, problems));
    }
    List<Rational> fractions = node.indicators().isEmpty()
        ? subs.stream().map(DimOut::fraction).toList()
        : leaves.stream().map(IndOut::fraction).toList();
    Rational fraction = combine(fractions, node.shares());
    if (fraction == null && reason == null) {
      reason = "none of its " + (node.indicators().isEmpty() ? "dimensions" : "indicators") + " applies";
    }
    return new DimOut(node, reason, fraction, subs, leaves);
  }

  private IndOut score(IndNode node, Observations o, String inherited, List<Problem> problems) {
    Indicator i = node.indicator();
    if (inherited != null) {
      return new IndOut(node, inherited, null, null, null);
    }
    if (i.appliesWhen().isPresent() && !i.appliesWhen().get().test(o.tags())) {
      return new IndOut(node, "applies only when " + i.appliesWhen().get(), null, null, null);
    }
    Value value = o.values().get(i.id());
    String path = "values." + i.id();
    if (value == null) {
      if (rubric.missingPolicy() == MissingPolicy.ERROR) {
        problems.add(Problem.error(path, "missing-value", "no value for indicator " + i.id()
            + "; give a value, or n/a where it does not apply (the rubric has missing: error)"));
        return new IndOut(node, "missing", null, null, null);
      }
      return new IndOut(node, "no value (missing: not-applicable)", null, null, null);
    }
    if (value instanceof Value.NotApplicable) {
      if (rubric.notApplicablePolicy() == NotApplicablePolicy.FORBID) {
        problems.add(Problem.error(path, "not-applicable-forbidden", "indicator " + i.id()
            + " is n/a, but the rubric has notApplicable: forbid"));
      }
      return new IndOut(node, "n/a", null, null, null);
    }
    try {
      Quantity q = value instanceof Value.Text t ? t.readAs(i.rule().measure()) : (Quantity) value;
      RuleScore s = i.rule().score(q);
      Rational fraction = Rational.of(s.points()).subtract(node.min()).divide(node.width());
      return new IndOut(node, null, q, s, fraction);
    } catch (InvalidValueException e) {
      problems.add(Problem.error(path, "invalid-value", "indicator " + i.id() + ": " + e.getMessage()));
      return new IndOut(node, "invalid", null, null, null);
    }
  }

  /** Σ share × fraction over the applicable children, over Σ of their shares; null when none applies. */
  private static Rational combine(List<Rational> fractions, List<Rational> shares) {
    Rational weighted = Rational.ZERO;
    Rational total = Rational.ZERO;
    for (int k = 0; k < fractions.size(); k++) {
      Rational f = fractions.get(k);
      if (f != null) {
        weighted = weighted.add(shares.get(k).multiply(f));
        total = total.add(shares.get(k));
      }
    }
    return total.signum() == 0 ? null : weighted.divide(total);
  }

  /** The shares actually used: re-normalised over the applicable children, 0 for the others. */
  private static List<Rational> usedShares(List<Rational> fractions, List<Rational> shares) {
    Rational total = Rational.ZERO;
    for (int k = 0; k < fractions.size(); k++) {
      if (fractions.get(k) != null) {
        total = total.add(shares.get(k));
      }
    }
    List<Rational> used = new ArrayList<>(fractions.size());
    for (int k = 0; k < fractions.size(); k++) {
      used.add(fractions.get(k) == null || total.signum() == 0 ? Rational.ZERO : shares.get(k).divide(total));
    }
    return used;
  }

  // ---- vetoes ------------------------------------------------------------------------------

  private static void index(DimOut d, Map<String, IndOut> byIndicator) {
    d.indicators().forEach(i -> byIndicator.put(i.node().indicator().id(), i));
    d.dimensions().forEach(sub -> index(sub, byIndicator));
  }

  private List<FiredVeto> fire(Observations o, Map<String, IndOut> byIndicator) {
    List<FiredVeto> fired = new ArrayList<>();
    for (Veto v : rubric.vetoes()) {
      if (v.trigger() instanceof Veto.OnFlag f) {
        if (Boolean.TRUE.equals(o.flags().get(f.flag()))) {
          fired.add(new FiredVeto(v, "flag " + f.flag() + " is true"));
        }
      } else if (v.trigger() instanceof Veto.OnScoreBelow s) {
        IndOut out = byIndicator.get(s.indicator());
        if (out != null && out.applicable() && out.score().points().compareTo(s.below()) < 0) {
          fired.add(new FiredVeto(v, s.indicator() + " scored "
              + ValueText.plain(out.score().points()) + ", below " + ValueText.plain(s.below())));
        }
      }
    }
    return fired;
  }

  private DimOut applyDimensionVetoes(DimOut d, Map<String, Veto> vetoes) {
    Veto veto = vetoes.get(d.node().dimension().id());
    if (veto != null && d.applicable()) {
      return new DimOut(d.node(), d.reason(), Rational.of(veto.score()).divide(scale),
          d.dimensions(), d.indicators());
    }
    if (d.dimensions().isEmpty()) {
      return d;
    }
    List<DimOut> subs = d.dimensions().stream().map(s -> applyDimensionVetoes(s, vetoes)).toList();
    Rational fraction = combine(subs.stream().map(DimOut::fraction).toList(), d.node().shares());
    return new DimOut(d.node(), d.reason(), fraction, subs, d.indicators());
  }

  // ---- results -----------------------------------------------------------------------------

  private DimensionResult result(DimOut d, Rational share, Rational effective,
      Map<String, Veto> vetoes, Observations o) {
    Dimension dim = d.node().dimension();
    List<Rational> subShares = usedShares(d.dimensions().stream().map(DimOut::fraction).toList(),
        d.node().dimensions().isEmpty() ? List.of() : d.node().shares());
    List<DimensionResult> subs = new ArrayList<>();
    for (int k = 0; k < d.dimensions().size(); k++) {
      subs.add(result(d.dimensions().get(k), subShares.get(k), effective.multiply(subShares.get(k)), vetoes, o));
    }
    List<Rational> leafShares = usedShares(d.indicators().stream().map(IndOut::fraction).toList(),
        d.node().indicators().isEmpty() ? List.of() : d.node().shares());
    List<IndicatorResult> leaves = new ArrayList<>();
    for (int k = 0; k < d.indicators().size(); k++) {
      leaves.add(result(d.indicators().get(k), leafShares.get(k), effective.multiply(leafShares.get(k)), o));
    }
    Optional<BigDecimal> score = Optional.empty();
    Optional<Grade> grade = Optional.empty();
    Rational contribution = Rational.ZERO;
    if (d.applicable()) {
      BigDecimal rounded = d.fraction().multiply(scale).round(rubric.precision());
      score = Optional.of(rounded);
      grade = dim.grades().stream().filter(g -> g.range().contains(rounded)).findFirst();
      contribution = d.fraction().multiply(effective).multiply(scale);
    }
    Veto veto = vetoes.get(dim.id());
    Optional<String> vetoedBy = d.applicable() && veto != null ? Optional.of(veto.id()) : Optional.empty();
    return new DimensionResult(dim.id(), dim.displayName(), d.applicable(), share.toBigDecimal(),
        effective.toBigDecimal(), score, contribution.toBigDecimal(), grade, vetoedBy, subs, leaves);
  }

  private IndicatorResult result(IndOut i, Rational share, Rational effective, Observations o) {
    Indicator ind = i.node().indicator();
    Optional<String> evidence = Optional.ofNullable(o.evidence().get(ind.id()));
    BigDecimal max = ind.rule().maximum();
    if (!i.applicable()) {
      return new IndicatorResult(ind.id(), ind.displayName(), ind.rule().kind(), false, Optional.of(i.reason()),
          Optional.empty(), Optional.empty(), Optional.empty(), max, BigDecimal.ZERO, BigDecimal.ZERO,
          BigDecimal.ZERO, evidence);
    }
    Rational contribution = i.fraction().multiply(effective).multiply(scale);
    return new IndicatorResult(ind.id(), ind.displayName(), ind.rule().kind(), true, Optional.empty(),
        Optional.of(i.value()), Optional.of(i.score().matched()), Optional.of(i.score().points()),
        max, share.toBigDecimal(), effective.toBigDecimal(), contribution.toBigDecimal(), evidence);
  }
}
