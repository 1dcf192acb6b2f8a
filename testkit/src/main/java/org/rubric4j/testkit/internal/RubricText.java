package org.rubric4j.testkit.internal;

import java.util.stream.Collectors;
import org.rubric4j.Dimension;
import org.rubric4j.Indicator;
import org.rubric4j.Rubric;

/** A rubric's whole definition as compact text, so a generated counter-example can be read. */
public final class RubricText {

  private RubricText() {}

  /** One line for the rubric, one per dimension and indicator, indented by depth. */
  public static String describe(Rubric r) {
    StringBuilder out = new StringBuilder();
    out.append("rubric ").append(r.id()).append(": scale ").append(r.scale().toPlainString())
        .append(", precision ").append(r.precision()).append(", normalize ").append(r.normalization().key())
        .append(", notApplicable ").append(r.notApplicablePolicy().key())
        .append(", missing ").append(r.missingPolicy().key());
    if (!r.grades().isEmpty()) {
      out.append("\n  grades: ").append(r.grades().stream().map(g -> g.id() + " " + g.range())
          .collect(Collectors.joining(", ")));
    }
    if (!r.declaredFlags().isEmpty()) {
      out.append("\n  flags: ").append(r.flagIds());
    }
    r.vetoes().forEach(v -> out.append("\n  veto ").append(v.id()).append(": when ").append(v.trigger())
        .append(" → score ").append(v.score().toPlainString())
        .append(v.grade().map(g -> ", grade " + g).orElse(""))
        .append(v.scope().map(s -> ", only dimension " + s).orElse("")));
    r.dimensions().forEach(d -> dimension(out, d, "  "));
    return out.toString();
  }

  private static void dimension(StringBuilder out, Dimension d, String indent) {
    out.append('\n').append(indent).append("dimension ").append(d.id())
        .append(d.weight().map(w -> " " + w).orElse(""))
        .append(d.appliesWhen().map(c -> " when " + c).orElse(""));
    d.dimensions().forEach(s -> dimension(out, s, indent + "  "));
    d.indicators().forEach(i -> indicator(out, i, indent + "  "));
  }

  private static void indicator(StringBuilder out, Indicator i, String indent) {
    out.append('\n').append(indent).append("indicator ").append(i.id())
        .append(i.weight().map(w -> " " + w).orElse(""))
        .append(i.appliesWhen().map(c -> " when " + c).orElse(""))
        .append(": ").append(i.rule());
  }
}
