package org.rubric4j.yaml.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.rubric4j.BandsBuilder;
import org.rubric4j.DeductionBuilder;
import org.rubric4j.DimensionBuilder;
import org.rubric4j.GradeBuilder;
import org.rubric4j.IndicatorBuilder;
import org.rubric4j.LevelsBuilder;
import org.rubric4j.Measure;
import org.rubric4j.OccurrencesBuilder;
import org.rubric4j.Rubric;
import org.rubric4j.RubricBuilder;
import org.rubric4j.VetoBuilder;
import org.rubric4j.yaml.internal.Definition.BandDoc;
import org.rubric4j.yaml.internal.Definition.ConditionDoc;
import org.rubric4j.yaml.internal.Definition.DeductionDoc;
import org.rubric4j.yaml.internal.Definition.DimensionDoc;
import org.rubric4j.yaml.internal.Definition.FlagDoc;
import org.rubric4j.yaml.internal.Definition.GradeDoc;
import org.rubric4j.yaml.internal.Definition.IndicatorDoc;
import org.rubric4j.yaml.internal.Definition.ChecklistDoc;
import org.rubric4j.yaml.internal.Definition.OccurrencesDoc;
import org.rubric4j.yaml.internal.Definition.RubricDoc;
import org.rubric4j.yaml.internal.Definition.VetoDoc;

/**
 * Feeds a {@link RubricDoc} to the public {@link RubricBuilder}, in file order, so that every
 * path the builder reports ({@code dimensions[1].indicators[0].bands[2].range}) is the path of
 * the same element in the file. Every list item is fed, even a broken one, so indices never
 * shift; a value that could not be read is replaced by a placeholder whose own complaint is
 * filtered out later (its path already has a problem). The few rules that involve two keys of
 * one object and that the builder cannot see (a measure for bands) are checked here.
 */
public final class Feeder {

  private final List<TreeReader.Issue> issues = new ArrayList<>();
  private final java.util.function.Function<String, Node.Pos> where;

  /** A feeder that locates its own problems with {@code where}. */
  public Feeder(java.util.function.Function<String, Node.Pos> where) {
    this.where = where;
  }

  /** Problems found here, beyond those of the builder. */
  public List<TreeReader.Issue> issues() {
    return issues;
  }

  /** A builder holding everything {@code doc} describes. */
  public RubricBuilder feed(RubricDoc doc) {
    RubricBuilder b = Rubric.builder(nz(doc.rubric()));
    if (doc.version() != null) {
      b.version(doc.version());
    }
    if (doc.name() != null) {
      b.name(doc.name());
    }
    if (doc.description() != null) {
      b.description(doc.description());
    }
    if (doc.scale() != null) {
      b.scale(doc.scale());
    }
    if (doc.precision() != null) {
      b.precision(doc.precision());
    }
    if (doc.normalize() != null) {
      b.normalize(doc.normalize());
    }
    if (doc.notApplicable() != null) {
      b.notApplicable(doc.notApplicable());
    }
    if (doc.missing() != null) {
      b.missing(doc.missing());
    }
    if (doc.weighting() != null) {
      b.weighting(doc.weighting());
    }
    if (doc.aboveScale() != null) {
      b.aboveScale(doc.aboveScale());
    }
    for (GradeDoc g : list(doc.grades())) {
      b.grade(nz(g.id()), grade(g));
    }
    for (FlagDoc f : list(doc.flags())) {
      if (f.name() != null) {
        b.flag(nz(f.id()), f.name());
      } else {
        b.flag(nz(f.id()));
      }
    }
    List<DimensionDoc> dims = list(doc.dimensions());
    for (int i = 0; i < dims.size(); i++) {
      DimensionDoc d = dims.get(i);
      String path = "dimensions[" + i + "]";
      b.dimension(nz(d.id()), db -> dimension(db, d, path));
    }
    List<VetoDoc> vetoes = list(doc.vetoes());
    for (int i = 0; i < vetoes.size(); i++) {
      VetoDoc v = vetoes.get(i);
      String path = "vetoes[" + i + "]";
      b.veto(nz(v.id()), vb -> veto(vb, v, path));
    }
    return b;
  }

