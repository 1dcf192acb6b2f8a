package org.rubric4j.spark;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rubric4j.Evaluation;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scoring on Spark (local[2]) gives, row for row, what the single-JVM library gives for the seed
 * 000 (crm-service-quality) and seed 003 (service-standards-*) sample data.
 */
class RubricScorerTest {

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"crm-service-quality", "service-standards-monthly", "service-standards-combined"})
  void everyTotalGradeAndDimensionScoreEqualsTheSingleJvmResult(String seed) {
    Rubric rubric = LocalSpark.rubric(seed);
    Path csv = LocalSpark.sample(seed + ".csv", dir);
    Reference expected = Reference.of(rubric, csv);
    RubricScorer scorer = RubricScorer.of(rubric);

    Dataset<Row> observations = LocalSpark.csv(csv).repartition(3);
    List<Row> results = scorer.score(observations).collectAsList();

    assertThat(results).hasSize((int) expected.rows());
    assertThat(expected.bad()).as("the sample file has no bad row").isEmpty();
    assertThat(results).allSatisfy(r -> assertThat(r.<String>getAs("error")).isNull());
    for (Row r : results) {
      Evaluation e = expected.scored().get(r.<String>getAs("id"));
      assertThat(e).as(r.<String>getAs("id")).isNotNull();
      SameAsSingleJvm.assertResult(scorer, r, e);
    }
    assertThat(results.stream().map(r -> r.<String>getAs("id")).collect(Collectors.toSet()))
        .isEqualTo(expected.scored().keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"crm-service-quality", "service-standards-monthly", "service-standards-combined"})
  void badRowsLandInTheErrorColumnAndGoodPlusBadIsTheInputCount(String seed) {
    Rubric rubric = LocalSpark.rubric(seed);
    Path csv = LocalSpark.sample(seed + ".bad-rows.csv", dir);
    Reference expected = Reference.of(rubric, csv);
    RubricScorer scorer = RubricScorer.of(rubric);

    Dataset<Row> observations = LocalSpark.csv(csv).repartition(2);
    Dataset<Row> results = scorer.score(observations).cache();
    long input = observations.count();
    long good = results.filter("error is null").count();
    long bad = results.filter("error is not null").count();

    assertThat(input).isEqualTo(expected.rows());
    assertThat(good + bad).isEqualTo(input);
    assertThat(good).isEqualTo(expected.scored().size());
    assertThat(bad).isEqualTo(expected.bad().size()).isPositive();

    Map<String, String> errors = new HashMap<>();
    for (Row r : results.filter("error is not null").collectAsList()) {
      errors.put(r.getAs("id") == null ? "(no id)" : r.getAs("id"), r.getAs("error"));
      assertThat(r.<BigDecimal>getAs("total")).isNull();
      assertThat(r.<String>getAs("grade")).isNull();
    }
    assertThat(errors.keySet()).isEqualTo(expected.bad().keySet());
    errors.forEach((id, reason) -> assertThat(reason).as(id).isNotBlank());
    for (Row r : results.filter("error is null").collectAsList()) {
      SameAsSingleJvm.assertResult(scorer, r, expected.scored().get(r.<String>getAs("id")));
    }
  }

  @Test
  void theResultHasTheColumnsOfTheCommandLineCsvPlusError() {
    RubricScorer scorer = RubricScorer.of(LocalSpark.rubric("service-standards-combined"));
    List<String> expected = new java.util.ArrayList<>(RubricScorer.FIXED_COLUMNS);
    scorer.rubric().allDimensions().forEach(d -> expected.add(d.id()));
    expected.add("error");
    assertThat(scorer.resultSchema().fieldNames()).containsExactlyElementsOf(expected);
  }

  @Test
  void columnsTheRubricDoesNotKnowAreRefusedBeforeAnyRowIsRead() {
    RubricScorer scorer = RubricScorer.of(LocalSpark.rubric("crm-service-quality"));
    Dataset<Row> observations = LocalSpark.session().sql(
        "select 'a-1' as id, '1h' as `first-respons-time`, 'x' as `flag.nope`");
    assertThatThrownBy(() -> scorer.score(observations))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column `first-respons-time`: the rubric has no indicator")
        .hasMessageContaining("column `flag.nope`: the rubric has no flag")
        .hasMessageContaining("no row was read");
    Dataset<Row> noId = LocalSpark.session().sql("select '1h' as `first-response-time`");
    assertThat(scorer.checkColumns(noId)).containsExactly("there is no `id` column");
  }

  @Test
  void numbersAndBooleansFromATypedSchemaAreReadAsTheirText() {
    Rubric rubric = LocalSpark.rubric("service-standards-monthly");
    Path csv = LocalSpark.sample("service-standards-monthly.csv", dir);
    Reference expected = Reference.of(rubric, csv);
    Dataset<Row> typed = LocalSpark.csv(csv).selectExpr("*",
            "cast(`attitude-violations` as int) as av", "cast(`record-errors` as bigint) as re",
            "cast(`flag.review-manipulated` as boolean) as fl")
        .drop("attitude-violations", "record-errors", "flag.review-manipulated")
        .withColumnRenamed("av", "attitude-violations").withColumnRenamed("re", "record-errors")
        .withColumnRenamed("fl", "flag.review-manipulated");
    assertThat(typed.schema().apply("attitude-violations").dataType().typeName()).isEqualTo("integer");
    assertThat(typed.schema().apply("flag.review-manipulated").dataType().typeName()).isEqualTo("boolean");
    RubricScorer scorer = RubricScorer.of(rubric);
    List<Row> results = scorer.score(typed).collectAsList();
    assertThat(results).hasSize((int) expected.rows());
    for (Row r : results) {
      assertThat(r.<String>getAs("error")).isNull();
      SameAsSingleJvm.assertResult(scorer, r, expected.scored().get(r.<String>getAs("id")));
    }
  }
}
