package org.rubric4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.rubric4j.Evaluation;
import org.rubric4j.Grade;
import org.rubric4j.Rubric;

/**
 * Results as an aligned table for people: id, subject, period, total (then, when the rubric has
 * critical indicators, the critical and non-critical scores), grade name, vetoes.
 * Column widths come from the first rows (and the headings); Chinese characters count double,
 * as terminals show them.
 */
final class TableSink implements ResultSink {

  private static final int SAMPLE = 500;
  private static final String[] PLAIN = {"id", "subject", "period", "total", "grade", "vetoes"};
  private static final String[] WITH_CRITICAL =
      {"id", "subject", "period", "total", "critical", "non-critical", "grade", "vetoes"};

  private final Writer out;
  private final String scale;
  private final boolean critical;
  private final String[] headings;
  private final List<String[]> pending = new ArrayList<>();
  private int[] widths;

  TableSink(Rubric rubric, Writer out) {
    this.out = out;
    this.scale = rubric.scale().toPlainString();
    this.critical = rubric.allIndicators().anyMatch(org.rubric4j.Indicator::critical);
    this.headings = critical ? WITH_CRITICAL : PLAIN;
  }

  @Override
  public void accept(Evaluation e) {
    String[] row = critical
        ? new String[] {e.id(), e.subject().orElse(""), e.period().orElse(""), e.total().toPlainString(),
            e.criticalScore().map(java.math.BigDecimal::toPlainString).orElse(""),
            e.nonCriticalScore().map(java.math.BigDecimal::toPlainString).orElse(""),
            e.grade().map(Grade::displayName).orElse(""), CsvSink.vetoes(e.vetoes())}
        : new String[] {e.id(), e.subject().orElse(""), e.period().orElse(""),
            e.total().toPlainString(), e.grade().map(Grade::displayName).orElse(""),
            CsvSink.vetoes(e.vetoes())};
    if (widths == null) {
      pending.add(row);
      if (pending.size() == SAMPLE) {
        flushPending();
      }
    } else {
      print(row);
    }
  }

  @Override
  public void finish() {
    if (widths == null) {
      flushPending();
    }
  }

  private void flushPending() {
    widths = new int[headings.length];
    for (int k = 0; k < headings.length; k++) {
      widths[k] = Width.of(headings[k]);
    }
    for (String[] row : pending) {
      for (int k = 0; k < row.length; k++) {
        widths[k] = Math.max(widths[k], Width.of(row[k]));
      }
    }
    String[] shown = headings.clone();
    shown[3] = "total/" + scale;
    widths[3] = Math.max(widths[3], Width.of(shown[3]));
    print(shown);
    pending.forEach(this::print);
    pending.clear();
  }

  private void print(String[] row) {
    StringBuilder line = new StringBuilder();
    for (int k = 0; k < row.length; k++) {
      boolean right = k == 3 || critical && (k == 4 || k == 5); // numbers align right
      String cell = row[k];
      int pad = Math.max(0, widths[k] - Width.of(cell));
      if (right) {
        line.append(" ".repeat(pad)).append(cell);
      } else {
        line.append(cell);
        if (k < row.length - 1) {
          line.append(" ".repeat(pad));
        }
      }
      if (k < row.length - 1) {
        line.append("  ");
      }
    }
    try {
      out.write(line.toString().stripTrailing());
      out.write('\n');
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }
}
