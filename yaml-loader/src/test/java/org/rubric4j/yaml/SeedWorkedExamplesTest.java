package org.rubric4j.yaml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rubric4j.DimensionResult;
import org.rubric4j.Evaluation;
import org.rubric4j.FiredVeto;
import org.rubric4j.Indicator;
import org.rubric4j.Rubric;
import org.rubric4j.samples.SampleFolders;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads every seed rubric file of rubric4j-samples and checks, digit for digit, the
 * hand-computed worked examples of docs/seed-worked-examples.md: totals, raw totals, grades,
 * vetoes, per-dimension scores and contributions, and the single-indicator boundary tables.
 * The examples are read from the document itself, so the document and the tests cannot differ.
 */
class SeedWorkedExamplesTest {

  static final Path RUBRICS = SampleFolders.of("rubrics");
  static final Path EXAMPLES = Path.of("../docs/seed-worked-examples.md");

  private static final Pattern SECTION = Pattern.compile("^## \\d+\\. `([^`]+)`");
  private static final Pattern EXAMPLE = Pattern.compile("^### (Example [^:]+)");
  private static final Pattern EXPECTED = Pattern.compile(
      "\\*\\*Expected:\\*\\* total = ([0-9.]+), rawTotal = ([0-9.]+), grade = ([a-z0-9-]+)(?:.*vetoes = \\[([^\\]]*)\\])?");
  private static final Pattern DIMENSION_ROW = Pattern.compile(
      "^\\| ([a-z0-9-]+) \\| [0-9.]+% \\|.*\\| ([0-9.]+) \\| ([0-9.]+) \\|$");
  private static final Pattern CASE = Pattern.compile("`([^`]+)`(?: \\(= `[^`]+`\\))? → ([0-9.]+)");

  record Example(String file, String name, String json, String total, String rawTotal, String grade,
      List<String> vetoes, List<String[]> dimensions) {}

  record Cases(String file, String indicator, List<String[]> valueToScore) {}

