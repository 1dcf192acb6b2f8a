package org.rubric4j.cli;

import java.util.ArrayList;
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
import org.rubric4j.analytics.StreakRule;

/** The report as aligned text for a terminal: the same sections as the HTML report, without charts. */
final class ReportTable {

  private ReportTable() {}

  static String of(ReportData d) {
    StringBuilder out = new StringBuilder();
    String scale = d.rubric.scale().toPlainString();
    Aggregate all = d.all();
    out.append(d.rubric.id()).append(d.rubric.version().map(v -> " " + v).orElse(""))
        .append(d.rubric.name().map(n -> " · " + n).orElse("")).append('\n');
    out.append("evaluations: ").append(all.count());
    if (all.count() > 0) {
      out.append("; mean total ").append(d.mean(all.total()).orElse("-")).append(" of ").append(scale)
          .append(" (min ").append(all.total().min().map(d::score).orElse("-"))
          .append(", max ").append(all.total().max().map(d::score).orElse("-")).append(')');
    }
    out.append("; excluded rows: ").append(d.quality().excludedCount()).append('\n');
    if (!d.rubric.grades().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (Grade g : d.rubric.grades()) {
        parts.add(g.displayName() + " " + all.total().gradeCounts().getOrDefault(g.id(), 0L));
      }
      out.append("grades: ").append(String.join(" · ", parts)).append('\n');
    }
    d.extremes(all).ifPresent(x -> out.append("weakest dimension: ").append(String.join(", ", x.weakest()))
        .append(" (mean ").append(d.score(x.lowestMean())).append(")\n"));

    out.append("\nby ").append(String.join(", ", d.groupBy.stream().map(Object::toString).toList())).append('\n');
    List<String[]> rows = new ArrayList<>();
    List<String> heading = new ArrayList<>(List.of("group", "count", "mean", "min", "max", "weakest"));
    d.analytics.kpis().stream().filter(k -> !(k.source() instanceof Kpi.External)).forEach(k -> heading.add(k.id()));
    rows.add(heading.toArray(new String[0]));
    for (Map.Entry<GroupKey, Aggregate> g : d.groups().entrySet()) {
      Aggregate a = g.getValue();
      List<String> row = new ArrayList<>(List.of(ReportData.label(g.getKey()), Long.toString(a.count()),
          d.mean(a.total()).orElse("-"), a.total().min().map(d::score).orElse("-"),
          a.total().max().map(d::score).orElse("-"),
          d.weakest(a).isEmpty() ? "-" : String.join(", ", d.weakest(a))));
      for (Map.Entry<Kpi, Optional<KpiResult>> k : d.kpis(a)) {
        k.getValue().ifPresent(r -> row.add(r.met() ? "met" : "not met"));
      }
      rows.add(row.toArray(new String[0]));
    }
    table(out, rows, Set.of(1, 2, 3, 4));

    out.append("\ntrend by ").append(d.trendUnit.key()).append('\n');
    List<String[]> trend = new ArrayList<>();
    trend.add(new String[] {"period", "count", "mean"});
    d.trend().forEach((k, a) -> trend.add(new String[] {k.values().get(0), Long.toString(a.count()),
        d.mean(a.total()).orElse("-")}));
    table(out, trend, Set.of(1, 2));

    Ranking<GroupKey> ranking = d.ranking();
    if (ranking.size() > 0) {
      out.append("\ntop 10 % of ").append(ranking.size()).append(" subjects: ");
      List<String> top = new ArrayList<>();
      for (Ranking.Entry<GroupKey> e : ranking.top(ReportData.TOP_SHARE)) {
        top.add("#" + e.rank() + " " + e.key().values().get(0) + " " + d.score(e.score()));
      }
      out.append(String.join(", ", top)).append('\n');
    }
    if (!d.analytics.kpis().isEmpty()) {
      out.append("\nKPIs\n");
      for (Map.Entry<Kpi, Optional<KpiResult>> k : d.kpis(all)) {
        out.append("  ").append(k.getValue().map(r -> (r.met() ? "met      " : "NOT MET  ") + r.explanation())
            .orElse("-        " + k.getKey().displayName() + ": " + k.getKey().source()
                + " is not in this data (target " + k.getKey().target() + ")")).append('\n');
      }
    }
    for (Map.Entry<StreakRule, List<StreakRule.Match>> r : d.periodRules().entrySet()) {
      StreakRule rule = r.getKey();
      out.append("\nperiod rule ").append(rule.id()).append(": ").append(rule.grade()).append(" in ")
          .append(rule.consecutive()).append(' ').append(rule.unit().key()).append("s in a row: ")
          .append(r.getValue().isEmpty() ? "nobody" : r.getValue().size() + " match(es)").append('\n');
      for (StreakRule.Match m : r.getValue()) {
        out.append("  ").append(m.subject()).append(": ")
            .append(String.join(", ", m.periods().stream().map(ReportingPeriod::toString).toList())).append('\n');
      }
    }
    for (Map.Entry<String, ScoreDistribution> c : d.categories().entrySet()) {
      List<String> parts = new ArrayList<>();
      c.getValue().counts().forEach((id, n) -> parts.add(id + " " + n + " ("
          + c.getValue().share(id).map(s -> ReportData.fixed(s.movePointRight(2), 1)).orElse("-") + " %)"));
      out.append("categories of ").append(c.getKey()).append(": ").append(String.join(", ", parts)).append('\n');
    }
    DataQuality q = d.quality();
    out.append("\ndata quality: ").append(q.seen()).append(" rows, ").append(q.accepted()).append(" scored, ")
        .append(q.excludedCount()).append(" excluded\n");
    new java.util.TreeMap<>(q.excluded()).forEach((reason, n) -> out.append("  ").append(reason).append(": ")
        .append(n).append(" (").append(String.join(", ", q.ids(reason))).append(")\n"));
    return out.toString();
  }

  private static void table(StringBuilder out, List<String[]> rows, Set<Integer> right) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int k = 0; k < Math.min(columns, row.length); k++) {
        widths[k] = Math.max(widths[k], Width.of(row[k]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int k = 0; k < row.length && k < columns; k++) {
        int pad = widths[k] - Width.of(row[k]);
        if (right.contains(k)) {
          line.append(" ".repeat(pad)).append(row[k]);
        } else {
          line.append(row[k]).append(" ".repeat(pad));
        }
        line.append("  ");
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
