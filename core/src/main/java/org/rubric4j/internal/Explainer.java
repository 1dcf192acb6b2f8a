package org.rubric4j.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rubric4j.Dimension;
import org.rubric4j.DimensionResult;
import org.rubric4j.Evaluation;
import org.rubric4j.FiredVeto;
import org.rubric4j.Indicator;
import org.rubric4j.IndicatorResult;
import org.rubric4j.Rubric;
import org.rubric4j.Weight;
import org.rubric4j.Weighting;

/**
 * Writes an {@link Evaluation} as a trace a person can read: a line per dimension and per
 * indicator, each indicator's points, the weights on its path and its contribution. Under
 * {@code weighting: relative} a share says which weights it comes from ({@code (weight 60 of
 * 111)}), under {@code points} which points ({@code (5 of 30 points)}).
 */
public final class Explainer {

  /** Extra decimals shown for contributions, so that they visibly add up. */
  private static final int EXTRA_DECIMALS = 4;

  private Explainer() {}

  /** The trace of {@code e}; {@code rubric}, when known, says where relative and points shares come from. */
  public static String explain(Evaluation e, Rubric rubric) {
    StringBuilder out = new StringBuilder();
    out.append(e.rubricId()).append(e.rubricVersion().map(v -> " " + v).orElse(""))
        .append(" · evaluation ").append(e.id());
    e.subject().ifPresent(s -> out.append(" · ").append(s));
    e.period().ifPresent(p -> out.append(" · ").append(p));
    out.append('\n');
    Basis top = Basis.of(rubric, rubric == null ? Weighting.DECLARED : rubric.weighting(), e.dimensions(), List.of());
    for (DimensionResult d : e.dimensions()) {
      dimension(out, e, d, "", "", top);
    }
    String scale = ValueText.plain(e.scale());
    if (e.vetoes().isEmpty()) {
      out.append("total ").append(e.unroundedTotal().compareTo(e.total()) == 0 ? ""
              : show(e.unroundedTotal(), e.precision()) + " → ")
          .append(e.total().toPlainString()).append(" of ").append(scale)
          .append(capped(e, rubric) ? " (capped at the scale: bonus items may not lift it above)" : "");
      e.grade().ifPresent(g -> out.append(", grade ").append(g.id())
          .append(g.name().map(n -> " " + n).orElse("")));
      out.append('\n');
      return critical(out, e, scale).toString();
    }
    out.append("total ").append(e.rawTotal().toPlainString()).append(" of ").append(scale);
    out.append(" before vetoes\n");
    for (FiredVeto f : e.vetoes()) {
      out.append("veto ").append(f.veto().id()).append(f.veto().name().map(n -> " " + n).orElse(""))
          .append(" fired: ").append(f.reason())
          .append(f.veto().keepsScore() ? "; the score is kept, the grade imposed" : "")
          .append(f.veto().scope().map(s -> "; dimension " + s + " drops to "
              + ValueText.plain(f.veto().score())).orElse(""))
          .append('\n');
    }
    out.append("final total ").append(e.total().toPlainString()).append(" of ").append(scale);
    e.grade().ifPresent(g -> out.append(", grade ").append(g.id()).append(g.name().map(n -> " " + n).orElse("")));
    out.append('\n');
    return critical(out, e, scale).toString();
  }

  /** Whether bonus items lifted the total above the scale and it was capped there. */
  private static boolean capped(Evaluation e, Rubric rubric) {
    return rubric != null && !rubric.aboveScaleAllowed() && e.unroundedTotal().compareTo(e.scale()) > 0;
  }

  /** The line of the critical and non-critical scores, when the rubric has critical indicators. */
  private static StringBuilder critical(StringBuilder out, Evaluation e, String scale) {
    e.criticalScores().ifPresent(c -> out.append("critical score ")
        .append(c.criticalScore().map(BigDecimal::toPlainString).orElse("n/a (no critical indicator applies)"))
        .append(", non-critical score ")
        .append(c.nonCriticalScore().map(BigDecimal::toPlainString).orElse("n/a (no other indicator applies)"))
        .append(" of ").append(scale).append('\n'));
    return out;
  }

  private static void dimension(StringBuilder out, Evaluation e, DimensionResult d, String indent, String weights,
      Basis basis) {
    out.append(indent).append(d.id()).append(label(d.id(), d.name()));
    if (basis.rubric() != null && basis.rubric().dimension(d.id()).map(Dimension::bonus).orElse(false)) {
      out.append(" (bonus)");
    }
    out.append(": ");
    if (!d.applicable()) {
      out.append("n/a, none of it applies → 0\n");
    } else {
      out.append(d.score().orElseThrow().toPlainString()).append(" of ").append(ValueText.plain(e.scale()))
          .append(" × ").append(percent(d.weight()));
      if (!weights.isEmpty()) {
        out.append(" of its parent");
      }
      out.append(basis.of(d.id()));
      out.append(" → ").append(show(d.contribution(), e.precision()));
      d.grade().ifPresent(g -> out.append(", grade ").append(g.id()).append(g.name().map(n -> " " + n).orElse("")));
      d.vetoedBy().ifPresent(v -> out.append(" (veto ").append(v).append(')'));
      out.append('\n');
    }
    String path = weights + " × " + percent(d.weight());
    Basis below = basis.below(d);
    for (DimensionResult sub : d.dimensions()) {
      dimension(out, e, sub, indent + "  ", path, below);
    }
    for (IndicatorResult i : d.indicators()) {
      indicator(out, e, i, indent + "  ", path, below);
    }
  }

