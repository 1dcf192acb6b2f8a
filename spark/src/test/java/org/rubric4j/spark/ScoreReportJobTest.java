package org.rubric4j.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.Aggregator;
import org.rubric4j.analytics.GroupBy;
import static org.assertj.core.api.Assertions.assertThat;

/** The example job reads the seed sample data and writes the report tables. */
class ScoreReportJobTest {

  @TempDir
  Path dir;

  @Test
  void theJobWritesResultsErrorsAndGroupsOfTheSeedSampleData() throws IOException {
    Path rubricFile = dir.resolve("crm-service-quality.yaml");
    try (InputStream in = getClass().getResourceAsStream("/rubrics/crm-service-quality.yaml")) {
      Files.copy(in, rubricFile);
    }
    Path csv = LocalSpark.sample("crm-service-quality.bad-rows.csv", dir);
    Rubric rubric = LocalSpark.rubric("crm-service-quality");
    Reference expected = Reference.of(rubric, csv);

    ScoreReportJob.Counts counts = ScoreReportJob.run(LocalSpark.session(), rubricFile, csv.toString(),
        dir.resolve("out").toString(), List.of("subject"), "parquet");

    assertThat(counts).isEqualTo(new ScoreReportJob.Counts(expected.rows(), expected.scored().size(),
        expected.bad().size()));
    var spark = LocalSpark.session();
    assertThat(spark.read().parquet(dir.resolve("out/results").toString()).count())
        .isEqualTo(expected.scored().size());
    assertThat(spark.read().parquet(dir.resolve("out/errors").toString()).count())
        .isEqualTo(expected.bad().size());
    List<Row> groups = spark.read().parquet(dir.resolve("out/groups").toString()).collectAsList();
    Aggregator single = Aggregator.groupingBy(GroupBy.subject());
    expected.scored().values().forEach(single::add);
    assertThat(groups.stream().mapToLong(r -> r.<Long>getAs("rows")).sum()).isEqualTo(expected.rows());
    assertThat(groups.stream().filter(r -> r.<Long>getAs("scored") > 0)).hasSize(single.groups().size());
    for (Row g : groups) {
      if (g.<Long>getAs("scored") == 0) {
        // a group of bad rows only (no subject, say): the single-JVM aggregator never sees it
        assertThat(g.<Long>getAs("unscorable")).isEqualTo(g.<Long>getAs("rows")).isPositive();
        continue;
      }
      var want = single.group(g.<String>getAs("subject")).orElseThrow();
      assertThat(g.<Long>getAs("scored")).isEqualTo(want.count());
      assertThat(g.<String>getAs("total:mean")).isEqualTo(want.total().mean().orElseThrow().toPlainString());
    }
  }

  @Test
  void csvOutputHasAHeaderAndOneFilePerTable() throws IOException {
    Path rubricFile = dir.resolve("service-standards-combined.yaml");
    try (InputStream in = getClass().getResourceAsStream("/rubrics/service-standards-combined.yaml")) {
      Files.copy(in, rubricFile);
    }
    Path csv = LocalSpark.sample("service-standards-combined.csv", dir);
    ScoreReportJob.run(LocalSpark.session(), rubricFile, csv.toString(), dir.resolve("out").toString(),
        List.of("tag.team"), "csv");
    for (String table : List.of("results", "errors", "groups")) {
      try (var files = Files.list(dir.resolve("out").resolve(table))) {
        List<Path> parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
        assertThat(parts).as(table).hasSize(1);
        assertThat(Files.readAllLines(parts.get(0)).get(0)).as(table).startsWith(
            table.equals("groups") ? "tag.team,rows,scored" : "id,");
      }
    }
  }
}
