package org.rubric4j.yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rubric4j.Evaluation;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code bonus: true} and {@code aboveScale: allowed} in files, written back as read. */
class BonusFileTest {

  private static final Path FILE = Path.of("src/test/resources/qa-tools/maestroqa-bonus.yaml");

  @Test
  void aboveScaleAllowedLetsTheTotalPassTheScaleAndSurvivesWritingBack() throws Exception {
    String text = Files.readString(FILE).replace("weighting: points", "weighting: points\naboveScale: allowed");
    Rubric rubric = RubricReader.create().read(text, RubricFormat.YAML, "above.yaml").rubric();
    assertThat(rubric.aboveScaleAllowed()).isTrue();
    Evaluation e = rubric.evaluate(Observations.builder("e").value("greeting-points", 5).value("discovery-points", 10)
        .value("resolution-points", 15).value("closing-points", 5).value("above-and-beyond", 5).build());
    assertThat(e.total()).isEqualByComparingTo("114.29");
    String yaml = RubricWriter.create().toYaml(rubric);
    assertThat(yaml).contains("aboveScale: allowed").contains("bonus: true");
    assertThat(RubricReader.create().read(yaml, RubricFormat.YAML, "back.yaml").rubric()).isEqualTo(rubric);
    Rubric capped = RubricReader.create().read(FILE).rubric();
    assertThat(RubricWriter.create().toYaml(capped)).doesNotContain("aboveScale");
    assertThat(RubricReader.create().read(RubricWriter.create().toJson(capped), RubricFormat.JSON, "back.json").rubric())
        .isEqualTo(capped);
  }
}
