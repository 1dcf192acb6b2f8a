package org.rubric4j.spark;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.rubric4j.Dimension;
import org.rubric4j.DimensionResult;
import org.rubric4j.Evaluation;
import org.rubric4j.Grade;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.Aggregate;
import org.rubric4j.analytics.Aggregator;
import org.rubric4j.analytics.GroupBy;
import org.rubric4j.analytics.ScoreStatistics;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spark's results checked against the single-JVM results of the same rows ({@link Reference},
 * what the command-line tool computes): one result row, and the report tables that
 * {@link ScoreReportJob} writes, read back from CSV or Parquet.
 */
final class SameAsSingleJvm {

  private SameAsSingleJvm() {}

  /** The result row {@code r} holds what the single JVM gives for its observation: {@code e}. */
  static void assertResult(RubricScorer scorer, Row r, Evaluation e) {
    String id = e.id();
    assertThat(r.<String>getAs("subject")).as(id).isEqualTo(e.subject().orElse(null));
    assertThat(r.<String>getAs("period")).as(id).isEqualTo(e.period().orElse(null));
    assertNumber(r.getAs("total"), e.total(), id + " total");
    assertNumber(r.getAs("rawTotal"), e.rawTotal(), id + " rawTotal");
    assertThat(r.<String>getAs("grade")).as(id).isEqualTo(e.grade().map(Grade::id).orElse(null));
    assertThat(r.<String>getAs("vetoes")).as(id)
        .isEqualTo(e.vetoes().stream().map(f -> f.veto().id()).collect(Collectors.joining(";")));
    for (DimensionResult d : e.allDimensions().toList()) {
      String column = scorer.dimensionColumns().get(d.id());
      assertNumber(r.getAs(column), d.score().orElse(null), id + " " + d.id());
    }
  }

  /** The same number (Spark gives every decimal the column's scale: 4.50 for 4.5). */
  static void assertNumber(BigDecimal actual, BigDecimal expected, String what) {
    if (expected == null) {
      assertThat(actual).as(what).isNull();
    } else {
      assertThat(actual).as(what).isNotNull();
      assertThat(actual.compareTo(expected)).as(what + ": " + actual + " vs " + expected).isZero();
    }
  }