  private static Consumer<GradeBuilder> grade(GradeDoc g) {
    return gb -> {
      if (g.name() != null) {
        gb.name(g.name());
      }
      gb.range(nz(g.range()));
      if (g.attributes() != null) {
        g.attributes().forEach((k, v) -> {
          if (v instanceof BigDecimal d) {
            gb.attribute(k, d);
          } else if (v instanceof Boolean bool) {
            gb.attribute(k, bool.booleanValue());
          } else {
            gb.attribute(k, String.valueOf(v));
          }
        });
      }
    };
  }

  private void dimension(DimensionBuilder db, DimensionDoc d, String path) {
    if (d.name() != null) {
      db.name(d.name());
    }
    if (d.description() != null) {
      db.description(d.description());
    }
    if (d.weight() != null) {
      db.weight(d.weight());
    }
    if (d.weighting() != null) {
      db.weighting(d.weighting());
    }
    if (d.bonus() != null) {
      db.bonus(d.bonus());
    }
    if (d.notApplicable() != null) {
      db.notApplicable(d.notApplicable());
    }
    ConditionDoc c = d.appliesWhen();
    if (c != null && c.condition() != null) {
      db.appliesWhen(c.condition());
    }
    for (GradeDoc g : list(d.grades())) {
      db.grade(nz(g.id()), grade(g));
    }
    List<IndicatorDoc> indicators = list(d.indicators());
    for (int i = 0; i < indicators.size(); i++) {
      IndicatorDoc ind = indicators.get(i);
      String at = path + ".indicators[" + i + "]";
      db.indicator(nz(ind.id()), ib -> indicator(ib, ind, at));
    }
    List<DimensionDoc> subs = list(d.dimensions());
    for (int i = 0; i < subs.size(); i++) {
      DimensionDoc sub = subs.get(i);
      String at = path + ".dimensions[" + i + "]";
      db.dimension(nz(sub.id()), sb -> dimension(sb, sub, at));
    }
  }

  private void indicator(IndicatorBuilder ib, IndicatorDoc d, String path) {
    if (d.name() != null) {
      ib.name(d.name());
    }
    if (d.description() != null) {
      ib.description(d.description());
    }
    if (d.weight() != null) {
      ib.weight(d.weight());
    }
    if (d.notApplicable() != null) {
      ib.notApplicable(d.notApplicable());
    }
    if (d.critical() != null) {
      ib.critical(d.critical());
    }
    if (d.bonus() != null) {
      ib.bonus(d.bonus());
    }
    ConditionDoc c = d.appliesWhen();
    if (c != null && c.condition() != null) {
      ib.appliesWhen(c.condition());
    }
    if (d.bands() != null) {
      BandsBuilder bb = ib.bands(measureFor(d, path, "bands"));
      for (BandDoc band : d.bands()) {
        bb.band(band.score() == null ? BigDecimal.ZERO : band.score(), nz(band.range()));
      }
      if (d.outOf() != null) {
        bb.outOf(d.outOf());
      }
    } else if (d.outOf() != null) {
      issue(path + ".outOf", "out-of-without-bands", "`outOf` belongs to a band rule, but this indicator has no bands");
    }
    if (d.levels() != null) {
      sameMeasure(d, path, "levels", Measure.LEVEL);
      LevelsBuilder lb = ib.levels();
      for (Map.Entry<Integer, String> e : d.levels().entrySet()) {
        lb.level(e.getKey(), e.getValue());
      }
    }
    if (d.deduction() != null) {
      DeductionDoc r = d.deduction();
      DeductionBuilder db = ib.deduction(measureFor(d, path, "deduction"));
      if (r.max() != null) {
        db.max(r.max());
      }
      if (r.target() != null) {
        db.target(r.target());
      }
      if (r.step() != null) {
        db.step(r.step());
      }
      if (r.deduct() != null) {
        db.deduct(r.deduct());
      }
      if (r.zero() != null) {
        db.zero(r.zero());
      }
      if (r.steps() != null) {
        db.steps(r.steps());
      }
    }
    if (d.occurrences() != null) {
      sameMeasure(d, path, "occurrences", Measure.COUNT);
      OccurrencesDoc r = d.occurrences();
      OccurrencesBuilder ob = ib.occurrences();
      if (r.max() != null) {
        ob.max(r.max());
      }
      if (r.deduct() != null) {
        ob.deduct(r.deduct());
      }
      if (r.zeroAt() != null) {
        ob.zeroAt(r.zeroAt());
      }
    }
    if (d.checklist() != null) {
      sameMeasure(d, path, "checklist", Measure.COUNT);
      ChecklistDoc r = d.checklist();
      org.rubric4j.ChecklistBuilder cb = ib.checklist();
      if (r.items() != null) {
        r.items().forEach((item, points) -> {
          if (points != null) {
            cb.item(item, points);
          }
        });
      }
      if (r.max() != null) {
        cb.max(r.max());
      }
    }
  }

