package org.rubric4j.yaml.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rubric4j.Condition;
import org.rubric4j.Dimension;
import org.rubric4j.Flag;
import org.rubric4j.Grade;
import org.rubric4j.Indicator;
import org.rubric4j.MissingPolicy;
import org.rubric4j.Normalization;
import org.rubric4j.NotApplicablePolicy;
import org.rubric4j.Rubric;
import org.rubric4j.Veto;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.StreakRule;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.DeductionRule;
import org.rubric4j.rule.Level;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.rule.OccurrenceRule;
import org.rubric4j.rule.ScoringRule;
import org.rubric4j.rule.StepCounting;

/**
 * A {@link Rubric} as the plain tree of a rubric file (ordered maps, lists, text, decimals,
 * booleans), in the order of docs/rubric-format.md, with defaults left out. Reading the tree back
 * gives an equal rubric.
 */
public final class RubricTree {

  private RubricTree() {}

  /** The tree of {@code rubric} followed by its {@code analytics}. */
  public static Map<String, Object> of(Rubric rubric, org.rubric4j.yaml.RubricAnalytics analytics) {
    Map<String, Object> m = of(rubric);
    if (!analytics.kpis().isEmpty()) {
      List<Object> kpis = new ArrayList<>();
      for (org.rubric4j.analytics.Kpi k : analytics.kpis()) {
        Map<String, Object> km = new LinkedHashMap<>();
        km.put("id", k.id());
        k.name().ifPresent(n -> km.put("name", n));
        km.put("of", k.source().toString());
        if (k.statistic() != org.rubric4j.analytics.Kpi.Statistic.MEAN) {
          km.put("statistic", k.statistic().key());
        }
        km.put("target", k.target().toString());
        kpis.add(km);
      }
      m.put("kpis", kpis);
    }
    if (!analytics.periodRules().isEmpty()) {
      List<Object> rules = new ArrayList<>();
      for (org.rubric4j.analytics.StreakRule r : analytics.periodRules()) {
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("id", r.id());
        rm.put("grade", r.grade());
        rm.put("consecutive", BigDecimal.valueOf(r.consecutive()));
        rm.put("period", r.unit().key());
        rules.add(rm);
      }
      m.put("periodRules", rules);
    }
    analytics.categories().ifPresent(c -> {
      Map<String, Object> cm = new LinkedHashMap<>();
      c.categories().forEach((id, range) -> cm.put(id, range.toString()));
      m.put("categories", cm);
    });
    return m;
  }

