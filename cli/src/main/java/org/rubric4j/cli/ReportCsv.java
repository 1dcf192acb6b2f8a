package org.rubric4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.rubric4j.report.DimensionMean;
import org.rubric4j.report.GroupReport;
import org.rubric4j.report.KpiOutcome;
import org.rubric4j.report.Report;

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

  static String of(Report r) {
    StringBuilder out = new StringBuilder();
    write(r, out);
    return out.toString();
  }

  /** Writes the report to {@code out} a row at a time: one row per group, and groups may be many. */
  static void write(Report r, Appendable out) {
    try {
      rows(r, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rows(Report r, Appendable out) throws IOException {
    List<String> header = new ArrayList<>();
    r.groupBy().forEach(g -> header.add(g.key()));
    header.addAll(List.of("count", "mean", "min", "max", "standardDeviation", "vetoed"));
    r.rubric().grades().forEach(g -> header.add("grade." + g.id()));
    r.dimensions().forEach(id -> header.add("dimension." + id));
    header.add("weakest");
    r.kpis().forEach(k -> header.add("kpi." + k.kpi().id()));
    line(out, header);
    for (GroupReport g : r.groups()) {
      line(out, row(g.key().values(), g));
    }
    List<String> all = new ArrayList<>();
    all.add("all");
    for (int i = 1; i < r.groupBy().size(); i++) {
      all.add("");
    }
    line(out, row(all, r.summary()));
  }

  private static List<String> row(List<String> key, GroupReport g) {
    List<String> cells = new ArrayList<>(key);
    cells.add(Long.toString(g.count()));
    cells.add(ReportData.text(g.mean(), ""));
    cells.add(ReportData.text(g.min(), ""));
    cells.add(ReportData.text(g.max(), ""));
    cells.add(ReportData.text(g.standardDeviation(), ""));
    cells.add(Long.toString(g.vetoed()));
    g.grades().values().forEach(n -> cells.add(Long.toString(n)));
    for (DimensionMean d : g.dimensions()) {
      cells.add(ReportData.text(d.mean(), ""));
    }
    cells.add(String.join(";", g.weakest()));
    for (KpiOutcome k : g.kpis()) {
      cells.add(k.result().map(x -> x.met() ? "met" : "not met").orElse(""));
    }
    return cells;
  }

  private static void line(Appendable out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(CsvSink.quote(cells.get(i)));
    }
    out.append('\n');
  }
}
