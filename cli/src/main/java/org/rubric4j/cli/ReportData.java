package org.rubric4j.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rubric4j.Evaluation;
import org.rubric4j.ObservationException;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.DataQuality;
import org.rubric4j.analytics.GroupBy;
import org.rubric4j.report.Report;
import org.rubric4j.report.Reporter;
import org.rubric4j.yaml.ObservationRecord;
import org.rubric4j.yaml.LoadedRubric;

/**
 * The command line's side of a report: the rows as the reader gives them, each scored into the
 * library's {@link Reporter} or excluded with its reason, and the later rows of an id already
 * seen reported as duplicates. Only aggregates are kept, never the rows, so memory grows with
 * the number of groups (and of distinct ids, to find duplicates).
 */
final class ReportData {

  /** Reason for a row the reader could not read at all. */
  static final String UNREADABLE = "unreadable";

  private final Rubric rubric;
  private final Reporter reporter;
  /** The line of the first row of each id: to report later rows of an id (memory grows with the ids). */
  private final FirstLines seen = new FirstLines();

  ReportData(LoadedRubric loaded, List<GroupBy> groupBy) {
    this.rubric = loaded.rubric();
    this.reporter = loaded.reporter().groupBy(groupBy).build();
  }

  /**
   * Takes one row: scores it or excludes it with its reason; returns the line to report on
   * standard error for an excluded row ({@code LINE: ID: REASON}), or empty.
   */
  Optional<String> accept(ObservationRecord record) {
    if (record instanceof ObservationRecord.Invalid invalid) {
      reporter.exclude(invalid.id().orElse("line " + invalid.line()), reasonOf(invalid.reason()));
      return Optional.of(invalid.line() + ": " + invalid.id().map(i -> i + ": ").orElse("") + invalid.reason());
    }
    ObservationRecord.Valid valid = (ObservationRecord.Valid) record;
    String id = valid.observations().id();
    long first = seen.putIfAbsent(id, valid.line());
    if (first >= 0) {
      reporter.exclude(id, DataQuality.DUPLICATE);
      return Optional.of(valid.line() + ": " + id + ": " + DataSource.repeatedId(first));
    }
    Evaluation e;
    try {
      e = rubric.evaluate(valid.observations());
    } catch (ObservationException x) {
      reporter.exclude(x);
      return Optional.of(valid.line() + ": " + x.evaluationId() + ": " + x.reason());
    }
    reporter.add(e);
    return Optional.empty();
  }

  /** The data-quality reason of a row the reader refused, from its message. */
  static String reasonOf(String readerReason) {
    String r = readerReason.toLowerCase(Locale.ROOT);
    if (r.contains("not declared") || r.contains("in no band") || r.contains("above 100") || r.contains("negative")
        || r.contains("out of range")) {
      return DataQuality.OUT_OF_RANGE;
    }
    if (r.contains("no value") || r.contains("no id") || r.contains("missing") || r.contains("empty")) {
      return DataQuality.INCOMPLETE;
    }
    if (r.contains("unknown")) {
      return DataQuality.UNKNOWN_FIELD;
    }
    return UNREADABLE;
  }

  /** Rows scored and rows excluded, with reasons, so far. */
  DataQuality quality() {
    return reporter.quality();
  }

  /** The report of every row taken. */
  Report report() {
    return reporter.report();
  }

  // ---- formatting shared by the text formats ----------------------------------------------------

  /** {@code value} to {@code decimals} places, trailing zeros kept. */
  static String fixed(BigDecimal value, int decimals) {
    return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  /** A score as the report shows it (already at the rubric's precision), or {@code none}. */
  static String text(Optional<BigDecimal> score, String none) {
    return score.map(BigDecimal::toPlainString).orElse(none);
  }
}
