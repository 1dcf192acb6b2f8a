package org.rubric4j.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rubric4j.samples.SampleFolders;
import static org.assertj.core.api.Assertions.assertThat;

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
    // Exactly what README.md shows under "prints".
    assertThat(buffer.toString(StandardCharsets.UTF_8)).isEqualTo("""
        4.30 good
        crm-service-quality · evaluation ev-1
        responsiveness: 4.00 of 5 × 40% → 1.60
          first-response-time: 4h is in (2h, 6h] → 4 of 5; × 40% × 100% → 1.60
        problem-solving: 4.50 of 5 × 60% → 2.70
          fcr: 82%: 3 steps of 1% beyond >= 85% → 27 of 30; × 60% × 100% → 2.70
        total 4.30 of 5, grade good 良好
        """);
  }

  @Test
  void scoringAYamlRubricAsAStreamReportsBadRowsAndGoesOn() throws Exception {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    long failed = ScoreYamlRubricStream.run(
        SampleFolders.of("rubrics").resolve("crm-service-quality.yaml"),
        SampleFolders.of("samples").resolve("crm-service-quality.bad-rows.csv"), out, err);
    assertThat(failed).isEqualTo(5);
    assertThat(out.toString().lines()).hasSize(19).allMatch(l -> l.startsWith("{\"rubric\":\"crm-service-quality\""));
    assertThat(err.toString().lines()).hasSize(5);
  }
}
