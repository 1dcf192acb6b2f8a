package org.rubric4j.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.rubric4j.Dimension;
import org.rubric4j.Evaluation;
import org.rubric4j.Grade;
import org.rubric4j.Rubric;

/**
 * Scores a {@code Dataset<Row>} of observations with a {@link Rubric}, on the executors, and
 * gives one result row per input row: none is dropped, and a row that cannot be scored says why
 * in its {@code error} column.
 *
 * <pre>{@code
 * Rubric rubric = RubricReader.create().read(Path.of("crm-service-quality.yaml")).rubric();
 * Dataset<Row> observations = spark.read().option("header", true).csv("september/*.csv");
 * Dataset<Row> results = RubricScorer.of(rubric).score(observations);
 * results.filter("error is null").write().parquet("september-scores");
 * results.filter("error is not null").select("id", "error").show(false);
 * }</pre>
 *
 * <p>Input columns follow the CSV observation format: {@code id}, {@code subject},
 * {@code period}, {@code tag.NAME}, one column per indicator id, {@code flag.ID},
 * {@code evidence.INDICATOR}; read CSV with {@code header} and without {@code inferSchema} to
 * keep every value's text as written. Columns the rubric does not know are refused before any
 * row is read, as the CSV reader refuses such a header: select the columns to score.
 *
 * <p>Result columns ({@link #resultSchema()}): {@code id}, {@code subject}, {@code period}
 * (text), {@code total} and {@code rawTotal} (decimals with the rubric's precision),
 * {@code grade} (the grade id), {@code vetoes} (the ids of the vetoes that fired, joined by
 * {@code ;}), when the rubric has critical indicators {@code criticalScore} and
 * {@code nonCriticalScore} (decimals, null where none of the kind applies), one decimal column per dimension, depth first, named by the dimension id (its
 * own score on the rubric's scale, null when not applicable; an id that equals one of the
 * fixed column names is prefixed {@code dimension:}), and {@code error}: null for a scored row,
 * otherwise every reason it could not be scored, with all score columns null. These are the
 * columns of the command-line tool's CSV output, plus {@code error}.
 *
 * <p>The rubric is loaded once on the driver and shipped to the executors as its JSON text
 * ({@link ShippedRubric}). Immutable, thread-safe and serializable.
 */
