package org.rubric4j.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.rubric4j.DimensionResult;
import org.rubric4j.Evaluation;
import org.rubric4j.FiredVeto;
import org.rubric4j.IndicatorResult;

/**
 * Writes an {@link Evaluation} as a trace a person can read: a line per dimension and per
 * indicator, each indicator's points, the weights on its path and its contribution.
 */
public final class Explainer {

  /** Extra decimals shown for contributions, so that they visibly add up. */
  private static final int EXTRA_DECIMALS = 4;

  private Explainer() {}

  public static String explain(Evaluation e) {
    StringBuilder out = new StringBuilder();
    out.append(e.rubricId()).append(e.rubricVersion().map(v -> " " + v).orElse(""))
        .append(" · evaluation ").append(e.id());
    e.subject().ifPresent(s -> out.append(" · ").append(s));
    e.period().ifPresent(p -> out.append(" · ").append(p));
    out.append('\n');
    for (DimensionResult d : e.dimensions()) {
      dimension(out, e, d, "", "");
    }
    String scale = ValueText.plain(e.scale());
    if (e.vetoes().isEmpty()) {
      out.append("total ").append(e.unroundedTotal().compareTo(e.total()) == 0 ? ""
              : show(e.unroundedTotal(), e.precision()) + " → ")
          .append(e.total().toPlainString()).append(" of ").append(scale);
      e.grade().ifPresent(g -> out.append(", grade ").append(g.id())
          .append(g.name().map(n -> " " + n).orElse("")));
      out.append('\n');
      return out.toString();
    }
    out.append("total ").append(e.rawTotal().toPlainString()).append(" of ").append(scale);
    out.append(" before vetoes\n");
    for (FiredVeto f : e.vetoes()) {
      out.append("veto ").append(f.veto().id()).append(f.veto().name().map(n -> " " + n).orElse(""))
          .append(" fired: ").append(f.reason())
          .append(f.veto().scope().map(s -> "; dimension " + s + " drops to "
              + ValueText.plain(f.veto().score())).orElse(""))
          .append('\n');
    }
    out.append("final total ").append(e.total().toPlainString()).append(" of ").append(scale);
    e.grade().ifPresent(g -> out.append(", grade ").append(g.id()).append(g.name().map(n -> " " + n).orElse("")));
    out.append('\n');
    return out.toString();
  }

  private static void dimension(StringBuilder out, Evaluation e, DimensionResult d, String indent, String weights) {
    out.append(indent).append(d.id()).append(label(d.id(), d.name())).append(": ");
    if (!d.applicable()) {
      out.append("n/a, none of it applies → 0\n");
    } else {
      out.append(d.score().orElseThrow().toPlainString()).append(" of ").append(ValueText.plain(e.scale()))
          .append(" × ").append(percent(d.weight()));
      if (!weights.isEmpty()) {
        out.append(" of its parent");
      }
      out.append(" → ").append(show(d.contribution(), e.precision()));
      d.grade().ifPresent(g -> out.append(", grade ").append(g.id()).append(g.name().map(n -> " " + n).orElse("")));
      d.vetoedBy().ifPresent(v -> out.append(" (veto ").append(v).append(')'));
      out.append('\n');
    }
    String path = weights + " × " + percent(d.weight());
    for (DimensionResult sub : d.dimensions()) {
      dimension(out, e, sub, indent + "  ", path);
    }
    for (IndicatorResult i : d.indicators()) {
      indicator(out, e, i, indent + "  ", path);
    }
  }

  private static void indicator(StringBuilder out, Evaluation e, IndicatorResult i, String indent, String weights) {
    out.append(indent).append(i.id()).append(label(i.id(), i.name())).append(": ");
    if (!i.applicable()) {
      out.append("n/a (").append(i.reason().orElse("not applicable")).append(") → 0\n");
      return;
    }
    String matched = i.matched().orElse("");
    String value = i.value().map(Object::toString).orElse("");
    switch (i.rule()) {
      case "bands" -> out.append(value).append(" is in ").append(matched);
      case "levels" -> out.append("level ").append(matched);
      default -> out.append(value).append(": ").append(matched);
    }
    out.append(" → ").append(ValueText.plain(i.score().orElseThrow())).append(" of ")
        .append(ValueText.plain(i.max())).append(';').append(weights).append(" × ")
        .append(percent(i.weight())).append(" → ").append(show(i.contribution(), e.precision()));
    i.evidence().ifPresent(ev -> out.append("  [").append(ev).append(']'));
    out.append('\n');
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
