package org.rubric4j.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rubric4j.Dimension;
import org.rubric4j.Grade;
import org.rubric4j.Indicator;
import org.rubric4j.Interval;
import org.rubric4j.MissingPolicy;
import org.rubric4j.Normalization;
import org.rubric4j.NotApplicablePolicy;
import org.rubric4j.Problem;
import org.rubric4j.Quantity;
import org.rubric4j.Rubric;
import org.rubric4j.Veto;
import org.rubric4j.Weighting;
import org.rubric4j.Weight;
import org.rubric4j.rule.BandRule;

/**
 * Which totals a rubric can produce, and so which of its grades no evaluation can reach and which
 * of its vetoes can raise a score rather than lower it.
 */
public final class Reach {

  private Reach() {}

  /** The lowest and highest fraction a node can score. */
  private record Span(Rational low, Rational high) {}

  /**
   * The warnings that follow from what totals the rubric can produce: a veto whose imposed score
   * lies above the lowest score its dimension (or the total) can have before it fires, since a
   * firing veto then raises that score ({@code veto-may-raise}); and every grade of the total that
   * neither a score nor a veto can reach ({@code unreachable-grade}).
   */
  public static List<Problem> warnings(Rubric rubric) {
    List<Problem> warnings = new ArrayList<>();
    Span scored = combine(rubric.dimensions().stream().map(d -> span(rubric, d, warnings)).toList(),
        Shares.ofRoot(rubric),
        rubric.dimensions().stream().anyMatch(d -> mayNotApply(rubric, d)),
        rubric.dimensions().stream().map(Dimension::bonus).toList(), rubric.weighting());
    // Bonus items may lift the total past the scale, where it is capped unless the rubric allows more.
    Span root = rubric.aboveScaleAllowed() ? scored
        : new Span(Rational.min(scored.low(), Rational.ONE), Rational.min(scored.high(), Rational.ONE));
    BigDecimal lowest = root.low().multiply(Rational.of(rubric.scale())).round(rubric.precision());
    for (int k : vetoesScopedTo(rubric, Optional.empty())) {
      warnIfRaising(warnings, k, rubric.vetoes().get(k), lowest, "the total");
    }
    warnings.addAll(unreachableGrades(rubric, root));
    return warnings;
  }

  private static void warnIfRaising(List<Problem> warnings, int k, Veto veto, BigDecimal lowest, String what) {
    if (!veto.keepsScore() && veto.score().compareTo(lowest) > 0) { // a veto that keeps the score raises nothing
      warnings.add(Problem.warning("vetoes[" + k + "]", "veto-may-raise", "veto " + veto.id()
          + " imposes " + ValueText.plain(veto.score()) + " on " + what + ", which can be as low as "
          + lowest.toPlainString() + " before it: when it fires on such an evaluation it raises the score;"
          + " impose a score no higher than " + lowest.toPlainString() + " if the veto must only lower it"));
    }
  }

  /** The positions, in declared order, of the vetoes with {@code scope} (empty: rubric-wide). */
  private static List<Integer> vetoesScopedTo(Rubric rubric, Optional<String> scope) {
    List<Integer> positions = new ArrayList<>();
    for (int k = 0; k < rubric.vetoes().size(); k++) {
      if (rubric.vetoes().get(k).scope().equals(scope)) {
        positions.add(k);
      }
    }
    return positions;
  }

  private static List<Problem> unreachableGrades(Rubric rubric, Span root) {
    List<Problem> warnings = new ArrayList<>();
    if (rubric.grades().isEmpty()) {
      return warnings;
    }
    Rational scale = Rational.of(rubric.scale());
    BigDecimal low = root.low().multiply(scale).round(rubric.precision());
    BigDecimal high = root.high().multiply(scale).round(rubric.precision());
    Interval reachable = Interval.closed(Quantity.number(low), Quantity.number(high));
    Optional<Grade> lowest = lowestGrade(rubric.grades());
    for (int k = 0; k < rubric.grades().size(); k++) {
      Grade grade = rubric.grades().get(k);
      if (grade.range().overlaps(reachable) || isVetoTarget(rubric, grade, lowest)) {
        continue;
      }
      warnings.add(Problem.warning("grades[" + k + "]", "unreachable-grade", "grade " + grade.id()
          + " " + grade.range() + " cannot be reached: totals lie in [" + low.toPlainString()
          + ", " + high.toPlainString() + "] and no veto imposes it"));
    }
    return warnings;
  }

  /** The grade with the lowest range. */
  public static Optional<Grade> lowestGrade(List<Grade> grades) {
    return grades.stream().min(Comparator.comparing(g -> g.range().lower().amountOrNull(),
        Comparator.nullsFirst(Comparator.naturalOrder())));
  }

  private static boolean isVetoTarget(Rubric rubric, Grade grade, Optional<Grade> lowest) {
    for (Veto veto : rubric.vetoes()) {
      if (veto.scope().isPresent()) {
        continue;
      }
      if (veto.grade().map(grade.id()::equals)
          .orElse(lowest.map(l -> l.id().equals(grade.id())).orElse(false))) {
        return true;
      }
    }
    return false;
  }

