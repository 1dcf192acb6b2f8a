package org.rubric4j.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.rubric4j.Rubric;
import org.rubric4j.yaml.RubricReader;

/**
 * The example job: scores observations (CSV or Parquet) with a rubric file on Spark and writes
 * the report tables.
 *
 * <pre>
 * spark-submit --class org.rubric4j.spark.ScoreReportJob --master 'local[2]' \
 *   --jars rubric4j-core.jar,rubric4j-yaml.jar,...  rubric4j-spark.jar \
 *   RUBRIC.yaml OBSERVATIONS OUTPUT_DIR [GROUP_COLUMN ...]
 * </pre>
 *
 * <p>{@code OBSERVATIONS} is read as Parquet when its name ends in {@code .parquet}, otherwise
 * as CSV with a header, every value as text. In {@code OUTPUT_DIR} it writes, as CSV with a
 * header (one file each, for people) unless {@code -Drubric4j.output=parquet}:
 * <ul>
 *   <li>{@code results/}: one row per scored observation ({@link RubricScorer#resultSchema()},
 *       without {@code error});</li>
 *   <li>{@code errors/}: {@code id} and {@code error} of every row that could not be scored;</li>
 *   <li>{@code groups/}: the {@link GroupReport} per group of the {@code GROUP_COLUMN}s
 *       (default {@code subject}), ordered by group.</li>
 * </ul>
 * It prints how many rows were read, scored and not scored; the last two add up to the first.
 * The rubric is read on the driver, so {@code RUBRIC.yaml} is a local path there.
 */
public final class ScoreReportJob {

  private ScoreReportJob() {}

  /** What the job counted. */
  public record Counts(long rows, long scored, long bad) {}

  /**
   * Runs the job; see the class comment for the arguments.
   *
   * @param args RUBRIC OBSERVATIONS OUTPUT_DIR [GROUP_COLUMN ...]
   */
  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: ScoreReportJob RUBRIC OBSERVATIONS OUTPUT_DIR [GROUP_COLUMN ...]");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("rubric4j score report").getOrCreate();
    try {
      Counts c = run(spark, Path.of(args[0]), args[1], args[2],
          args.length > 3 ? Arrays.asList(args).subList(3, args.length) : List.of("subject"),
          System.getProperty("rubric4j.output", "csv"));
      System.out.printf(Locale.ROOT, "rubric4j: %d rows read, %d scored, %d could not be scored (see errors/)%n",
          c.rows(), c.scored(), c.bad());
    } finally {
      spark.stop();
    }
  }

  /**
   * Scores {@code observations} with the rubric file {@code rubricFile} and writes the report
   * tables under {@code output} in {@code format} ({@code csv} or {@code parquet}).
   */
  public static Counts run(SparkSession spark, Path rubricFile, String observations, String output,
      List<String> groupBy, String format) {
    Rubric rubric = RubricReader.create().read(rubricFile).rubric();
    Dataset<Row> input = observations.toLowerCase(Locale.ROOT).endsWith(".parquet")
        ? spark.read().parquet(observations)
        : spark.read().option("header", "true").option("escape", "\"").option("multiLine", "true")
            .csv(observations);

    Dataset<Row> results = RubricScorer.of(rubric).score(input).cache();
    write(results.filter("error is null").drop(RubricScorer.ERROR), format, output + "/results");
    write(results.filter("error is not null").select("id", RubricScorer.ERROR), format, output + "/errors");

    List<Column> keys = new ArrayList<>();
    groupBy.forEach(g -> keys.add(functions.col("`" + g + "`")));
    Dataset<Row> grouped = input.groupBy(keys.toArray(Column[]::new))
        .agg(RubricAggregator.of(rubric).column(input).as("statistics"));
    Dataset<Row> report = GroupReport.of(rubric).table(grouped, "statistics").orderBy(keys.toArray(Column[]::new));
    write(report, format, output + "/groups");

    long rows = results.count();
    long bad = results.filter("error is not null").count();
    results.unpersist();
    return new Counts(rows, rows - bad, bad);
  }

  private static void write(Dataset<Row> table, String format, String path) {
    if (format.equals("parquet")) {
      table.write().mode(SaveMode.Overwrite).parquet(path);
    } else {
      table.coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").csv(path);
    }
  }
}
