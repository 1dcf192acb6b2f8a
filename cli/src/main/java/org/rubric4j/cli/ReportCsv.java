package org.rubric4j.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rubric4j.Dimension;
import org.rubric4j.Grade;
import org.rubric4j.analytics.Aggregate;
import org.rubric4j.analytics.GroupKey;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.KpiResult;
import org.rubric4j.analytics.ScoreStatistics;

/**
 * The report's groups as CSV, one row per group (the {@code --format csv} contract): the group
 * key columns ({@code subject}, {@code tag.team}, {@code period:quarter}), {@code count},
 * {@code mean}, {@code min}, {@code max}, {@code standardDeviation}, {@code vetoed}, one
 * {@code grade.ID} count per grade, one {@code dimension.ID} mean per leaf dimension,
 * {@code weakest} (ids joined by {@code ;}) and one {@code kpi.ID} per KPI ({@code met},
 * {@code not met}, or empty when not measured). A last row {@code all} covers every group.
 */
final class ReportCsv {

  private ReportCsv() {}

  static String of(ReportData d) {
    StringBuilder out = new StringBuilder();
    write(d, out);
    return out.toString();
  }

  /** Writes the report to {@code out} a row at a time: one row per group, and groups may be many. */
  static void write(ReportData d, Appendable out) {
    try {
      rows(d, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void rows(ReportData d, Appendable out) throws java.io.IOException {
    List<String> header = new ArrayList<>();
    d.groupBy.forEach(g -> header.add(g.key()));
    header.addAll(List.of("count", "mean", "min", "max", "standardDeviation", "vetoed"));
    d.rubric.grades().forEach(g -> header.add("grade." + g.id()));
    d.dimensions.forEach(dim -> header.add("dimension." + dim.id()));
    header.add("weakest");
    d.analytics.kpis().forEach(k -> header.add("kpi." + k.id()));
    line(out, header);
    for (Map.Entry<GroupKey, Aggregate> g : d.groups().entrySet()) {
      line(out, row(d, g.getKey().values(), g.getValue()));
    }
    List<String> all = new ArrayList<>();
    all.add("all");
    for (int i = 1; i < d.groupBy.size(); i++) {
      all.add("");
    }
    line(out, row(d, all, d.all()));
  }

  private static List<String> row(ReportData d, List<String> key, Aggregate a) {
    List<String> cells = new ArrayList<>(key);
    ScoreStatistics t = a.total();
    cells.add(Long.toString(a.count()));
    cells.add(text(d, t.mean()));
    cells.add(text(d, t.min()));
    cells.add(text(d, t.max()));
    cells.add(text(d, t.populationStandardDeviation()));
    cells.add(Long.toString(a.vetoedCount()));
    for (Grade g : d.rubric.grades()) {
      cells.add(Long.toString(t.gradeCounts().getOrDefault(g.id(), 0L)));
    }
    for (Dimension dim : d.dimensions) {
      cells.add(text(d, a.dimension(dim.id()).flatMap(ScoreStatistics::mean)));
    }
    cells.add(String.join(";", d.weakest(a)));
    for (Map.Entry<Kpi, Optional<KpiResult>> k : d.kpis(a)) {
      cells.add(k.getValue().map(r -> r.met() ? "met" : "not met").orElse(""));
    }
    return cells;
  }

  private static String text(ReportData d, Optional<BigDecimal> value) {
    return value.map(d::score).orElse("");
  }

  private static void line(Appendable out, List<String> cells) throws java.io.IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(CsvSink.quote(cells.get(i)));
    }
    out.append('\n');
  }
}
