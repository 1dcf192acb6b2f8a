package org.rubric4j.spark;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.Aggregate;
import org.rubric4j.analytics.Aggregator;
import org.rubric4j.analytics.DataQuality;
import org.rubric4j.analytics.GroupBy;
import org.rubric4j.analytics.GroupKey;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.ScoreCategories;
import org.rubric4j.analytics.ScoreStatistics;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Group statistics computed on Spark (local[2], several partitions, so partial buffers are
 * merged) equal the single-JVM {@link Aggregator}'s, exactly: every count, sum, mean, minimum,
 * maximum, deviation, score count and grade count, hence distributions and KPI attainment.
 */
class RubricAggregatorTest {

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"crm-service-quality", "service-standards-monthly", "service-standards-combined"})
  void statisticsPerSubjectEqualTheSingleJvmAggregator(String seed) {
    Rubric rubric = LocalSpark.rubric(seed);
    Path csv = LocalSpark.sample(seed + ".csv", dir);
    Reference expected = Reference.of(rubric, csv);
    Aggregator single = Aggregator.groupingBy(GroupBy.subject());
    expected.scored().values().forEach(single::add);

    Dataset<Row> observations = LocalSpark.csv(csv).repartition(5);
    RubricAggregator stats = RubricAggregator.of(rubric);
    List<Row> groups = observations.groupBy("subject").agg(stats.column(observations).as("stats"))
        .collectAsList();

    assertThat(groups).hasSize(single.groups().size());
    for (Row g : groups) {
      GroupStatistics s = GroupStatistics.fromBytes(g.getAs("stats"));
      Aggregate want = single.group(g.<String>getAs("subject")).orElseThrow();
      assertThat(s.aggregate()).as(g.<String>getAs("subject")).isEqualTo(want);
      assertSameStatistics(s.aggregate(), want);
      assertThat(s.quality().isClean()).isTrue();
    }
  }

  @Test
  void statisticsPerTagAndOverallEqualTheSingleJvmAggregatorIncludingKpisAndDistributions() {
    Rubric rubric = LocalSpark.rubric("crm-service-quality");
    Path csv = LocalSpark.sample("crm-service-quality.csv", dir);
    Reference expected = Reference.of(rubric, csv);
    Aggregator byTeam = Aggregator.groupingBy(GroupBy.tag("team"));
    expected.scored().values().forEach(byTeam::add);
    Aggregate all = Aggregate.of(expected.scored().values());

    Dataset<Row> observations = LocalSpark.csv(csv).repartition(7);
    RubricAggregator stats = RubricAggregator.of(rubric);
    Map<String, GroupStatistics> spark = new HashMap<>();
    for (Row g : observations.groupBy(functions.col("`tag.team`")).agg(stats.column(observations).as("s"))
        .collectAsList()) {
      spark.put(g.getString(0), GroupStatistics.fromBytes(g.getAs("s")));
    }
    assertThat(spark.keySet()).isEqualTo(
        byTeam.groups().keySet().stream().map(k -> k.get("tag.team").orElseThrow())
            .collect(java.util.stream.Collectors.toSet()));

    List<Kpi> kpis = List.of(
        Kpi.builder("fcr").of("indicator.first-contact-resolution.value").statistic("mean").target(">= 90%").build(),
        Kpi.builder("clarity").of("indicator.communication-clarity.points").statistic("mean").target(">= 4.5").build(),
        Kpi.builder("total").of("total").statistic("mean").target(">= 4").build());
    ScoreCategories satisfaction = ScoreCategories.satisfaction();
    for (Map.Entry<GroupKey, Aggregate> e : byTeam.groups().entrySet()) {
      Aggregate got = spark.get(e.getKey().get("tag.team").orElseThrow()).aggregate();
      assertThat(got).isEqualTo(e.getValue());
      for (Kpi k : kpis) {
        assertThat(k.attainment(got)).isEqualTo(k.attainment(e.getValue()));
      }
      assertThat(satisfaction.distribute(got.indicator("communication-clarity").orElseThrow()).counts())
          .isEqualTo(satisfaction.distribute(e.getValue().indicator("communication-clarity").orElseThrow()).counts());
    }

    GroupStatistics overall = GroupStatistics.fromBytes(
        observations.agg(stats.column(observations)).first().getAs(0));
    assertThat(overall.aggregate()).isEqualTo(all);
    assertThat(overall.rows()).isEqualTo(expected.rows());
  }

  @Test
  void rowsThatCannotBeScoredAreCountedWithTheirReasonNotDropped() {
    Rubric rubric = LocalSpark.rubric("service-standards-combined");
    Path csv = LocalSpark.sample("service-standards-combined.bad-rows.csv", dir);
    Reference expected = Reference.of(rubric, csv);
    Dataset<Row> observations = LocalSpark.csv(csv).repartition(3);
    GroupStatistics overall = GroupStatistics.fromBytes(
        observations.agg(RubricAggregator.of(rubric).column(observations)).first().getAs(0));

    assertThat(overall.rows()).isEqualTo(expected.rows());
    DataQuality q = overall.quality();
    assertThat(q.accepted()).isEqualTo(expected.scored().size());
    assertThat(q.excludedCount()).isEqualTo(expected.bad().size());
    assertThat(q.excluded().keySet()).isSubsetOf(
        DataQuality.INCOMPLETE, DataQuality.OUT_OF_RANGE, DataQuality.UNKNOWN_FIELD);
    assertThat(overall.aggregate()).isEqualTo(Aggregate.of(expected.scored().values()));
  }

  @Test
  void theReportTableStatesTheExactStatisticsOfEachGroup() {
    Rubric rubric = LocalSpark.rubric("service-standards-combined");
    Path csv = LocalSpark.sample("service-standards-combined.csv", dir);
    Reference expected = Reference.of(rubric, csv);
    Aggregator byTeam = Aggregator.groupingBy(GroupBy.tag("team"));
    expected.scored().values().forEach(byTeam::add);
    Kpi fcr = Kpi.builder("fcr").of("indicator.fcr.value").statistic("mean").target(">= 85%").build();

    Dataset<Row> observations = LocalSpark.csv(csv).repartition(3);
    Dataset<Row> grouped = observations.groupBy(functions.col("`tag.team`").as("team"))
        .agg(RubricAggregator.of(rubric).column(observations).as("stats"));
    List<Row> table = GroupReport.of(rubric).withKpis(List.of(fcr)).table(grouped, "stats").collectAsList();

    assertThat(table).hasSize(byTeam.groups().size());
    for (Row r : table) {
      Aggregate want = byTeam.group(r.<String>getAs("team")).orElseThrow();
      ScoreStatistics total = want.total();
      assertThat(r.<Long>getAs("scored")).isEqualTo(want.count());
      assertThat(r.<Long>getAs("rows")).isEqualTo(want.count());
      assertThat(r.<Long>getAs("unscorable")).isZero();
      assertThat(r.<Long>getAs("vetoed")).isEqualTo(want.vetoedCount());
      assertThat(r.<String>getAs("total:mean")).isEqualTo(atPrecision(total.mean(), rubric.precision()))
          .matches("\\d+\\.\\d{" + rubric.precision() + "}");
      assertThat(r.<String>getAs("total:stddev"))
          .isEqualTo(atPrecision(total.populationStandardDeviation(), rubric.precision()));
      rubric.grades().forEach(g -> assertThat(r.<Long>getAs("grade:" + g.id()))
          .isEqualTo(total.gradeCounts().getOrDefault(g.id(), 0L)));
      rubric.allDimensions().forEach(d -> assertThat(r.<String>getAs(d.id() + ":mean"))
          .isEqualTo(atPrecision(want.dimension(d.id()).flatMap(ScoreStatistics::mean), rubric.precision())));
      assertThat(r.<Boolean>getAs("kpi:fcr:met")).isEqualTo(fcr.attainment(want).met());
      assertThat(r.<String>getAs("kpi:fcr:actual"))
          .isEqualTo(fcr.attainment(want).actual().map(v -> {
            BigDecimal six = v.setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            return (six.scale() < 0 ? six.setScale(0) : six).toPlainString();
          }).orElse(null));
    }
  }

  private static void assertSameStatistics(Aggregate got, Aggregate want) {
    assertThat(got.count()).isEqualTo(want.count());
    assertThat(got.total().mean()).isEqualTo(want.total().mean());
    assertThat(got.total().gradeCounts()).isEqualTo(want.total().gradeCounts());
    assertThat(got.dimensions()).isEqualTo(want.dimensions());
    assertThat(got.indicators()).isEqualTo(want.indicators());
    assertThat(got.values()).isEqualTo(want.values());
    assertThat(got.vetoCounts()).isEqualTo(want.vetoCounts());
  }

  /** A score as every report shows it: half-up at the rubric's precision, as text. */
  private static String atPrecision(java.util.Optional<BigDecimal> value, int precision) {
    return value.map(v -> v.setScale(precision, java.math.RoundingMode.HALF_UP).toPlainString()).orElse(null);
  }
}
