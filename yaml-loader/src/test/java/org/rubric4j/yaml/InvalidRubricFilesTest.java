package org.rubric4j.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every file under {@code src/test/resources/invalid} is refused with exactly the problems
 * listed in {@code invalid/expected.txt}: line, column, key path and message text; within a
 * second, and with nothing but a {@link RubricLoadException}.
 */
class InvalidRubricFilesTest {

  private static final Path DIR = Path.of("src/test/resources/invalid");

  @TestFactory
  Stream<DynamicTest> eachInvalidFileGivesExactlyItsExpectedProblems() throws IOException {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DIR.resolve("expected.txt"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      expected.computeIfAbsent(fields(line)[0], k -> new java.util.ArrayList<>()).add(line);
    }
    List<String> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.txt")).sorted().toList();
    }
    assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(files);
    return files.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(1),
          () -> catchThrowable(() -> RubricReader.create().read(DIR.resolve(name))));
      assertThat(thrown).isInstanceOf(RubricLoadException.class);
      RubricLoadException e = (RubricLoadException) thrown;
      List<String> actual = e.problems().stream().map(p -> name + "|" + p.line() + ":" + p.column()
          + "|" + p.path() + "|" + p.message()).toList();
      List<String> wanted = expected.get(name);
      assertThat(actual).as(String.join("\n", actual)).hasSameSizeAs(wanted);
      for (int i = 0; i < wanted.size(); i++) {
        String[] w = fields(wanted.get(i));
        String prefix = w[0] + "|" + w[1] + "|" + w[2] + "|";
        assertThat(actual.get(i)).startsWith(prefix).contains(w[3]);
      }
      assertThat(e.getMessage()).contains(DIR.resolve(name) + ":").doesNotContain("Exception").doesNotContain("jackson")
          .doesNotContain("snakeyaml");
    }));
  }

  private static String[] fields(String line) {
    String[] parts = line.split("\\|", 4);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].strip();
    }
    return parts;
  }

  @Test
  void everyProblemPrintsAsFileLineColumnSeverityMessage() {
    RubricLoadException e = (RubricLoadException) catchThrowable(
        () -> RubricReader.create().read(DIR.resolve("percent-without-sign.yaml")));
    assertThat(e.problems().get(0).toString()).isEqualTo(DIR.resolve("percent-without-sign.yaml")
        + ":4:13: error: dimensions[0].weight: \"85\" is not a weight; write 85% or a fraction in [0, 1]");
  }
}
