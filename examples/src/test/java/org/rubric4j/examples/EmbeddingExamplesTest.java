package org.rubric4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The embedding examples compile and run, so they never rot. */
class EmbeddingExamplesTest {

  @Test
  void buildingARubricInCodePrintsTheReadmesOutput() {
    PrintStream saved = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      BuildRubricInCode.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8)).startsWith("4.30 good\n")
        .contains("fcr: 82%: 3 steps of 1% beyond >= 85% → 27 of 30");
  }

  @Test
  void scoringAYamlRubricAsAStreamReportsBadRowsAndGoesOn() throws Exception {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    long failed = ScoreYamlRubricStream.run(
        Path.of("src/main/resources/rubrics/crm-service-quality.yaml"),
        Path.of("src/main/resources/samples/crm-service-quality.bad-rows.csv"), out, err);
    assertThat(failed).isEqualTo(5);
    assertThat(out.toString().lines()).hasSize(19).allMatch(l -> l.startsWith("{\"rubric\":\"crm-service-quality\""));
    assertThat(err.toString().lines()).hasSize(5);
  }
}
