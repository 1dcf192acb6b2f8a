package org.rubric4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rubric4j.Grade;
import org.rubric4j.ReportingPeriod;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.DataQuality;
import org.rubric4j.analytics.ScoreDistribution;
import org.rubric4j.analytics.StreakRule;
import org.rubric4j.report.GroupReport;
import org.rubric4j.report.KpiOutcome;
import org.rubric4j.report.PeriodRuleOutcome;
import org.rubric4j.report.RankedSubject;
import org.rubric4j.report.Report;

/** The report as aligned text for a terminal: the same sections as the HTML report, without charts. */
final class ReportTable {

  private ReportTable() {}

  static String of(Report r) {
    StringBuilder out = new StringBuilder();
    Rubric rubric = r.rubric();
    String scale = rubric.scale().toPlainString();
    GroupReport all = r.summary();
    out.append(rubric.id()).append(rubric.version().map(v -> " " + v).orElse(""))
        .append(rubric.name().map(n -> " · " + n).orElse("")).append('\n');
    out.append("evaluations: ").append(all.count());
    if (all.count() > 0) {
      out.append("; mean total ").append(ReportData.text(all.mean(), "-")).append(" of ").append(scale)
          .append(" (min ").append(ReportData.text(all.min(), "-"))
          .append(", max ").append(ReportData.text(all.max(), "-")).append(')');
    }
    out.append("; excluded rows: ").append(r.quality().excludedCount()).append('\n');
    if (!rubric.grades().isEmpty()) {
      List<String> parts = new ArrayList<>();
      Map<String, Long> counts = all.grades();
      for (Grade g : rubric.grades()) {
        parts.add(g.displayName() + " " + counts.get(g.id()));
      }
      out.append("grades: ").append(String.join(" · ", parts)).append('\n');
    }
    all.extremes().ifPresent(x -> out.append("weakest dimension: ").append(String.join(", ", x.weakest()))
        .append(" (mean ").append(ReportData.text(all.dimensionMean(x.weakest().get(0)), "-")).append(")\n"));

    out.append("\nby ").append(String.join(", ", r.groupBy().stream().map(Object::toString).toList())).append('\n');
    List<String[]> rows = new ArrayList<>();
    List<String> heading = new ArrayList<>(List.of("group", "count", "mean", "min", "max", "weakest"));
    all.kpis().stream().filter(KpiOutcome::measured).forEach(k -> heading.add(k.kpi().id()));
    rows.add(heading.toArray(new String[0]));
    for (GroupReport g : r.groups()) {
      List<String> weakest = g.weakest();
      List<String> row = new ArrayList<>(List.of(g.label(), Long.toString(g.count()),
          ReportData.text(g.mean(), "-"), ReportData.text(g.min(), "-"), ReportData.text(g.max(), "-"),
          weakest.isEmpty() ? "-" : String.join(", ", weakest)));
      for (KpiOutcome k : g.kpis()) {
        k.result().ifPresent(x -> row.add(x.met() ? "met" : "not met"));
      }
      rows.add(row.toArray(new String[0]));
    }
    table(out, rows, Set.of(1, 2, 3, 4));

    out.append("\ntrend by ").append(r.trendUnit().key()).append('\n');
    List<String[]> trend = new ArrayList<>();
    trend.add(new String[] {"period", "count", "mean"});
    for (GroupReport p : r.trend()) {
      trend.add(new String[] {p.key().values().get(0), Long.toString(p.count()), ReportData.text(p.mean(), "-")});
    }
    table(out, trend, Set.of(1, 2));

    List<RankedSubject> ranking = r.ranking();
    if (!ranking.isEmpty()) {
      out.append("\ntop 10 % of ").append(ranking.size()).append(" subjects: ");
      List<String> top = new ArrayList<>();
      for (RankedSubject e : ranking) {
        if (e.top()) {
          top.add("#" + e.rank() + " " + e.subject() + " " + e.mean().toPlainString());
        }
      }
      out.append(String.join(", ", top)).append('\n');
    }
    if (!all.kpis().isEmpty()) {
      out.append("\nKPIs\n");
      for (KpiOutcome k : all.kpis()) {
        out.append("  ").append(k.result().map(x -> (x.met() ? "met      " : "NOT MET  ") + x.explanation())
            .orElse("-        " + k.kpi().displayName() + ": " + k.kpi().source()
                + " is not in this data (target " + k.kpi().target() + ")")).append('\n');
      }
    }
    for (PeriodRuleOutcome o : r.periodRules()) {
      StreakRule rule = o.rule();
      out.append("\nperiod rule ").append(rule.id()).append(": ").append(rule.grade()).append(" in ")
          .append(rule.consecutive()).append(' ').append(rule.unit().key()).append("s in a row: ")
          .append(o.matches().isEmpty() ? "nobody" : o.matches().size() + " match(es)").append('\n');
      for (StreakRule.Match m : o.matches()) {
        out.append("  ").append(m.subject()).append(": ")
            .append(String.join(", ", m.periods().stream().map(ReportingPeriod::toString).toList())).append('\n');
      }
    }
    for (Map.Entry<String, ScoreDistribution> c : r.categories().entrySet()) {
      List<String> parts = new ArrayList<>();
      c.getValue().counts().forEach((id, n) -> parts.add(id + " " + n + " ("
          + c.getValue().share(id).map(s -> ReportData.fixed(s.movePointRight(2), 1)).orElse("-") + " %)"));
      out.append("categories of ").append(c.getKey()).append(": ").append(String.join(", ", parts)).append('\n');
    }
    DataQuality q = r.quality();
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
