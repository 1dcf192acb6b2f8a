package org.rubric4j.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.Grade;
import org.rubric4j.ReportingPeriod;
import org.rubric4j.analytics.Aggregate;
import org.rubric4j.analytics.DataQuality;
import org.rubric4j.analytics.GroupKey;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.KpiResult;
import org.rubric4j.analytics.Ranking;
import org.rubric4j.analytics.ScoreDistribution;
import org.rubric4j.analytics.ScoreStatistics;
import org.rubric4j.analytics.StreakRule;

/**
 * The report as one JSON object (the {@code --format json} contract; see the README):
 * {@code rubric}, {@code version}, {@code scale}, {@code groupBy}, {@code summary},
 * {@code quality}, {@code groups}, {@code trend}, {@code ranking}, {@code kpis},
 * {@code periodRules}, {@code categories}. Scores are rounded to the rubric's precision; KPI
 * actual values are in canonical units (seconds, fractions of one, points), to six decimals.
 */
final class ReportJson {

  private ReportJson() {}

  static String of(ReportData d) {
    StringBuilder out = new StringBuilder();
    write(d, out);
    return out.toString();
  }

  /**
   * Writes the report to {@code out}, each group and ranking entry made as it is written: the
   * groups are as many as the subjects, and a tree of all of them would need more heap than the
   * aggregates themselves.
   */
  static void write(ReportData d, Appendable out) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("rubric", d.rubric.id());
    root.put("version", d.rubric.version().orElse(null));
    root.put("name", d.rubric.name().orElse(null));
    root.put("scale", d.rubric.scale());
    root.put("groupBy", d.groupBy.stream().map(Object::toString).toList());
    Aggregate all = d.all();
    Map<String, Object> summary = statistics(d, all);
    summary.put("dimensions", dimensions(d, all));
    d.extremes(all).ifPresent(x -> {
      summary.put("strongest", x.strongest());
      summary.put("weakest", x.weakest());
    });
    root.put("summary", summary);
    root.put("quality", quality(d.quality()));
    Iterable<Object> groups = () -> d.groups().entrySet().stream().map(g -> group(d, g.getKey(), g.getValue())).iterator();
    root.put("groups", groups);
    root.put("groupExclusions", quality(d.groupExclusions()).get("excluded"));
    Map<String, Object> trend = new LinkedHashMap<>();
    trend.put("period", d.trendUnit.key());
    List<Object> periods = new ArrayList<>();
    d.trend().forEach((k, a) -> {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("period", k.values().get(0));
      p.put("count", a.count());
      p.put("mean", d.mean(a.total()));
      periods.add(p);
    });
    trend.put("periods", periods);
    trend.put("excluded", quality(d.trendExclusions()).get("excluded"));
    root.put("trend", trend);
    root.put("ranking", ranking(d));
    root.put("kpis", kpis(d, all));
    List<Object> rules = new ArrayList<>();
    for (Map.Entry<StreakRule, List<StreakRule.Match>> r : d.periodRules().entrySet()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.getKey().id());
      m.put("grade", r.getKey().grade());
      m.put("consecutive", r.getKey().consecutive());
      m.put("period", r.getKey().unit().key());
      List<Object> matches = new ArrayList<>();
      for (StreakRule.Match match : r.getValue()) {
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
    for (Map.Entry<String, ScoreDistribution> c : d.categories().entrySet()) {
      ScoreDistribution dist = c.getValue();
      Map<String, Object> m = new LinkedHashMap<>();
      dist.counts().forEach((id, n) -> {
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("count", n);
        cm.put("share", dist.share(id).map(s -> ReportData.fixed(s, 4)).map(BigDecimal::new));
        m.put(id, cm);
      });
      m.put("uncategorised", dist.uncategorised());
      m.put("mean", dist.mean().map(x -> new BigDecimal(d.score(x))));
      categories.put(c.getKey(), m);
    }
    root.put("categories", categories);
    Json.pretty(root, out);
  }