public final class RubricScorer implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The fixed leading result columns, in order. */
  public static final List<String> FIXED_COLUMNS =
      List.of("id", "subject", "period", "total", "rawTotal", "grade", "vetoes");

  /** The columns after {@link #FIXED_COLUMNS} when the rubric has critical indicators. */
  public static final List<String> CRITICAL_COLUMNS = List.of("criticalScore", "nonCriticalScore");

  /** The column that says why a row could not be scored; null for a scored row. */
  public static final String ERROR = "error";

  private final ShippedRubric shipped;
  private final List<String> dimensionIds;
  private final List<String> dimensionColumns;
  private final boolean critical;

  private RubricScorer(ShippedRubric shipped) {
    this.shipped = shipped;
    Rubric rubric = shipped.rubric();
    this.dimensionIds = rubric.allDimensions().map(Dimension::id).toList();
    this.critical = rubric.allIndicators().anyMatch(org.rubric4j.Indicator::critical);
    Set<String> taken = new LinkedHashSet<>(FIXED_COLUMNS);
    if (critical) {
      taken.addAll(CRITICAL_COLUMNS);
    }
    taken.add(ERROR);
    this.dimensionColumns = dimensionIds.stream()
        .map(id -> taken.contains(id) ? "dimension:" + id : id).toList();
  }

  /** A scorer for {@code rubric}. */
  public static RubricScorer of(Rubric rubric) {
    return new RubricScorer(ShippedRubric.of(rubric));
  }

  /** A scorer for a rubric already wrapped for shipping. */
  public static RubricScorer of(ShippedRubric rubric) {
    return new RubricScorer(Objects.requireNonNull(rubric, "rubric"));
  }

  /** The rubric. */
  public Rubric rubric() {
    return shipped.rubric();
  }

  /** The result column of each dimension, by dimension id, depth first. */
  public Map<String, String> dimensionColumns() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (int k = 0; k < dimensionIds.size(); k++) {
      out.put(dimensionIds.get(k), dimensionColumns.get(k));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The schema of {@link #score}'s result. */
  public StructType resultSchema() {
    int precision = shipped.rubric().precision();
    DecimalType decimal = DataTypes.createDecimalType(38, precision);
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("id", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("subject", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("period", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("total", decimal, true));
    fields.add(DataTypes.createStructField("rawTotal", decimal, true));
    fields.add(DataTypes.createStructField("grade", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("vetoes", DataTypes.StringType, true));
    if (critical) {
      for (String c : CRITICAL_COLUMNS) {
        fields.add(DataTypes.createStructField(c, decimal, true));
      }
    }
    for (String c : dimensionColumns) {
      fields.add(DataTypes.createStructField(c, decimal, true));
    }
    fields.add(DataTypes.createStructField(ERROR, DataTypes.StringType, true));
    return DataTypes.createStructType(fields);
  }

  /**
   * Every problem of {@code observations}' columns for this rubric; empty when they fit.
   *
   * @see #score
   */
  public List<String> checkColumns(Dataset<Row> observations) {
    return RowReader.check(shipped.rubric(), observations.schema());
  }

  /**
   * The result of every row of {@code observations}, lazily (nothing runs until an action):
   * one result row per input row, in the input's order within each partition.
   *
   * @throws IllegalArgumentException at once, on the driver, when the columns do not fit the
   *     rubric: no {@code id} column, a column named twice, an unknown indicator, flag or
   *     evidence column
   */
  public Dataset<Row> score(Dataset<Row> observations) {
    Objects.requireNonNull(observations, "observations");
    StructType schema = observations.schema();
    RowReader.of(shipped.rubric(), schema); // fails fast on the driver
    ShippedRubric rubric = shipped;
    int dimensions = dimensionIds.size();
    List<String> ids = dimensionIds;
    boolean withCritical = critical;
    MapPartitionsFunction<Row, Row> fn = rows -> new Iterator<>() {
      private RowReader reader;

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        if (reader == null) {
          reader = RowReader.of(rubric.rubric(), row.schema() == null ? schema : row.schema());
        }
        return toRow(reader.score(row), ids, dimensions, withCritical);
      }
    };
    return observations.mapPartitions(fn, Encoders.row(resultSchema()));
  }

  private static Row toRow(RowReader.Outcome o, List<String> dimensionIds, int dimensions, boolean critical) {
    int first = FIXED_COLUMNS.size() + (critical ? CRITICAL_COLUMNS.size() : 0);
    Object[] cells = new Object[first + dimensions + 1];
    cells[0] = o.id();
    cells[1] = o.subject();
    cells[2] = o.period();
    if (o.scored()) {
      Evaluation e = o.evaluation();
      cells[3] = e.total();
      cells[4] = e.rawTotal();
      cells[5] = e.grade().map(Grade::id).orElse(null);
      cells[6] = e.vetoes().isEmpty() ? "" : e.vetoes().stream().map(f -> f.veto().id()).collect(Collectors.joining(";"));
      if (critical) {
        cells[7] = e.criticalScore().orElse(null);
        cells[8] = e.nonCriticalScore().orElse(null);
      }
      List<Optional<BigDecimal>> scores = e.dimensionScores(); // the rubric's order, as the columns
      for (int k = 0; k < dimensions; k++) {
        cells[first + k] = scores.get(k).orElse(null);
      }
    } else {
      cells[cells.length - 1] = o.error();
    }
    return RowFactory.create(cells);
  }

  @Override
  public String toString() {
    return "RubricScorer[" + shipped.rubric() + "]";
  }
}
