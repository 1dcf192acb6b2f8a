package org.rubric4j.yaml;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Text is text: a plain yes, no, on or off where text is expected is the word, with a warning. */
class TextIsTextTest {

  @Test
  void namesDescriptionsAnchorsAndTagValuesReadThePlainWord() {
    LoadedRubric loaded = RubricReader.create().read(Path.of("src/test/resources/text-is-text/words.yaml"));
    Rubric r = loaded.rubric();
    assertThat(r.dimensions().get(0).name()).contains("yes");
    assertThat(r.indicator("i").orElseThrow().description()).contains("off");
    assertThat(r.indicator("i").orElseThrow().appliesWhen()).hasValueSatisfying(c -> assertThat(c).hasToString("answered in [yes, on]"));
    assertThat(r.dimensions().get(0).grades().get(0).name()).contains("on");
    assertThat(loaded.warnings()).extracting(LoadProblem::line, LoadProblem::column, LoadProblem::path)
        .contains(org.assertj.core.groups.Tuple.tuple(4, 11, "dimensions[0].name"),
            org.assertj.core.groups.Tuple.tuple(8, 21, "dimensions[0].indicators[0].levels.0"));
    assertThat(loaded.warnings()).allSatisfy(w -> assertThat(w.message()).contains("YAML 1.1 tools read it as a boolean"));
  }

  @Test
  void whereABooleanOrANumberIsExpectedTheWordStaysRefused() {
    RubricLoadException e = catchThrowableOfType(RubricLoadException.class, () -> RubricReader.create().read("""
        rubric: words
        scale: yes
        dimensions:
          - id: a
            indicators:
              - {id: i, critical: on, levels: {1: one}}
        """, RubricFormat.YAML, "words.yaml"));
    assertThat(e.problems()).extracting(LoadProblem::path).containsExactly("scale", "dimensions[0].indicators[0].critical");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains("is a boolean in YAML 1.1"));
  }
}