  private static Span span(Rubric rubric, Dimension d, List<Problem> warnings) {
    Weighting weighting = rubric.weightingOf(d);
    Span scored = !d.indicators().isEmpty()
        ? combine(d.indicators().stream().map(i -> span(rubric, i)).toList(),
            Shares.ofChildren(rubric, d),
            d.indicators().stream().anyMatch(i -> mayNotApply(rubric, i)),
            d.indicators().stream().map(Indicator::bonus).toList(), weighting)
        : combine(d.dimensions().stream().map(c -> span(rubric, c, warnings)).toList(),
            Shares.ofChildren(rubric, d),
            d.dimensions().stream().anyMatch(c -> mayNotApply(rubric, c)),
            d.dimensions().stream().map(Dimension::bonus).toList(), weighting);
    Rational scale = Rational.of(rubric.scale());
    BigDecimal lowest = scored.low().multiply(scale).round(rubric.precision());
    // A veto scoped to this dimension sets its score, which may lie outside what scoring reaches.
    Span own = scored;
    for (int k : vetoesScopedTo(rubric, Optional.of(d.id()))) {
      Veto veto = rubric.vetoes().get(k);
      warnIfRaising(warnings, k, veto, lowest, "dimension " + d.id());
      Rational imposed = Rational.of(veto.score()).divide(scale);
      own = new Span(Rational.min(own.low(), imposed), Rational.max(own.high(), imposed));
    }
    return own;
  }

  /**
   * Whether {@code d} can be not applicable in some evaluation: by its own condition, or because
   * every child of it can be (a dimension whose only sub-dimension applies on phone calls is itself
   * not applicable on e-mails, though it has no condition of its own).
   */
  private static boolean mayNotApply(Rubric rubric, Dimension d) {
    return d.appliesWhen().isPresent() || (d.indicators().isEmpty()
        ? d.dimensions().stream().allMatch(c -> mayNotApply(rubric, c))
        : d.indicators().stream().allMatch(i -> mayNotApply(rubric, i)));
  }

  /** Whether {@code i} can be not applicable: by its condition, a redistributed n/a or a missing value. */
  private static boolean mayNotApply(Rubric rubric, Indicator i) {
    return i.appliesWhen().isPresent() || rubric.notApplicablePolicyOf(i) == NotApplicablePolicy.REDISTRIBUTE
        || rubric.missingPolicy() == MissingPolicy.NOT_APPLICABLE;
  }

  private static Span span(Rubric rubric, Indicator indicator) {
    Rational max = Rational.of(indicator.rule().maximum());
    Rational min = Rational.of(indicator.rule().minimum());
    Rational best = indicator.rule() instanceof BandRule b
        ? Rational.of(b.bands().stream().map(x -> x.score()).max(Comparator.naturalOrder()).orElseThrow())
        : max;
    Span span;
    if (rubric.normalization() == Normalization.RANGE) {
      Rational width = max.subtract(min);
      span = new Span(Rational.ZERO, best.subtract(min).divide(width));
    } else {
      span = new Span(min.divide(max), best.divide(max));
    }
    // An n/a counted as zero or as full marks reaches past what the rule's scores reach.
    return switch (rubric.notApplicablePolicyOf(indicator)) {
      case ZERO -> new Span(Rational.ZERO, span.high());
      case FULL_MARKS -> new Span(span.low(), Rational.ONE);
      default -> span;
    };
  }

  /**
   * The span of a node from its children's. Bonus children may add nothing (n/a) or up to their
   * share of their best, read against the smallest share the others can have left when it is not
   * absolute: a wide bound, as lint only needs one that holds.
   */
  private static Span combine(List<Span> children, List<Rational> shares, boolean conditional,
      List<Boolean> bonus, Weighting weighting) {
    List<Span> regular = new ArrayList<>();
    List<Rational> regularShares = new ArrayList<>();
    for (int k = 0; k < children.size(); k++) {
      if (!bonus.get(k)) {
        regular.add(children.get(k));
        regularShares.add(shares.get(k));
      }
    }
    Span base = combine(regular, regularShares, conditional);
    Rational smallest = conditional ? regularShares.stream().reduce(Rational::min).orElse(Rational.ONE) : Rational.ONE;
    Rational high = base.high();
    for (int k = 0; k < children.size(); k++) {
      if (bonus.get(k)) {
        Rational adds = shares.get(k).multiply(children.get(k).high());
        high = high.add(weighting == Weighting.DECLARED || smallest.signum() == 0 ? adds : adds.divide(smallest));
      }
    }
    return new Span(base.low(), high);
  }

  private static Span combine(List<Span> children, List<Rational> shares, boolean conditional) {
    if (conditional) { // some child may drop out, leaving the others' span
      Rational low = children.get(0).low();
      Rational high = children.get(0).high();
      for (Span s : children) {
        low = Rational.min(low, s.low());
        high = Rational.max(high, s.high());
      }
      return new Span(low, high);
    }
    Rational low = Rational.ZERO;
    Rational high = Rational.ZERO;
    for (int k = 0; k < children.size(); k++) {
      low = low.add(shares.get(k).multiply(children.get(k).low()));
      high = high.add(shares.get(k).multiply(children.get(k).high()));
    }
    return new Span(low, high);
  }
}
