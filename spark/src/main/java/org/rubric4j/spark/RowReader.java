package org.rubric4j.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.rubric4j.Evaluation;
import org.rubric4j.InvalidValueException;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.Value;
import org.rubric4j.analytics.DataQuality;

/**
 * Reads one {@link Row} of observation columns into {@link Observations} and scores it, with the
 * column conventions of the CSV observation format (docs/rubric-format.md, read by
 * {@code org.rubric4j.yaml.ObservationReader}): {@code id}, {@code subject}, {@code period},
 * {@code tag.NAME}, one column per indicator id, {@code flag.ID}, {@code evidence.INDICATOR}.
 * A null or empty cell is an absent value; {@code n/a} is not applicable; flags are
 * {@code true} or {@code false}. Cells that are not text (numbers, booleans from an inferred
 * or Parquet schema) are read as their plain text.
 *
 * <p>Built once per partition from the rows' schema; not thread-safe, not serializable.
 */
final class RowReader {

  /** What kind of column each position is. */
  private enum Kind { ID, SUBJECT, PERIOD, TAG, FLAG, EVIDENCE, VALUE }

  /** The outcome for one row: an evaluation, or why there is none. */
  record Outcome(String id, String subject, String period, Evaluation evaluation, String error,
      String qualityReason) {
    boolean scored() {
      return evaluation != null;
    }
  }

  private final Rubric rubric;
  private final Kind[] kinds;
  private final String[] names;
  /** Whether each column is a checklist's value: there an empty cell ticks nothing. */
  private final boolean[] checklists;
  private final int idColumn;
  private final int subjectColumn;
  private final int periodColumn;

  private RowReader(Rubric rubric, StructType schema) {
    this.rubric = rubric;
    String[] fields = schema.fieldNames();
    this.kinds = new Kind[fields.length];
    this.names = new String[fields.length];
    this.checklists = new boolean[fields.length];
    int id = -1;
    int subject = -1;
    int period = -1;
    for (int i = 0; i < fields.length; i++) {
      String c = fields[i];
      if (c.equals("id")) {
        kinds[i] = Kind.ID;
        id = i;
      } else if (c.equals("subject")) {
        kinds[i] = Kind.SUBJECT;
        subject = i;
      } else if (c.equals("period")) {
        kinds[i] = Kind.PERIOD;
        period = i;
      } else if (c.startsWith("tag.")) {
        kinds[i] = Kind.TAG;
        names[i] = c.substring(4);
      } else if (c.startsWith("flag.")) {
        kinds[i] = Kind.FLAG;
        names[i] = c.substring(5);
      } else if (c.startsWith("evidence.")) {
        kinds[i] = Kind.EVIDENCE;
        names[i] = c.substring(9);
      } else {
        kinds[i] = Kind.VALUE;
        names[i] = c;
        checklists[i] = rubric.indicator(c).map(x -> x.rule() instanceof org.rubric4j.rule.ChecklistRule).orElse(false);
      }
    }
    this.idColumn = id;
    this.subjectColumn = subject;
    this.periodColumn = period;
  }

  /**
   * A reader of rows with {@code schema}.
   *
   * @throws IllegalArgumentException when the columns do not fit the rubric (see {@link #check})
   */
  static RowReader of(Rubric rubric, StructType schema) {
    List<String> problems = check(rubric, schema);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("the observation columns do not fit rubric " + rubric.id()
          + ": " + String.join("; ", problems) + "; no row was read");
    }
    return new RowReader(rubric, schema);
  }

  /**
   * Every problem of the columns, as the CSV reader refuses a header: no {@code id} column, a
   * column named twice, an indicator, flag or evidence column the rubric does not have, a
   * {@code tag.} column without a name. Empty when the columns fit.
   */
  static List<String> check(Rubric rubric, StructType schema) {
    Set<String> indicators = new HashSet<>();
    rubric.allIndicators().forEach(i -> indicators.add(i.id()));
    Set<String> flags = rubric.flagIds();
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String c : schema.fieldNames()) {
      if (!seen.add(c)) {
        problems.add("column `" + c + "` appears twice");
      }
      if (c.equals("id") || c.equals("subject") || c.equals("period")) {
        continue;
      }
      if (c.startsWith("tag.")) {
        if (c.length() == 4) {
          problems.add("column `tag.` names no tag");
        }
      } else if (c.startsWith("flag.")) {
        if (!flags.contains(c.substring(5))) {
          problems.add("column `" + c + "`: the rubric has no flag `" + c.substring(5) + "`"
              + (flags.isEmpty() ? "" : "; its flags: " + String.join(", ", flags)));
        }
      } else if (c.startsWith("evidence.")) {
        if (!indicators.contains(c.substring(9))) {
          problems.add("column `" + c + "`: the rubric has no indicator `" + c.substring(9) + "`");
        }
      } else if (c.isBlank()) {
        problems.add("a column has no name");
      } else if (!indicators.contains(c)) {
        problems.add("column `" + c + "`: the rubric has no indicator `" + c + "`");
      }
    }
    if (!seen.contains("id")) {
      problems.add("there is no `id` column");
    }
    return problems;
  }

  /** Reads and scores {@code row}; never throws for bad data: the outcome says what was wrong. */
  Outcome score(Row row) {
    String id = idColumn < 0 ? null : stripped(text(row, idColumn));
    String subject = subjectColumn < 0 ? null : nonEmpty(text(row, subjectColumn));
    String period = periodColumn < 0 ? null : nonEmpty(stripped(text(row, periodColumn)));
    if (id == null) {
      return new Outcome(null, subject, period, null, "the evaluation has no id", DataQuality.INCOMPLETE);
    }
    Observations.Builder b = Observations.builder(id);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      String cell = text(row, i);
      if (cell == null || cell.isEmpty() && !checklists[i]) {
        continue; // an empty cell is no value, but on a checklist it ticks nothing (as in the CSV reader)
      }
      try {
        switch (kinds[i]) {
          case ID -> { }
          case SUBJECT -> b.subject(cell);
          case PERIOD -> b.period(cell.strip());
          case TAG -> b.tag(names[i], cell);
          case EVIDENCE -> b.evidence(names[i], cell);
          case VALUE -> b.value(names[i], Value.parse(cell.strip()));
          case FLAG -> {
            String v = cell.strip();
            if (v.equals("true") || v.equals("false")) {
              b.flag(names[i], Boolean.parseBoolean(v));
            } else {
              problems.add("column " + row.schema().fieldNames()[i] + ": `" + cell
                  + "` is not a flag; write true or false");
            }
          }
          default -> throw new IllegalStateException(kinds[i].toString());
        }
      } catch (InvalidValueException e) {
        problems.add("column " + row.schema().fieldNames()[i] + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      return new Outcome(id, subject, period, null, String.join("; ", problems), DataQuality.OUT_OF_RANGE);
    }
    try {
      return new Outcome(id, subject, period, rubric.evaluate(b.build()), null, null);
    } catch (ObservationException e) {
      return new Outcome(id, subject, period, null, e.reason(), DataQuality.reasonOf(e));
    }
  }

  private static String text(Row row, int i) {
    Object v = row.get(i);
    if (v == null) {
      return null;
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Double || v instanceof Float) {
      return new BigDecimal(v.toString()).stripTrailingZeros().toPlainString();
    }
    return v.toString();
  }

  private static String stripped(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  private static String nonEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
