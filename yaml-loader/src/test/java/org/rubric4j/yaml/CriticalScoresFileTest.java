package org.rubric4j.yaml;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rubric4j.Evaluation;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code critical: true} in files: loaded, written back, and reported beside the total. */
class CriticalScoresFileTest {

  private static final Path FILE = Path.of("src/test/resources/qa-tools/genesys-critical.yaml");

  private final Rubric rubric = RubricReader.create().read(FILE).rubric();

  private Evaluation evaluate(String q1) {
    Observations.Builder b = Observations.builder("ev-1").value("q2", 5).value("q3", 0);
    return rubric.evaluate((q1 == null ? b.notApplicable("q1") : b.value("q1", Integer.parseInt(q1))).build());
  }

  @Test
  void theResultJsonCarriesBothScoresBesideTheTotal() {
    assertThat(ResultWriter.create().toJson(evaluate("10")))
        .contains("\"total\":60.00,\"rawTotal\":60.00,\"criticalScore\":33.33,\"nonCriticalScore\":100.00,\"grade\"");
    assertThat(ResultWriter.create().toJson(evaluate(null)))
        .contains("\"total\":33.33,\"rawTotal\":33.33,\"criticalScore\":33.33,\"nonCriticalScore\":null,");
  }

  @Test
  void aRubricWithoutCriticalIndicatorsWritesNeitherKey() {
    Rubric plain = RubricReader.create().read(Path.of("src/test/resources/qa-tools/amazon-connect-weighted.yaml")).rubric();
    Evaluation e = plain.evaluate(Observations.builder("ev").value("q1", 10).value("q2", 5).value("q3", 5).value("q4", 0).build());
    assertThat(ResultWriter.create().toJson(e)).doesNotContain("critical");
  }

  @Test
  void writingTheRubricKeepsTheMarkAndOnlyWhereItIsSet() {
    String yaml = RubricWriter.create().toYaml(rubric);
    assertThat(yaml).contains("critical: true").doesNotContain("critical: false");
    Rubric back = RubricReader.create().read(yaml, RubricFormat.YAML, "back.yaml").rubric();
    assertThat(back).isEqualTo(rubric);
    Rubric fromJson = RubricReader.create().read(RubricWriter.create().toJson(rubric), RubricFormat.JSON, "back.json").rubric();
    assertThat(fromJson.indicator("q3").orElseThrow().critical()).isTrue();
  }
}
