package org.rubric4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code critical: true} on the command line: CSV columns beside the total, report means. */
class CriticalScoresCliTest {

  @TempDir
  Path tmp;

  private static final String LINES = """
      {"id": "e1", "subject": "ann", "values": {"q1": 10, "q2": 5, "q3": 0}}
      {"id": "e2", "subject": "ann", "values": {"q1": "n/a", "q2": 10, "q3": 5}}
      """;

  private String rubric() throws IOException {
    Path file = tmp.resolve("genesys-critical.yaml");
    Files.writeString(file, """
        rubric: genesys-critical
        dimensions:
          - id: call
            indicators:
              - {id: q1, weight: 40%, levels: {0: "No", 5: Partly, 10: "Yes"}}
              - {id: q2, weight: 40%, critical: true, levels: {0: "No", 5: Partly, 10: "Yes"}}
              - {id: q3, weight: 20%, critical: true, levels: {0: "No", 5: Partly, 10: "Yes"}}
        """);
    return file.toString();
  }

  @Test
  void scoreWritesBothScoresAsCsvColumnsAfterTheVetoes() throws IOException {
    CliTest.Run r = CliTest.runWithInput(LINES, "score", rubric(), "-", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines()).containsExactly(
        "id,subject,period,total,rawTotal,grade,vetoes,criticalScore,nonCriticalScore,call",
        "e1,ann,,60.00,60.00,,,33.33,100.00,60.00",
        "e2,ann,,83.33,83.33,,,83.33,,83.33");
  }

  @Test
  void scoreJsonCarriesThemBesideTheTotal() throws IOException {
    CliTest.Run r = CliTest.runWithInput(LINES, "score", rubric(), "-", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"total\":60.00,\"rawTotal\":60.00,\"criticalScore\":33.33,\"nonCriticalScore\":100.00");
  }

  @Test
  void theReportGivesEachGroupsMeans() throws IOException {
    CliTest.Run r = CliTest.runWithInput(LINES, "report", rubric(), "-", "--format", "json", "--group-by", "subject");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().replaceAll("\\s", "")).contains("\"criticalMean\":58.33,\"nonCriticalMean\":100.00");
  }

  @Test
  void theTableShowsBothScoresAfterTheTotal() throws IOException {
    CliTest.Run r = CliTest.runWithInput(LINES, "score", rubric(), "-");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines()).containsExactly(
        "id  subject  period  total/100  critical  non-critical  grade  vetoes",
        "e1  ann                  60.00     33.33        100.00",
        "e2  ann                  83.33     83.33");
  }
}