  private static void indicator(StringBuilder out, Evaluation e, IndicatorResult i, String indent, String weights,
      Basis basis) {
    out.append(indent).append(i.id()).append(label(i.id(), i.name()));
    if (basis.rubric() != null && basis.rubric().indicator(i.id()).map(Indicator::critical).orElse(false)) {
      out.append(" (critical)");
    }
    if (basis.rubric() != null && basis.rubric().indicator(i.id()).map(Indicator::bonus).orElse(false)) {
      out.append(" (bonus)");
    }
    out.append(": ");
    if (!i.applicable()) {
      out.append("n/a (").append(i.reason().orElse("not applicable")).append(") → 0\n");
      return;
    }
    String matched = i.matched().orElse("");
    String value = i.value().map(Object::toString).orElse("");
    if (i.value().isEmpty()) {
      out.append(matched); // an n/a counted as full marks or zero
    } else {
      switch (i.rule()) {
        case "bands" -> out.append(value).append(" is in ").append(matched);
        case "levels" -> out.append("level ").append(matched);
        default -> out.append(value).append(": ").append(matched);
      }
    }
    out.append(" → ").append(ValueText.plain(i.score().orElseThrow())).append(" of ")
        .append(ValueText.plain(i.max())).append(';').append(weights).append(" × ")
        .append(percent(i.weight())).append(basis.of(i.id())).append(" → ").append(show(i.contribution(), e.precision()));
    i.evidence().ifPresent(ev -> out.append("  [").append(ev).append(']'));
    out.append('\n');
  }

  /**
   * Where the shares of one node's children come from, under its weighting: nothing to add under
   * {@code declared} (the share is the weight), the weights under {@code relative}, the points
   * under {@code points}; only over the applicable children, as the shares are. Worked out once
   * per node, for all its children.
   *
   * @param notes the text to add after each applicable child's share, by child id
   */
  private record Basis(Rubric rubric, Map<String, String> notes) {

    static Basis of(Rubric rubric, Weighting weighting, List<DimensionResult> dimensions,
        List<IndicatorResult> indicators) {
      if (rubric == null || weighting == Weighting.DECLARED) {
        return new Basis(rubric, Map.of());
      }
      List<String> ids = new ArrayList<>();
      List<Rational> points = new ArrayList<>();
      List<Optional<Weight>> weights = new ArrayList<>();
      for (DimensionResult d : dimensions) {
        if (d.applicable()) {
          ids.add(d.id());
          points.add(points(rubric, d));
          weights.add(rubric.dimension(d.id()).flatMap(Dimension::weight));
        }
      }
      for (IndicatorResult i : indicators) {
        if (i.applicable()) {
          ids.add(i.id());
          points.add(points(rubric, i));
          weights.add(rubric.indicator(i.id()).flatMap(Indicator::weight));
        }
      }
      Map<String, String> notes = new HashMap<>();
      if (weighting == Weighting.POINTS) {
        Rational sum = points.stream().reduce(Rational.ZERO, Rational::add);
        for (int k = 0; k < ids.size(); k++) {
          notes.put(ids.get(k), " (" + ValueText.plain(points.get(k).toBigDecimal()) + " of "
              + ValueText.plain(sum.toBigDecimal()) + " points)");
        }
      } else if (weights.stream().allMatch(Optional::isPresent)) { // no weights given: equal shares, nothing to add
        BigDecimal sum = weights.stream().map(w -> w.get().fraction()).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int k = 0; k < ids.size(); k++) {
          notes.put(ids.get(k), " (weight " + weights.get(k).get() + " of " + ValueText.plain(sum) + ")");
        }
      }
      return new Basis(rubric, notes);
    }

    Basis below(DimensionResult d) {
      Weighting own = rubric == null ? Weighting.DECLARED
          : rubric.dimension(d.id()).map(rubric::weightingOf).orElse(Weighting.DECLARED);
      return of(rubric, own, d.dimensions(), d.indicators());
    }

    /** What to add after the share of the child {@code id}; nothing for a declared weight or an n/a child. */
    String of(String id) {
      return notes.getOrDefault(id, "");
    }

    private static Rational points(Rubric rubric, IndicatorResult i) {
      return Shares.points(rubric, rubric.indicator(i.id()).orElseThrow());
    }

    /** The maximum points of the applicable indicators under {@code d}: its share of possible points. */
    private static Rational points(Rubric rubric, DimensionResult d) {
      Rational sum = Rational.ZERO;
      for (IndicatorResult i : d.indicators()) {
        sum = i.applicable() ? sum.add(points(rubric, i)) : sum;
      }
      for (DimensionResult sub : d.dimensions()) {
        sum = sub.applicable() ? sum.add(points(rubric, sub)) : sum;
      }
      return sum;
    }
  }

  private static String label(String id, String name) {
    return name.equals(id) ? "" : " " + name;
  }

  /** A weight as a percent, with "≈" when it had to be rounded. */
  static String percent(BigDecimal fraction) {
    BigDecimal p = fraction.movePointRight(2);
    BigDecimal shown = p.setScale(2, RoundingMode.HALF_UP);
    return (shown.compareTo(p) == 0 ? "" : "≈") + ValueText.plain(shown) + "%";
  }

  /** A contribution with a few more decimals than the rubric reports, "≈" when rounded. */
  static String show(BigDecimal value, int precision) {
    BigDecimal shown = value.setScale(precision + EXTRA_DECIMALS, RoundingMode.HALF_UP);
    BigDecimal trimmed = ValueText.canonical(shown);
    if (trimmed.scale() < precision) {
      trimmed = trimmed.setScale(precision);
    }
    return (shown.compareTo(value) == 0 ? "" : "≈") + trimmed.toPlainString();
  }

  static String join(List<String> parts) {
    return String.join(", ", parts);
  }
}
