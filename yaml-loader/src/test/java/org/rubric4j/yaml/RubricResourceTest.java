package org.rubric4j.yaml;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Rubrics read from the class path and from URLs, the format taken from the name. */
class RubricResourceTest {

  private static final String YAML = "rubric: r\ndimensions:\n  - id: d\n    indicators:\n      - id: i\n        levels: {1: low, 2: mid, 3: high}\n";
  private static final String JSON = "{\"rubric\": \"j\", \"dimensions\": [{\"id\": \"d\", \"indicators\": [{\"id\": \"i\", \"levels\": {\"1\": \"low\", \"2\": \"high\"}}]}]}";

  @Test
  void aSeedRubricIsReadFromTheClassPathOfTheSamples() {
    LoadedRubric loaded = RubricReader.create().readResource("rubrics/crm-service-quality.yaml");
    assertThat(loaded.rubric().id()).isEqualTo("crm-service-quality");
    assertThat(loaded.source()).isEqualTo("classpath:rubrics/crm-service-quality.yaml");
  }

  @Test
  void aResourceIsReadThroughTheGivenLoaderInTheFormatItsNameSays(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("rubrics"));
    Files.writeString(dir.resolve("rubrics/r.yaml"), YAML);
    Files.writeString(dir.resolve("rubrics/j.JSON"), JSON);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      assertThat(RubricReader.create().readResource("rubrics/r.yaml", loader).rubric().id()).isEqualTo("r");
      assertThat(RubricReader.create().readResource("/rubrics/j.JSON", loader).rubric().id()).isEqualTo("j");
    }
  }

  @Test
  void aMissingResourceIsALoadProblemNamingIt() {
    RubricLoadException e = catchThrowableOfType(RubricLoadException.class,
        () -> RubricReader.create().readResource("./rubrics/nope.yaml"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("not-found");
      assertThat(p.source()).isEqualTo("classpath:./rubrics/nope.yaml");
      assertThat(p.message()).isEqualTo("there is no resource ./rubrics/nope.yaml on the class path"
          + " (resource names start at the class path's root: rubrics/x.yaml)");
    });
  }

  @Test
  void aUrlIsReadAndItsProblemsNameIt(@TempDir Path dir) throws Exception {
    Path json = Files.writeString(dir.resolve("j.json"), JSON);
    assertThat(RubricReader.create().read(json.toUri().toURL()).rubric().id()).isEqualTo("j");
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "rubric: r\nweigth: 1\n");
    URL url = bad.toUri().toURL();
    RubricLoadException e = catchThrowableOfType(RubricLoadException.class, () -> RubricReader.create().read(url));
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo(url.toString()));
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.line()).isEqualTo(2));
    URL missing = dir.resolve("missing.yaml").toUri().toURL();
    assertThat(catchThrowableOfType(RubricLoadException.class, () -> RubricReader.create().read(missing)).problems())
        .singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("unreadable"));
  }
}
