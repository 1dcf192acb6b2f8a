package org.rubric4j.spring;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.rubric4j.yaml.LoadedRubric;
import org.rubric4j.yaml.RubricReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lookups by id and by id and version, each with one answer or a message naming what there is. */
class RubricRegistryTest {

  private static LoadedRubric rubric(String id, String version, String source) {
    String yaml = "rubric: " + id + "\n" + (version == null ? "" : "version: \"" + version + "\"\n")
        + "dimensions:\n  - id: d\n    indicators:\n      - id: i\n        levels: {1: low, 2: high}\n";
    return RubricReader.create().read(yaml, org.rubric4j.yaml.RubricFormat.YAML, source);
  }

  @Test
  void aRubricIsFoundByIdAndByIdAndVersion() {
    RubricRegistry registry = new RubricRegistry(List.of(rubric("a", null, "a.yaml"),
        rubric("b", "2024", "b1.yaml"), rubric("b", "2025", "b2.yaml")));
    assertThat(registry.ids()).containsExactly("a", "b");
    assertThat(registry.size()).isEqualTo(3);
    assertThat(registry.get("a").id()).isEqualTo("a");
    assertThat(registry.get("b", "2025").version()).contains("2025");
    assertThat(registry.find("b", "2023")).isEmpty();
  }

  @Test
  void everyLookupWithoutOneAnswerSaysWhatThereIs() {
    RubricRegistry registry = new RubricRegistry(List.of(rubric("b", "2024", "b1.yaml"), rubric("b", "2025", "b2.yaml")));
    assertThatThrownBy(() -> registry.get("b")).isInstanceOf(NoSuchElementException.class)
        .hasMessage("rubric b is loaded in 2 versions (2024, 2025); ask for one by id and version");
    assertThatThrownBy(() -> registry.get("b", "2023")).hasMessage("rubric b has no version 2023; its versions: 2024, 2025");
    assertThatThrownBy(() -> registry.get("c")).hasMessage("no rubric c is loaded; loaded: b");
    assertThatThrownBy(() -> new RubricRegistry(List.of()).get("c")).hasMessage("no rubric c is loaded (none is)");
  }

  @Test
  void theSameIdAndVersionInTwoFilesIsRefusedNamingBoth() {
    assertThatThrownBy(() -> new RubricRegistry(List.of(rubric("a", "1", "x.yaml"), rubric("a", "1", "y.yaml"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rubric a version 1 is in two files: x.yaml and y.yaml; give each version its own id or version");
  }
}