  @TestFactory
  Stream<DynamicTest> everySeedFileLoadsWithoutWarnings() throws IOException {
    try (Stream<Path> files = Files.list(RUBRICS)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream()
          .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            LoadedRubric loaded = RubricReader.create().read(p);
            assertThat(loaded.warnings()).isEmpty();
            assertThat(loaded.rubric().name()).isPresent();
          }));
    }
  }

  @TestFactory
  Stream<DynamicTest> everySeedFileRoundTripsThroughTheWriter() throws IOException {
    try (Stream<Path> files = Files.list(RUBRICS)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream()
          .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Rubric rubric = RubricReader.create().read(p).rubric();
            RubricWriter w = RubricWriter.create();
            assertThat(RubricReader.create().readYaml(w.toYaml(rubric)).rubric()).isEqualTo(rubric);
            assertThat(RubricReader.create().readJson(w.toJson(rubric)).rubric()).isEqualTo(rubric);
          }));
    }
  }

  @TestFactory
  Stream<DynamicTest> workedExamplesComeOutDigitForDigit() throws IOException {
    List<Example> examples = examples(Files.readAllLines(EXAMPLES));
    assertThat(examples).hasSizeGreaterThanOrEqualTo(20);
    assertThat(examples.stream().mapToInt(e -> e.dimensions().size()).sum()).isGreaterThan(50);
    return examples.stream().map(e -> DynamicTest.dynamicTest(e.file() + " " + e.name(), () -> check(e)));
  }

  @TestFactory
  Stream<DynamicTest> singleIndicatorCasesComeOutDigitForDigit() throws IOException {
    List<Cases> all = cases(Files.readAllLines(EXAMPLES));
    assertThat(all).isNotEmpty();
    return all.stream().map(c -> DynamicTest.dynamicTest(c.file() + " " + c.indicator(), () -> {
      Rubric rubric = RubricReader.create().read(RUBRICS.resolve(c.file())).rubric();
      Indicator indicator = rubric.indicator(c.indicator()).orElseThrow();
      for (String[] vs : c.valueToScore()) {
        BigDecimal points = indicator.rule().score(indicator.rule().measure().parse(vs[0])).points();
        assertThat(points).as(c.indicator() + " " + vs[0]).isEqualByComparingTo(vs[1]);
      }
    }));
  }

  private static void check(Example e) {
    Rubric rubric = RubricReader.create().read(RUBRICS.resolve(e.file())).rubric();
    List<ObservationRecord> records;
    try (Stream<ObservationRecord> s = ObservationReader.forRubric(rubric).read(
        new ByteArrayInputStream(e.json().getBytes(StandardCharsets.UTF_8)), ObservationFormat.JSON, e.name())) {
      records = s.toList();
    }
    assertThat(records).hasSize(1);
    assertThat(records.get(0)).isInstanceOf(ObservationRecord.Valid.class);
    Evaluation ev = rubric.evaluate(((ObservationRecord.Valid) records.get(0)).observations());
    assertThat(ev.total().toPlainString()).as("total").isEqualTo(e.total());
    assertThat(ev.rawTotal().toPlainString()).as("rawTotal").isEqualTo(e.rawTotal());
    assertThat(ev.grade().map(g -> g.id()).orElse("none")).as("grade").isEqualTo(e.grade());
    assertThat(ev.vetoes().stream().map(FiredVeto::veto).map(v -> v.id()).toList()).as("vetoes").isEqualTo(e.vetoes());
    for (String[] row : e.dimensions()) {
      DimensionResult d = ev.dimension(row[0]).orElseThrow(() -> new AssertionError("no dimension " + row[0]));
      assertThat(d.score().orElseThrow().setScale(2, RoundingMode.HALF_UP).toPlainString()).as(row[0] + " score").isEqualTo(row[1]);
      assertThat(d.contribution().setScale(2, RoundingMode.HALF_UP).toPlainString()).as(row[0] + " contribution").isEqualTo(row[2]);
    }
    String json = ResultWriter.forRubric(rubric).toJson(ev);
    assertThat(json).contains("\"total\":" + e.total()).contains("\"rawTotal\":" + e.rawTotal());
  }

  static List<Example> examples(List<String> lines) {
    List<Example> out = new ArrayList<>();
    String file = null;
    String name = null;
    StringBuilder json = null;
    String pendingJson = null;
    List<String[]> dims = new ArrayList<>();
    for (String line : lines) {
      Matcher m;
      if ((m = SECTION.matcher(line)).find()) {
        file = m.group(1);
        name = null;
      } else if ((m = EXAMPLE.matcher(line)).find()) {
        name = m.group(1);
        pendingJson = null;
        dims = new ArrayList<>();
      } else if (line.startsWith("```json")) {
        json = new StringBuilder();
      } else if (json != null && line.startsWith("```")) {
        pendingJson = json.toString();
        json = null;
      } else if (json != null) {
        json.append(line).append('\n');
      } else if ((m = DIMENSION_ROW.matcher(line)).find()) {
        dims.add(new String[] {m.group(1), m.group(2), m.group(3)});
      } else if ((m = EXPECTED.matcher(line)).find() && name != null && pendingJson != null) {
        List<String> vetoes = m.group(4) == null || m.group(4).isBlank() ? List.of()
            : List.of(m.group(4).split(",\\s*"));
        out.add(new Example(file, name, pendingJson, m.group(1), m.group(2), m.group(3), vetoes, dims));
        pendingJson = null;
      }
    }
    return out;
  }

  static List<Cases> cases(List<String> lines) {
    List<Cases> out = new ArrayList<>();
    String file = null;
    boolean inTable = false;
    Pattern row = Pattern.compile("^\\| ([a-z0-9-]+)(?: \\([^)]*\\))? \\| (.*`.*) \\|$");
    for (String line : lines) {
      Matcher m;
      if ((m = SECTION.matcher(line)).find()) {
        file = m.group(1);
      } else if (line.startsWith("| indicator | value → score |")) {
        inTable = true;
      } else if (inTable && (m = row.matcher(line)).find()) {
        List<String[]> pairs = new ArrayList<>();
        Matcher c = CASE.matcher(m.group(2));
        while (c.find()) {
          pairs.add(new String[] {c.group(1), c.group(2)});
        }
        out.add(new Cases(file, m.group(1), pairs));
      } else if (inTable && !line.startsWith("|")) {
        inTable = false;
      }
    }
    return out;
  }
}
