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
 * Results as an aligned table for people: id, subject, period, total, grade name, vetoes.
 * Column widths come from the first rows (and the headings); Chinese characters count double,
 * as terminals show them.
 */
final class TableSink implements ResultSink {

  private static final int SAMPLE = 500;
  private static final String[] HEADINGS = {"id", "subject", "period", "total", "grade", "vetoes"};

  private final Writer out;
  private final String scale;
  private final List<String[]> pending = new ArrayList<>();
  private int[] widths;

  TableSink(Rubric rubric, Writer out) {
    this.out = out;
    this.scale = rubric.scale().toPlainString();
  }

  @Override
  public void accept(Evaluation e) {
    String[] row = {e.id(), e.subject().orElse(""), e.period().orElse(""),
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
    widths = new int[HEADINGS.length];
    for (int k = 0; k < HEADINGS.length; k++) {
      widths[k] = Width.of(HEADINGS[k]);
    }
    for (String[] row : pending) {
      for (int k = 0; k < row.length; k++) {
        widths[k] = Math.max(widths[k], Width.of(row[k]));
      }
    }
    String[] headings = HEADINGS.clone();
    headings[3] = "total/" + scale;
    widths[3] = Math.max(widths[3], Width.of(headings[3]));
    print(headings);
    pending.forEach(this::print);
    pending.clear();
  }

  private void print(String[] row) {
    StringBuilder line = new StringBuilder();
    for (int k = 0; k < row.length; k++) {
      boolean right = k == 3;
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
