package org.rubric4j.spark;

import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;
import org.rubric4j.Rubric;

/**
 * A typed Spark {@link Aggregator} that scores observation rows with a rubric and aggregates
 * them into exact rubric4j statistics per group, on the executors:
 *
 * <pre>{@code
 * RubricAggregator stats = RubricAggregator.of(rubric);
 * Dataset<Row> bySubject = observations.groupBy("subject")
 *     .agg(stats.column(observations).as("stats"));
 * GroupStatistics s = GroupStatistics.fromBytes(bySubject.first().getAs("stats"));
 * s.aggregate().total().mean();                  // exact, as in one JVM
 * GroupReport.of(rubric).table(bySubject, "stats").show();   // flat columns
 * }</pre>
 *
 * <p>The buffer is a {@link GroupStatistics}: each task adds its rows with
 * {@link org.rubric4j.analytics.Aggregate#add} and Spark combines the partial buffers with
 * {@link GroupStatistics#addAll}, which is rubric4j's exact, associative merge, so the
 * statistics (means, minima, maxima, deviations, score and grade counts, hence distributions and
 * KPI attainment) equal those of {@link org.rubric4j.analytics.Aggregator} in a single JVM, digit for digit.
 * Rows that cannot be scored are counted in {@link GroupStatistics#quality()} with their reason.
 *
 * <p>Input rows have the columns of the CSV observation format (see {@link RubricScorer});
 * {@link #column(Dataset)} passes all of a dataset's columns. Buffers and the result are encoded
 * with Java serialization: the result column is binary ({@link GroupStatistics#fromBytes}).
 * Serializable; the rubric travels as its JSON text ({@link ShippedRubric}).
 */
public final class RubricAggregator extends Aggregator<Row, GroupStatistics, GroupStatistics> {

  private static final long serialVersionUID = 1L;

  private final ShippedRubric rubric;
  private transient RowReader reader;

  private RubricAggregator(ShippedRubric rubric) {
    this.rubric = rubric;
  }

  /** An aggregator that scores rows with {@code rubric}. */
  public static RubricAggregator of(Rubric rubric) {
    return new RubricAggregator(ShippedRubric.of(rubric));
  }

  /** An aggregator that scores rows with a rubric already wrapped for shipping. */
  public static RubricAggregator of(ShippedRubric rubric) {
    return new RubricAggregator(Objects.requireNonNull(rubric, "rubric"));
  }

  /**
   * This aggregator as an untyped column over every column of {@code observations}, for
   * {@code observations.groupBy(...).agg(...)}; its values are binary
   * ({@link GroupStatistics#fromBytes}).
   *
   * @throws IllegalArgumentException at once when the columns do not fit the rubric
   */
  public Column column(Dataset<Row> observations) {
    Objects.requireNonNull(observations, "observations");
    RowReader.of(rubric.rubric(), observations.schema()); // fails fast on the driver
    Column[] columns = Arrays.stream(observations.schema().fieldNames())
        .map(n -> functions.col("`" + n.replace("`", "``") + "`"))
        .toArray(Column[]::new);
    return functions.udaf(this, Encoders.row(observations.schema())).apply(columns);
  }

  @Override
  public GroupStatistics zero() {
    return GroupStatistics.empty();
  }

  @Override
  public GroupStatistics reduce(GroupStatistics buffer, Row row) {
    if (reader == null) {
      reader = RowReader.of(rubric.rubric(), row.schema());
    }
    RowReader.Outcome o = reader.score(row);
    return o.scored() ? buffer.add(o.evaluation()) : buffer.reject(o.qualityReason(), o.id());
  }

  @Override
  public GroupStatistics merge(GroupStatistics b1, GroupStatistics b2) {
    return b1.addAll(b2);
  }

  @Override
  public GroupStatistics finish(GroupStatistics reduction) {
    return reduction;
  }

  @Override
  public Encoder<GroupStatistics> bufferEncoder() {
    return Encoders.javaSerialization(GroupStatistics.class);
  }

  @Override
  public Encoder<GroupStatistics> outputEncoder() {
    return Encoders.javaSerialization(GroupStatistics.class);
  }
}