  private static Object group(ReportData d, GroupKey key, Aggregate a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", key(key));
    m.putAll(statistics(d, a));
    m.put("dimensions", dimensions(d, a));
    m.put("weakest", d.weakest(a));
    if (!d.analytics.kpis().isEmpty()) {
      m.put("kpis", kpis(d, a));
    }
    return m;
  }

  static Map<String, Object> statistics(ReportData d, Aggregate a) {
    Map<String, Object> m = new LinkedHashMap<>();
    ScoreStatistics t = a.total();
    m.put("count", a.count());
    m.put("mean", number(d, t.mean()));
    m.put("min", number(d, t.min()));
    m.put("max", number(d, t.max()));
    m.put("standardDeviation", number(d, t.populationStandardDeviation()));
    m.put("vetoed", a.vetoedCount());
    if (!d.rubric.grades().isEmpty()) {
      Map<String, Object> grades = new LinkedHashMap<>();
      for (Grade g : d.rubric.grades()) {
        grades.put(g.id(), t.gradeCounts().getOrDefault(g.id(), 0L));
      }
      m.put("grades", grades);
    }
    return m;
  }

  private static Object number(ReportData d, Optional<BigDecimal> value) {
    return value.map(v -> new BigDecimal(d.score(v))).orElse(null);
  }

  private static Map<String, Object> dimensions(ReportData d, Aggregate a) {
    Map<String, Object> m = new LinkedHashMap<>();
    d.dimensions.forEach(dim -> m.put(dim.id(), number(d, a.dimension(dim.id()).flatMap(ScoreStatistics::mean))));
    return m;
  }

  private static Map<String, Object> key(GroupKey k) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < k.names().size(); i++) {
      m.put(k.names().get(i), k.values().get(i));
    }
    return m;
  }

  static Map<String, Object> quality(DataQuality q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seen", q.seen());
    m.put("accepted", q.accepted());
    Map<String, Object> excluded = new LinkedHashMap<>();
    new java.util.TreeMap<>(q.excluded()).forEach((reason, n) -> {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("count", n);
      r.put("ids", List.copyOf(q.ids(reason)));
      excluded.put(reason, r);
    });
    m.put("excluded", excluded);
    return m;
  }

  private static Map<String, Object> ranking(ReportData d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("by", "subject");
    m.put("topShare", ReportData.TOP_SHARE);
    Set<GroupKey> top = d.top();
    List<Ranking.Entry<GroupKey>> ranked = d.ranking().entries();
    Iterable<Object> entries = () -> ranked.stream().map(e -> {
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("subject", e.key().values().get(0));
      em.put("rank", e.rank());
      em.put("mean", new BigDecimal(d.score(e.score())));
      em.put("percentile", new BigDecimal(ReportData.fixed(e.percentile(), 2)));
      em.put("top", top.contains(e.key()));
      return (Object) em;
    }).iterator();
    m.put("entries", entries);
    return m;
  }

  private static List<Object> kpis(ReportData d, Aggregate a) {
    List<Object> out = new ArrayList<>();
    for (Map.Entry<Kpi, Optional<KpiResult>> e : d.kpis(a)) {
      Kpi k = e.getKey();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", k.id());
      m.put("name", k.name().orElse(null));
      m.put("of", k.source().toString());
      m.put("statistic", k.statistic().key());
      m.put("target", k.target().toString());
      if (e.getValue().isEmpty()) {
        m.put("measured", false);
      } else {
        KpiResult r = e.getValue().get();
        m.put("measured", true);
        m.put("actual", r.actual().map(v -> v.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros())
            .map(v -> v.scale() < 0 ? v.setScale(0) : v));
        m.put("count", r.count());
        m.put("met", r.met());
        m.put("explanation", r.explanation());
      }
      out.add(m);
    }
    return out;
  }
}