  /** The tree of {@code rubric}. */
  public static Map<String, Object> of(Rubric rubric) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rubric", rubric.id());
    rubric.version().ifPresent(v -> m.put("version", v));
    rubric.name().ifPresent(v -> m.put("name", v));
    rubric.description().ifPresent(v -> m.put("description", v));
    m.put("scale", rubric.scale());
    m.put("precision", BigDecimal.valueOf(rubric.precision()));
    if (rubric.normalization() != Normalization.RATIO) {
      m.put("normalize", rubric.normalization().key());
    }
    if (rubric.weighting() != org.rubric4j.Weighting.DECLARED) {
      m.put("weighting", rubric.weighting().key());
    }
    if (rubric.aboveScaleAllowed()) {
      m.put("aboveScale", "allowed");
    }
    if (rubric.notApplicablePolicy() != NotApplicablePolicy.REDISTRIBUTE) {
      m.put("notApplicable", rubric.notApplicablePolicy().key());
    }
    if (rubric.missingPolicy() != MissingPolicy.ERROR) {
      m.put("missing", rubric.missingPolicy().key());
    }
    if (!rubric.grades().isEmpty()) {
      m.put("grades", grades(rubric.grades()));
    }
    if (!rubric.declaredFlags().isEmpty()) {
      List<Object> flags = new ArrayList<>();
      for (Flag f : rubric.declaredFlags()) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("id", f.id());
        f.name().ifPresent(n -> fm.put("name", n));
        flags.add(fm);
      }
      m.put("flags", flags);
    }
    m.put("dimensions", rubric.dimensions().stream().map(RubricTree::dimension).toList());
    if (!rubric.vetoes().isEmpty()) {
      m.put("vetoes", rubric.vetoes().stream().map(RubricTree::veto).toList());
    }
    return m;
  }

  private static List<Object> grades(List<Grade> grades) {
    List<Object> out = new ArrayList<>();
    for (Grade g : grades) {
      Map<String, Object> gm = new LinkedHashMap<>();
      gm.put("id", g.id());
      g.name().ifPresent(n -> gm.put("name", n));
      gm.put("range", g.range().toString());
      if (!g.attributes().isEmpty()) {
        gm.put("attributes", new LinkedHashMap<>(g.attributes()));
      }
      out.add(gm);
    }
    return out;
  }

  /** A declared weight as its percent text ({@code 20%}), a relative one as its number ({@code 2}). */
  private static Object weight(org.rubric4j.Weight w) {
    return w.relative() ? w.fraction() : w.toString();
  }

  private static Map<String, Object> dimension(Dimension d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    d.name().ifPresent(n -> m.put("name", n));
    d.description().ifPresent(n -> m.put("description", n));
    d.weight().ifPresent(w -> m.put("weight", weight(w)));
    d.weighting().ifPresent(w -> m.put("weighting", w.key()));
    d.notApplicable().ifPresent(p -> m.put("notApplicable", p.key()));
    if (d.bonus()) {
      m.put("bonus", true);
    }
    d.appliesWhen().ifPresent(c -> m.put("appliesWhen", condition(c)));
    if (!d.grades().isEmpty()) {
      m.put("grades", grades(d.grades()));
    }
    if (!d.indicators().isEmpty()) {
      m.put("indicators", d.indicators().stream().map(RubricTree::indicator).toList());
    }
    if (!d.dimensions().isEmpty()) {
      m.put("dimensions", d.dimensions().stream().map(RubricTree::dimension).toList());
    }
    return m;
  }

  private static Map<String, Object> condition(org.rubric4j.Condition c) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (c instanceof org.rubric4j.Condition.TagIn t) {
      m.put("tag", t.tag());
      m.put("in", new ArrayList<Object>(t.in()));
    } else if (c instanceof org.rubric4j.Condition.AnswerIn a) {
      m.put("indicator", a.indicator());
      m.put(a.negated() ? "notIn" : "in", new ArrayList<Object>(a.answers()));
    } else if (c instanceof org.rubric4j.Condition.ItemsIn i) {
      m.put("indicator", i.indicator());
      m.put(i.negated() ? "notIn" : "in", new ArrayList<Object>(i.items()));
    } else if (c instanceof org.rubric4j.Condition.FlagIs f) {
      m.put("flag", f.flag());
      if (!f.is()) {
        m.put("is", false);
      }
    } else if (c instanceof org.rubric4j.Condition.All a) {
      m.put("all", a.of().stream().map(RubricTree::condition).toList());
    } else if (c instanceof org.rubric4j.Condition.Any a) {
      m.put("any", a.of().stream().map(RubricTree::condition).toList());
    } else if (c instanceof org.rubric4j.Condition.Not n) {
      m.put("not", condition(n.of()));
    }
    return m;
  }

  private static Map<String, Object> indicator(Indicator i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    i.name().ifPresent(n -> m.put("name", n));
    i.description().ifPresent(n -> m.put("description", n));
    i.weight().ifPresent(w -> m.put("weight", weight(w)));
    i.notApplicable().ifPresent(p -> m.put("notApplicable", p.key()));
    if (i.critical()) {
      m.put("critical", true);
    }
    if (i.bonus()) {
      m.put("bonus", true);
    }
    i.appliesWhen().ifPresent(c -> m.put("appliesWhen", condition(c)));
    org.rubric4j.rule.ScoringRule rule = i.rule();
    if (rule instanceof org.rubric4j.rule.ChecklistRule c) {
      Map<String, Object> checklist = new LinkedHashMap<>();
      checklist.put("items", new LinkedHashMap<String, Object>(c.items()));
      c.max().ifPresent(x -> checklist.put("max", x));
      m.put("checklist", checklist);
      return m;
    }
    if (rule instanceof BandRule r) {
      m.put("measure", r.measure().key());
      List<Object> bands = new ArrayList<>();
      r.bands().forEach(b -> {
        Map<String, Object> bm = new LinkedHashMap<>();
        bm.put("score", b.score());
        bm.put("range", b.range().toString());
        bands.add(bm);
      });
      m.put("bands", bands);
      r.outOf().ifPresent(o -> m.put("outOf", o));
    } else if (rule instanceof LevelRule r) {
      Map<String, Object> levels = new LinkedHashMap<>();
      for (Level l : r.levels()) {
        levels.put(Integer.toString(l.value()), l.anchor());
      }
      m.put("levels", levels);
    } else if (rule instanceof DeductionRule r) {
      m.put("measure", r.measure().key());
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("max", r.max());
      dm.put("target", r.target().toString());
      dm.put("step", r.step().toString());
      dm.put("deduct", r.deduct());
      r.zero().ifPresent(z -> dm.put("zero", z.toString()));
      if (r.counting() != StepCounting.STARTED) {
        dm.put("steps", r.counting().key());
      }
      m.put("deduction", dm);
    } else if (rule instanceof OccurrenceRule r) {
      Map<String, Object> om = new LinkedHashMap<>();
      om.put("max", r.max());
      om.put("deduct", r.deduct());
      r.zeroAt().ifPresent(z -> om.put("zeroAt", BigDecimal.valueOf(z)));
      m.put("occurrences", om);
    }
    return m;
  }

  private static Map<String, Object> veto(Veto v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.id());
    v.name().ifPresent(n -> m.put("name", n));
    if (v.trigger() instanceof Veto.OnFlag f) {
      m.put("flag", f.flag());
    } else if (v.trigger() instanceof Veto.OnScoreBelow s) {
      m.put("indicator", s.indicator());
      m.put("below", s.below());
    } else if (v.trigger() instanceof Veto.OnAnswer a) {
      m.put("indicator", a.indicator());
      m.put("in", a.in());
    }
    v.grade().ifPresent(g -> m.put("grade", g));
    if (v.keepsScore()) {
      m.put("score", "keep");
    } else if (v.score().signum() != 0) {
      m.put("score", v.score());
    }
    v.scope().ifPresent(s -> m.put("scope", s));
    return m;
  }
}
