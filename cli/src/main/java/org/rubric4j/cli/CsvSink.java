package org.rubric4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.rubric4j.Dimension;
import org.rubric4j.Evaluation;
import org.rubric4j.FiredVeto;
import org.rubric4j.Grade;
import org.rubric4j.Rubric;
import org.rubric4j.yaml.internal.KeptTexts;

/**
 * Results as CSV: {@code id,subject,period,total,rawTotal,grade,vetoes}, then, when the rubric
 * has critical indicators, {@code criticalScore,nonCriticalScore} (empty when none of the kind
 * applies), then one column per dimension (depth first) with its score, empty when not applicable.
 */
final class CsvSink implements ResultSink {

  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private final Writer out;
  private final StringBuilder line = new StringBuilder(128);
  /** The line's characters, handed to the writer without a string per row. */
  private char[] chars = new char[128];
  /** How many columns the header has, and so every row. */
  private final int columns;
  private final boolean critical;

  CsvSink(Rubric rubric, Writer out) {
    this.out = out;
    this.critical = rubric.allIndicators().anyMatch(org.rubric4j.Indicator::critical);
    List<String> header = new ArrayList<>(List.of("id", "subject", "period", "total", "rawTotal", "grade", "vetoes"));
    if (critical) {
      header.addAll(List.of("criticalScore", "nonCriticalScore"));
    }
    header.addAll(rubric.allDimensions().map(Dimension::id).toList());
    this.columns = header.size();
    write(header);
  }

  @Override
  public void accept(Evaluation e) {
    // Cells go straight into one line, a row at a time: numbers as they are (a plain decimal
    // never needs quotes nor the formula guard; its text is kept, scores repeat), texts through
    // the same rule as quote().
    line.setLength(0);
    cell(e.id());
    line.append(',');
    cell(e.subject().orElse(""));
    line.append(',');
    cell(e.period().orElse(""));
    line.append(',').append(KeptTexts.plain(e.total()));
    line.append(',').append(KeptTexts.plain(e.rawTotal()));
    line.append(',');
    if (e.grade().isPresent()) {
      cell(e.grade().get().id());
    }
    line.append(',');
    cell(vetoes(e.vetoes()));
    if (critical) {
      line.append(',');
      e.criticalScore().ifPresent(score -> line.append(KeptTexts.plain(score)));
      line.append(',');
      e.nonCriticalScore().ifPresent(score -> line.append(KeptTexts.plain(score)));
    }
    for (java.util.Optional<java.math.BigDecimal> score : e.dimensionScores()) {
      line.append(',');
      if (score.isPresent()) {
        line.append(KeptTexts.plain(score.get()));
      }
    }
    flushLine();
  }

  private void write(List<String> cells) {
    line.setLength(0);
    for (int k = 0; k < cells.size(); k++) {
      if (k > 0) {
        line.append(',');
      }
      cell(cells.get(k));
    }
    flushLine();
  }

  /** Appends {@code text} as {@link #quote} writes it, without a new string when it needs nothing. */
  private void cell(String text) {
    if (needsNothing(text)) {
      line.append(text);
    } else {
      line.append(quote(text));
    }
  }

  /** Whether {@link #quote} gives {@code text} back as it is: no formula guard, no quotes. */
  static boolean needsNothing(String text) {
    int n = text.length();
    if (n > 0 && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  private void flushLine() {
    line.append('\n');
    int n = line.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, 2 * chars.length)];
    }
    line.getChars(0, n, chars, 0);
    try {
      out.write(chars, 0, n); // one call a row: the writer locks on each
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  /**
   * {@code cell} as a CSV field: quoted when it holds a comma, a quote or a line break, and, when it
   * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return and is not a
   * number, prefixed with {@code '} so that a spreadsheet shows it as text instead of running it as
   * a formula (OWASP's advice against CSV injection). Numbers such as {@code -2.5} stay numbers.
   */
  static String quote(String cell) {
    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches()) {
      cell = "'" + cell;
    }
    boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0;
    return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  static String vetoes(List<FiredVeto> fired) {
    return fired.isEmpty() ? "" : fired.stream().map(f -> f.veto().id()).collect(Collectors.joining(";"));
  }
}
