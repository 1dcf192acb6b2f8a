package org.rubric4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rubric4j.analytics.GroupBy;
import org.rubric4j.report.Report;
import org.rubric4j.yaml.LoadedRubric;
import org.rubric4j.yaml.ObservationRecord;
import org.rubric4j.yaml.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code rubric4j report RUBRIC DATA}: scores every row and reports on all of them together:
 * summary, grade distribution, dimension means per group, trend, ranking with the top 10 %,
 * weakest dimensions, KPI attainment, period rules and the rows excluded with their reasons.
 */
@Command(name = "report",
    description = {"Report on many evaluations: summary, grade distribution, dimension means per group,",
        "trend over periods, ranking with the top 10 %%, weakest dimensions, KPI attainment (the rubric's",
        "kpis), period rules (periodRules) and data quality. HTML is one self-contained file to print;",
        "json and csv are for other tools; table is for the terminal. Rows that cannot be scored are",
        "reported on standard error as DATA:LINE: ID: REASON and counted under data quality."},
    footer = {"", "Examples:",
        "  rubric4j report rubric.yaml 2024.csv --out report.html",
        "  rubric4j report rubric.yaml 2024.csv --group-by tag.team --group-by period:quarter --format json",
        "  rubric4j report rubric.yaml 2024.csv --format table"},
    exitCodeListHeading = Main.EXIT_CODES,
    exitCodeList = {"0:every row scored", "1:some rows were excluded or an input is bad (the report is still written)", Main.USAGE_ERROR})
final class ReportCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { html, json, csv, table }

  /** Reads {@code subject}, {@code tag.NAME}, {@code period:UNIT}; anything else is a usage error. */
  static final class GroupByConverter implements CommandLine.ITypeConverter<GroupBy> {
    @Override
    public GroupBy convert(String value) {
      try {
        return GroupBy.parse(value);
      } catch (RuntimeException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Spec
  private CommandSpec spec;

  @picocli.CommandLine.ParentCommand
  private Main main;

  @Mixin
  private DataSource data;

  @Option(names = "--group-by", paramLabel = "subject|tag.NAME|period:UNIT", converter = GroupByConverter.class,
      description = {"Group by subject, a tag (tag.team) or a period (period:day|week|month|quarter|year);",
          "repeat to group by several, in order. Default: subject."})
  private List<GroupBy> groupBy;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  private Path out;

  @Option(names = "--format", paramLabel = "html|json|csv|table",
      description = {"html (one self-contained page with charts), json, csv (one row per group) or table.",
          "Default: from the extension of --out (.html, .json, .csv), otherwise table."})
  private Format format;

  @Override
  public Integer call() throws IOException {
    data.refuseAsOutput(out, "--out", spec.commandLine());
    LoadedRubric loaded = Scoring.load(data.rubric);
    PrintWriter err = spec.commandLine().getErr();
    Format f = format != null ? format : inferred();
    ReportData report = new ReportData(loaded,
        groupBy == null || groupBy.isEmpty() ? List.of(GroupBy.subject()) : groupBy);
    try (Stream<ObservationRecord> records = data.open(loaded.rubric(), main.stdin())) {
      records.forEachOrdered(r -> report.accept(r).ifPresent(line -> err.println(data.name() + ":" + line)));
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    if (out == null) {
      render(report.report(), f, dataName(), spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
    } else {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (java.io.Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        render(report.report(), f, dataName(), w);
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      spec.commandLine().getOut().println("rubric4j: wrote the " + f + " report to " + out);
      spec.commandLine().getOut().flush();
    }
    long excluded = report.quality().excludedCount();
    if (excluded > 0) {
      err.println("rubric4j: " + excluded + " of " + report.quality().seen()
          + " rows were excluded (listed above, counted under data quality); the report covers the other "
          + report.quality().accepted());
      err.flush();
      return Failures.INPUT;
    }
    err.flush();
    return 0;
  }

  private String dataName() {
    if (data.name().equals("-")) {
      return "standard input";
    }
    return Optional.ofNullable(Path.of(data.name()).getFileName()).map(Path::toString).orElse(data.name());
  }

  private Format inferred() {
    if (out != null) {
      String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (name.endsWith(".html") || name.endsWith(".htm")) {
        return Format.html;
      }
      if (name.endsWith(".json")) {
        return Format.json;
      }
      if (name.endsWith(".csv")) {
        return Format.csv;
      }
    }
    return Format.table;
  }

  /** Writes the report to {@code out}: JSON and CSV as they are made, so their size needs no heap. */
  static void render(Report report, Format format, String dataName, Appendable out) throws IOException {
    switch (format) {
      case json -> ReportWriter.create().write(report, out);
      case csv -> ReportCsv.write(report, out);
      default -> out.append(render(report, format, dataName));
    }
  }

  static String render(Report report, Format format, String dataName) {
    return switch (format) {
      case html -> ReportHtml.of(report, dataName);
      case json -> ReportWriter.create().toJson(report);
      case csv -> ReportCsv.of(report);
      case table -> ReportTable.of(report);
    };
  }
}