  /**
   * The tables {@link ScoreReportJob} wrote under {@code out} in {@code format} ({@code csv} or
   * {@code parquet}), grouped by {@code subject}, hold what the single JVM gives for the same
   * rows, bad rows included: {@code results/} a row per scored observation equal to its
   * evaluation, {@code errors/} the id of every row that could not be scored, {@code groups/}
   * the statistics of the single-JVM {@link Aggregator} per subject, and the bad rows of each
   * group counted as {@code unscorable}.
   */
  static void assertReport(Path out, String format, Rubric rubric, Reference expected) {
    RubricScorer scorer = RubricScorer.of(rubric);

    StructType resultSchema = without(scorer.resultSchema(), RubricScorer.ERROR);
    Dataset<Row> resultTable = read(out.resolve("results"), format, resultSchema);
    if (format.equals("csv")) {
      // CSV writes no veto and a null alike, as an empty cell (the command line's CSV too),
      // and Spark reads both back as null
      resultTable = resultTable.na().fill("", new String[] {"vetoes"});
    }
    List<Row> results = resultTable.collectAsList();
    assertThat(results).as("results/").hasSize(expected.scored().size());
    assertThat(results.stream().map(r -> r.<String>getAs("id")).collect(Collectors.toSet()))
        .as("results/ ids").isEqualTo(expected.scored().keySet());
    for (Row r : results) {
      assertResult(scorer, r, expected.scored().get(r.<String>getAs("id")));
    }

    StructType errorSchema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField(RubricScorer.ERROR, DataTypes.StringType, true)));
    List<Row> errors = read(out.resolve("errors"), format, errorSchema).collectAsList();
    assertThat(errors).as("errors/").hasSize(expected.bad().size());
    assertThat(errors.stream().map(r -> Optional.ofNullable(r.<String>getAs("id")).orElse("(no id)"))
        .collect(Collectors.toSet())).as("errors/ ids").isEqualTo(expected.bad().keySet());
    assertThat(errors).allSatisfy(r -> assertThat(r.<String>getAs(RubricScorer.ERROR)).isNotBlank());

    StructType groupSchema = DataTypes.createStructType(Stream.concat(
        Stream.of(DataTypes.createStructField("subject", DataTypes.StringType, true)),
        Stream.of(GroupReport.of(rubric).statisticsSchema().fields())).toList());
    List<Row> groups = read(out.resolve("groups"), format, groupSchema).collectAsList();
    Aggregator single = Aggregator.groupingBy(GroupBy.subject());
    expected.scored().values().forEach(single::add);
    assertThat(groups.stream().mapToLong(r -> r.<Long>getAs("rows")).sum()).as("rows").isEqualTo(expected.rows());
    assertThat(groups.stream().mapToLong(r -> r.<Long>getAs("unscorable")).sum()).as("unscorable rows")
        .isEqualTo(expected.bad().size());
    assertThat(groups.stream().filter(r -> r.<Long>getAs("scored") > 0)).hasSize(single.groups().size());
    Set<String> subjects = new HashSet<>();
    for (Row g : groups) {
      String subject = g.getAs("subject");
      assertThat(subjects.add(subject)).as("one group of subject %s", subject).isTrue();
      assertThat(g.<Long>getAs("rows")).as(subject)
          .isEqualTo(g.<Long>getAs("scored") + g.<Long>getAs("unscorable"));
      if (g.<Long>getAs("scored") == 0) {
        // a group of bad rows only (no subject, say): the single-JVM aggregator never sees it
        assertThat(g.<Long>getAs("unscorable")).isEqualTo(g.<Long>getAs("rows")).isPositive();
        continue;
      }
      assertGroup(rubric, g, single.group(subject).orElseThrow());
    }
  }

  private static void assertGroup(Rubric rubric, Row g, Aggregate want) {
    String subject = g.getAs("subject");
    assertThat(g.<Long>getAs("scored")).as(subject).isEqualTo(want.count());
    assertThat(g.<Long>getAs("vetoed")).as(subject).isEqualTo(want.vetoedCount());
    ScoreStatistics total = want.total();
    assertText(g, "total:mean", total.mean(), rubric.precision());
    assertText(g, "total:min", total.min(), rubric.precision());
    assertText(g, "total:max", total.max(), rubric.precision());
    assertText(g, "total:stddev", total.populationStandardDeviation(), rubric.precision());
    for (Grade grade : rubric.grades()) {
      assertThat(g.<Long>getAs("grade:" + grade.id())).as(subject + " grade " + grade.id())
          .isEqualTo(total.gradeCounts().getOrDefault(grade.id(), 0L));
    }
    for (Dimension d : rubric.allDimensions().toList()) {
      assertText(g, d.id() + ":mean", want.dimension(d.id()).flatMap(ScoreStatistics::mean), rubric.precision());
    }
  }

  /** Means and deviations are decimal text at the rubric's precision: the same text, not a close number. */
  private static void assertText(Row g, String column, Optional<BigDecimal> want, int precision) {
    assertThat(g.<String>getAs(column)).as(g.getAs("subject") + " " + column)
        .isEqualTo(want.map(v -> v.setScale(precision, java.math.RoundingMode.HALF_UP).toPlainString()).orElse(null));
  }

  /**
   * A table as {@link ScoreReportJob} writes it: Parquet, or CSV with a header (Spark's CSV
   * defaults otherwise), whose header must name the columns of {@code schema} in order.
   */
  private static Dataset<Row> read(Path table, String format, StructType schema) {
    DataFrameReader reader = LocalSpark.session().read();
    if (format.equals("parquet")) {
      Dataset<Row> data = reader.parquet(table.toString());
      assertThat(data.schema().fieldNames()).as(table + " columns").containsExactly(schema.fieldNames());
      return data;
    }
    return reader.schema(schema).option("header", "true").option("enforceSchema", "false")
        .option("multiLine", "true").csv(table.toString());
  }

  private static StructType without(StructType schema, String column) {
    return DataTypes.createStructType(
        Stream.of(schema.fields()).filter(f -> !f.name().equals(column)).toArray(StructField[]::new));
  }
}
