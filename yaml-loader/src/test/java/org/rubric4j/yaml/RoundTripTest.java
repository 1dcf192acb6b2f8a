package org.rubric4j.yaml;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;

/** A rubric written by {@link RubricWriter} reads back, in both syntaxes, to an equal rubric. */
class RoundTripTest {

  private final RubricReader reader = RubricReader.create();
  private final RubricWriter writer = RubricWriter.create();

  @Provide
  Arbitrary<Rubric> rubrics() {
    return GeneratedRubrics.rubrics();
  }

  @Property(tries = 300)
  void yamlReadsBackToAnEqualRubric(@ForAll("rubrics") Rubric rubric) {
    String yaml = writer.toYaml(rubric);
    assertThat(reader.readYaml(yaml).rubric()).as(yaml).isEqualTo(rubric);
  }

  @Property(tries = 300)
  void jsonReadsBackToAnEqualRubric(@ForAll("rubrics") Rubric rubric) {
    String json = writer.toJson(rubric);
    assertThat(reader.readJson(json).rubric()).as(json).isEqualTo(rubric);
  }

  @Property(tries = 100)
  void writingIsStableAfterOneRoundTrip(@ForAll("rubrics") Rubric rubric) {
    String yaml = writer.toYaml(rubric);
    assertThat(writer.toYaml(reader.readYaml(yaml).rubric())).isEqualTo(yaml);
  }
}