  private Measure measureFor(IndicatorDoc d, String path, String rule) {
    if (d.measure() != null) {
      return d.measure();
    }
    issue(path + "." + rule, "missing-measure", "indicator " + nz(d.id()) + " has " + rule
        + " but no `measure`; add `measure: duration` (or percent, number, count, level)");
    return Measure.NUMBER;
  }

  private void sameMeasure(IndicatorDoc d, String path, String rule, Measure implied) {
    if (d.measure() != null && d.measure() != implied) {
      issue(path + ".measure", "wrong-measure", "indicator " + nz(d.id()) + " has " + rule
          + ", which always measure " + implied.key() + ", but `measure` says " + d.measure().key()
          + "; remove `measure` or write `measure: " + implied.key() + "`");
    }
  }

  private void veto(VetoBuilder vb, VetoDoc v, String path) {
    if (v.name() != null) {
      vb.name(v.name());
    }
    if (v.flag() != null) {
      vb.whenFlag(v.flag());
    }
    if (v.indicator() != null) {
      if (v.below() != null && v.in() != null) {
        issue(path + ".in", "below-and-in", "veto " + nz(v.id()) + " has both `below` and `in`; give one:"
            + " `below` fires under a score, `in` on the listed answers");
        vb.whenScoreBelow(v.indicator(), v.below()); // one trigger given, so no second "needs a trigger"
      } else if (v.in() != null) {
        if (v.in().stream().allMatch(java.util.Objects::nonNull)) {
          vb.whenAnswerIn(v.indicator(), v.in());
        }
      } else if (v.below() == null) {
        issue(path + ".below", "missing-below", "veto " + nz(v.id()) + " names indicator " + v.indicator()
            + " but neither `below` nor `in`; add the points under which it fires, such as `below: 6`,"
            + " or the answers on which it fires, such as `in: [0]`");
      } else {
        vb.whenScoreBelow(v.indicator(), v.below());
      }
    } else if (v.below() != null) {
      issue(path + ".below", "below-without-indicator", "`below` needs `indicator`: the indicator whose score it tests");
    } else if (v.in() != null) {
      issue(path + ".in", "in-without-indicator", "`in` needs `indicator`: the indicator whose answers it tests");
    }
    if (v.grade() != null) {
      vb.grade(v.grade());
    }
    if (v.score() != null) {
      vb.score(v.score());
    }
    if (v.scope() != null && !v.scope().equals("rubric")) {
      vb.scope(v.scope());
    }
  }

  private void issue(String path, String code, String message) {
    issues.add(new TreeReader.Issue(where.apply(path), path, code, message));
  }

  private static <T> List<T> list(List<T> items) {
    return items == null ? List.of() : items;
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
