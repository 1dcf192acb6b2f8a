package org.rubric4j.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.rubric4j.report.Report;
import org.rubric4j.yaml.internal.JsonText;
import org.rubric4j.yaml.internal.ReportTree;

/**
 * Writes a {@link Report} as the report JSON, the one {@code rubric4j report --format json}
 * writes (docs/cli.md): {@code rubric}, {@code version}, {@code name}, {@code scale},
 * {@code groupBy}, {@code summary}, {@code quality}, {@code groups}, {@code groupExclusions},
 * {@code trend}, {@code ranking}, {@code kpis}, {@code periodRules}, {@code categories}.
 *
 * <p>Scores are JSON numbers at the rubric's precision ({@code 4.00} stays {@code 4.00});
 * shares have four decimals, percentiles two, KPI actual values six at most, in canonical units
 * (seconds, fractions of one, points). The groups and the ranking are written as they are made,
 * so the size of a report over many subjects needs no heap of its own. Indented by two spaces
 * (lists of scalars on one line), or compact with {@link #withoutIndentation()}. Immutable and
 * thread-safe.
 */
public final class ReportWriter {

  private static final ReportWriter INDENTED = new ReportWriter(true);
  private static final ReportWriter COMPACT = new ReportWriter(false);

  private final boolean indented;

  private ReportWriter(boolean indented) {
    this.indented = indented;
  }

  /** A writer of indented report JSON, ending with a line break: the command line's file. */
  public static ReportWriter create() {
    return INDENTED;
  }

  /** A writer like this one that writes each report on one line, with no line break after it. */
  public ReportWriter withoutIndentation() {
    return COMPACT;
  }

  /** {@code report} as JSON text. */
  public String toJson(Report report) {
    Objects.requireNonNull(report, "report");
    return indented ? JsonText.pretty(ReportTree.of(report)) : JsonText.compact(ReportTree.of(report));
  }

  /**
   * Writes {@code report} to {@code out} as it is made, and flushes {@code out}, which is not
   * closed.
   *
   * @throws UncheckedIOException when {@code out} fails
   */
  public void write(Report report, Writer out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    write(report, (Appendable) out);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code report} to {@code out} as it is made. */
  public void write(Report report, Appendable out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    if (indented) {
      JsonText.pretty(ReportTree.of(report), out);
    } else {
      JsonText.compact(ReportTree.of(report), out);
    }
  }
}
