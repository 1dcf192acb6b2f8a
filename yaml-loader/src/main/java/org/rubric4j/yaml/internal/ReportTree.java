package org.rubric4j.yaml.internal;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rubric4j.ReportingPeriod;
import org.rubric4j.analytics.DataQuality;
import org.rubric4j.analytics.GroupKey;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.KpiResult;
import org.rubric4j.analytics.ScoreDistribution;
import org.rubric4j.analytics.StreakRule;
import org.rubric4j.report.DimensionMean;
import org.rubric4j.report.GroupReport;
import org.rubric4j.report.KpiOutcome;
import org.rubric4j.report.PeriodRuleOutcome;
import org.rubric4j.report.RankedSubject;
import org.rubric4j.report.Report;

/**
 * A report as the tree of the report JSON (docs/cli.md, {@code rubric4j report --format json}):
 * ordered maps, lists and scalars for {@link JsonText}. The groups and the ranking are
 * iterables made as they are written, so hundreds of thousands of groups never stand in memory
 * as one tree. The one home of the report JSON's keys.
 */
public final class ReportTree {

  private ReportTree() {}

  /** The whole report. */
  public static Map<String, Object> of(Report report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("rubric", report.rubric().id());
    root.put("version", report.rubric().version().orElse(null));
    root.put("name", report.rubric().name().orElse(null));
    root.put("scale", report.rubric().scale());
    root.put("groupBy", report.groupBy().stream().map(Object::toString).toList());
    GroupReport all = report.summary();
    Map<String, Object> summary = statistics(all);
    summary.put("dimensions", dimensions(all));
    all.extremes().ifPresent(x -> {
      summary.put("strongest", x.strongest());
      summary.put("weakest", x.weakest());
    });
    root.put("summary", summary);
    root.put("quality", quality(report.quality()));
    boolean kpis = !all.kpis().isEmpty();
    Iterable<Object> groups = () -> report.groups().stream().map(g -> group(g, kpis)).iterator();
    root.put("groups", groups);
    root.put("groupExclusions", excluded(report.groupExclusions()));
    Map<String, Object> trend = new LinkedHashMap<>();
    trend.put("period", report.trendUnit().key());
    List<Object> periods = new ArrayList<>();
    for (GroupReport p : report.trend()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("period", p.key().values().get(0));
      m.put("count", p.count());
      m.put("mean", p.mean());
      periods.add(m);
    }
    trend.put("periods", periods);
    trend.put("excluded", excluded(report.trendExclusions()));
    root.put("trend", trend);
    root.put("ranking", ranking(report));
    root.put("kpis", kpis(all.kpis()));
    List<Object> rules = new ArrayList<>();
    for (PeriodRuleOutcome r : report.periodRules()) {
      StreakRule rule = r.rule();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", rule.id());
      m.put("grade", rule.grade());
      m.put("consecutive", rule.consecutive());
      m.put("period", rule.unit().key());
      List<Object> matches = new ArrayList<>();
      for (StreakRule.Match match : r.matches()) {
        Map<String, Object> mm = new LinkedHashMap<>();
        mm.put("subject", match.subject());
        mm.put("periods", match.periods().stream().map(ReportingPeriod::toString).toList());
        matches.add(mm);
      }
      m.put("matches", matches);
      rules.add(m);
    }
    root.put("periodRules", rules);
    Map<String, Object> categories = new LinkedHashMap<>();
    int precision = report.rubric().precision();
    report.categories().forEach((indicator, dist) -> categories.put(indicator, categories(dist, precision)));
    root.put("categories", categories);
    return root;
  }

  private static Map<String, Object> categories(ScoreDistribution dist, int precision) {
    Map<String, Object> m = new LinkedHashMap<>();
    dist.counts().forEach((id, n) -> {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("count", n);
      cm.put("share", dist.share(id).map(s -> s.setScale(4, RoundingMode.HALF_UP)));
      m.put(id, cm);
    });
    m.put("uncategorised", dist.uncategorised());
    m.put("mean", dist.mean().map(x -> x.setScale(precision, RoundingMode.HALF_UP)));
    return m;
  }

  private static Object group(GroupReport g, boolean kpis) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> key = new LinkedHashMap<>();
    GroupKey k = g.key();
    for (int i = 0; i < k.names().size(); i++) {
      key.put(k.names().get(i), k.values().get(i));
    }
    m.put("key", key);
    m.putAll(statistics(g));
    m.put("dimensions", dimensions(g));
    m.put("weakest", g.weakest());
    if (kpis) {
      m.put("kpis", kpis(g.kpis()));
    }
    return m;
  }

  private static Map<String, Object> statistics(GroupReport g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", g.count());
    m.put("mean", g.mean());
    m.put("min", g.min());
    m.put("max", g.max());
    m.put("standardDeviation", g.standardDeviation());
    if (g.aggregate().criticalScore().isPresent()) { // the rubric has critical indicators
      m.put("criticalMean", g.criticalMean());
      m.put("nonCriticalMean", g.nonCriticalMean());
    }
    m.put("vetoed", g.vetoed());
    Map<String, Long> grades = g.grades();
    if (!grades.isEmpty()) {
      m.put("grades", new LinkedHashMap<>(grades));
    }
    return m;
  }

  private static Map<String, Object> dimensions(GroupReport g) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (DimensionMean d : g.dimensions()) {
      m.put(d.id(), d.mean());
    }
    return m;
  }

  /** Rows scored and excluded, with each reason's count and (at most {@link DataQuality#ID_CAP}) ids. */
  public static Map<String, Object> quality(DataQuality q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seen", q.seen());
    m.put("accepted", q.accepted());
    m.put("excluded", excluded(q));
    return m;
  }

  private static Map<String, Object> excluded(DataQuality q) {
    Map<String, Object> excluded = new LinkedHashMap<>();
    new TreeMap<>(q.excluded()).forEach((reason, n) -> {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("count", n);
      r.put("ids", List.copyOf(q.ids(reason)));
      excluded.put(reason, r);
    });
    return excluded;
  }

  private static Map<String, Object> ranking(Report report) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("by", "subject");
    m.put("topShare", report.topShare());
    List<RankedSubject> ranked = report.ranking();
    Iterable<Object> entries = () -> ranked.stream().map(e -> {
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("subject", e.subject());
      em.put("rank", e.rank());
      em.put("mean", e.mean());
      em.put("percentile", e.percentile().setScale(2, RoundingMode.HALF_UP));
      em.put("top", e.top());
      return (Object) em;
    }).iterator();
    m.put("entries", entries);
    return m;
  }

  private static List<Object> kpis(List<KpiOutcome> outcomes) {
    List<Object> out = new ArrayList<>();
    for (KpiOutcome o : outcomes) {
      Kpi k = o.kpi();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", k.id());
      m.put("name", k.name().orElse(null));
      m.put("of", k.source().toString());
      m.put("statistic", k.statistic().key());
      m.put("target", k.target().toString());
      if (o.result().isEmpty()) {
        m.put("measured", false);
      } else {
        KpiResult r = o.result().get();
        m.put("measured", true);
        m.put("actual", o.reportedActual());
        m.put("count", r.count());
        m.put("met", r.met());
        m.put("explanation", r.explanation());
      }
      out.add(m);
    }
    return out;
  }

}
