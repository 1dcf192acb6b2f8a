package org.rubric4j.yaml;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rubric4j.Evaluation;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code appliesWhen} on answers, flags, all / any / not in files: read, scored and written back. */
class ConditionsFileTest {

  private static final Path FILE = Path.of("src/test/resources/qa-tools/amazon-connect-conditional.yaml");

  private final Rubric rubric = RubricReader.create().read(FILE).rubric();

  @Test
  void flagsAndTagsBringQuestionsIn() {
    Evaluation e = rubric.evaluate(Observations.builder("e").tag("channel", "phone").tag("team", "pilot")
        .flag("escalated", true).value("complaint-raised", 1).value("complaint-handled", 5)
        .value("escalation-explained", 10).value("vip-greeting", 10).value("pilot-survey", 0).build());
    // complaint-raised 1, handled 0.5, escalation 1, vip-greeting 1 (handled is not 0); the pilot survey is out.
    assertThat(e.total()).isEqualByComparingTo("87.50");
    assertThat(e.indicator("pilot-survey").orElseThrow().reason()).contains("applies only when not team in [pilot]");
  }

  @Test
  void writingTheRubricBackKeepsEveryCondition() {
    String yaml = RubricWriter.create().toYaml(rubric);
    assertThat(yaml).contains("notIn:").contains("any:").contains("not:");
    assertThat(RubricReader.create().read(yaml, RubricFormat.YAML, "back.yaml").rubric()).isEqualTo(rubric);
    assertThat(RubricReader.create().read(RubricWriter.create().toJson(rubric), RubricFormat.JSON, "back.json").rubric())
        .isEqualTo(rubric);
  }
}
