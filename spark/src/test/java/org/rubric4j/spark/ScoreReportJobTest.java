package org.rubric4j.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;

/** The example job reads the seed sample data and writes the report tables. */
class ScoreReportJobTest {

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"csv", "parquet"})
  void theJobWritesResultsErrorsAndGroupsOfTheSeedSampleData(String format) {
    Path rubricFile = LocalSpark.rubricFile("crm-service-quality", dir);
    Path csv = LocalSpark.sample("crm-service-quality.bad-rows.csv", dir);
    Rubric rubric = LocalSpark.rubric("crm-service-quality");
    Reference expected = Reference.of(rubric, csv);

    ScoreReportJob.Counts counts = ScoreReportJob.run(LocalSpark.session(), rubricFile, csv.toString(),
        dir.resolve("out").toString(), List.of("subject"), format);

    assertThat(counts).isEqualTo(new ScoreReportJob.Counts(expected.rows(), expected.scored().size(),
        expected.bad().size()));
    SameAsSingleJvm.assertReport(dir.resolve("out"), format, rubric, expected);
  }

  @Test
  void csvOutputHasAHeaderAndOneFilePerTable() throws IOException {
    Path rubricFile = LocalSpark.rubricFile("service-standards-combined", dir);
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
