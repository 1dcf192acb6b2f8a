package org.rubric4j.yaml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Hostile documents are refused fast, with the loader's exception and a message naming the limit. */
class HostileInputTest {

  private static RubricLoadException refuse(String text, RubricFormat format) {
    Throwable t = assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> catchThrowable(() -> RubricReader.create().read(text, format, "hostile")));
    assertThat(t).isInstanceOf(RubricLoadException.class);
    return (RubricLoadException) t;
  }

  @Test
  void billionLaughsOfOneMebibyteIsRefusedAtTheFirstAnchor() {
    StringBuilder b = new StringBuilder("rubric: lol\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    int i = 1;
    while (b.length() < 1_000_000) {
      b.append("lol").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1)
          .append(", *a").append(i - 1).append(", *a").append(i - 1).append("]\n");
      i++;
    }
    RubricLoadException e = refuse(b.toString(), RubricFormat.YAML);
    assertThat(e.problems().get(0).message()).contains("YAML anchors (`&a0`) are not supported");
    assertThat(e.getMessage()).contains("YAML aliases").contains("more than 100 problems; reading stopped here");
  }

  @Test
  void anAnchorWithoutAnAliasIsRefusedWhereItIsWritten() {
    for (String anchored : new String[] {"weight: &w 40%", "weight: &w \"40%\"", "name: &n hello"}) {
      String yaml = "rubric: r\ndimensions:\n  - id: d\n    " + anchored
          + "\n    indicators:\n      - {id: i, levels: {1: a, 2: b}}\n  - id: e\n    weight: 60%\n"
          + "    indicators:\n      - {id: j, levels: {1: a, 2: b}}\n";
      Throwable t = catchThrowable(() -> RubricReader.create().readYaml(yaml));
      assertThat(t).as(anchored).isInstanceOfSatisfying(RubricLoadException.class, e -> {
        assertThat(e.problems()).anySatisfy(p -> {
          assertThat(p.message()).contains("YAML anchors (`&");
          assertThat(p.line()).isEqualTo(4);
        });
      });
    }
  }

  @Test
  void aControlCharacterIsNamedAtItsLineAndColumn() {
    for (String c : new String[] {"\u0000", "\u0007", "\u001b"}) {
      String yaml = "rubric: r\ndimensions:\n  - id: d" + c + "x\n    indicators:\n      - {id: i, levels: {1: a, 2: b}}\n";
      Throwable t = catchThrowable(() -> RubricReader.create().readYaml(yaml));
      assertThat(t).as("U+%04X", (int) c.charAt(0)).isInstanceOfSatisfying(RubricLoadException.class, e -> {
        LoadProblem p = e.problems().get(0);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(10);
        assertThat(p.message()).contains(String.format("U+%04X", (int) c.charAt(0)));
      });
    }
  }

  @Test
  void aLoneSurrogateInAJsonRubricIsRefusedAtItsLineAndColumn() {
    String json = "{\"rubric\": \"r\",\n \"name\": \"bad \\ud800 name\",\n \"dimensions\": [{\"id\": \"d\","
        + " \"indicators\": [{\"id\": \"i\", \"levels\": {\"1\": \"a\", \"2\": \"b\"}}]}]}";
    Throwable t = catchThrowable(() -> RubricReader.create().readJson(json));
    assertThat(t).isInstanceOfSatisfying(RubricLoadException.class, e -> {
      LoadProblem p = e.problems().get(0);
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message()).contains("U+D800 is half of a surrogate pair");
    });
  }

  @Test
  void aSecondJsonValueIsNotGivenYamlAdvice() {
    Throwable t = catchThrowable(() -> RubricReader.create().readJson("{\"rubric\": \"r\"}\n{\"rubric\": \"s\"}"));
    assertThat(t).isInstanceOfSatisfying(RubricLoadException.class, e -> assertThat(e.problems().get(0).message())
        .isEqualTo("the file holds more than one JSON value; a rubric file holds exactly one (remove what follows the first)"));
  }

  @Test
  void parserInternalsNeverReachTheMessage() {
    assertThat(onlyMessage(catchThrowable(() -> RubricReader.create().readJson("{\"rubric\": \"r\" // comment\n}"))))
        .isEqualTo("JSON syntax error: JSON has no comments; remove it (in YAML, # starts a comment)");
    assertThat(onlyMessage(catchThrowable(() -> RubricReader.create().readYaml("%YAML 2.0\n---\nrubric: r\n"))))
        .isEqualTo("YAML syntax error: YAML 2.0 is not a version this reader knows; remove the %YAML line or write %YAML 1.2");
    assertThat(onlyMessage(catchThrowable(() -> RubricReader.create().readYaml("- a\nb: c\n"))))
        .contains("but found a key").doesNotContain("'?'");
  }

  private static String onlyMessage(Throwable t) {
    assertThat(t).isInstanceOf(RubricLoadException.class);
    return ((RubricLoadException) t).problems().get(0).message();
  }

  @Test
  void loadingARubricDoesNotAnnounceHibernateValidatorInTheApplicationsLog() {
    RubricReader.create().readYaml("rubric: r\ndimensions:\n  - id: d\n    indicators:\n      - {id: i, levels: {1: a, 2: b}}\n");
    java.util.logging.Logger version = java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
    assertThat(version.isLoggable(java.util.logging.Level.INFO)).isFalse();
    assertThat(version.isLoggable(java.util.logging.Level.WARNING)).isTrue();
  }

  @Test
  void anUnreadableScaleIsReportedAloneNotWithGradesCheckedAgainstTheDefault() {
    String yaml = "rubric: r\nscale: abc\ngrades:\n  - {id: a, range: \"[0, 3)\"}\n  - {id: b, range: \"[3, 5]\"}\n"
        + "dimensions:\n  - id: d\n    indicators:\n      - {id: i, levels: {1: a, 2: b}}\n";
    Throwable t = catchThrowable(() -> RubricReader.create().readYaml(yaml));
    assertThat(t).isInstanceOfSatisfying(RubricLoadException.class, e -> assertThat(e.problems())
        .extracting(LoadProblem::toString)
        .containsExactly("<string>:2:8: error: scale: `scale` must be a number, found the text `abc`"));
  }

  @Test
  void nestingDeeperThan32LevelsIsRefused() {
    String deep = "rubric: deep\nx: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    RubricLoadException e = refuse(deep, RubricFormat.YAML);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("the document nests deeper than 32 levels; no rubric or observation needs that many");
      assertThat(p.line()).isEqualTo(2);
    });
    RubricLoadException json = refuse("{\"a\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}", RubricFormat.JSON);
    assertThat(json.problems().get(0).message()).contains("nests deeper than 32 levels");
  }

  @Test
  void aDocumentOverOneMebibyteIsRefusedBeforeParsing() {
    String big = "rubric: big\ndescription: \"" + "x".repeat(1024 * 1024) + "\"\n";
    RubricLoadException e = refuse(big, RubricFormat.YAML);
    assertThat(e.problems().get(0).message()).contains("larger than 1 MiB");
    Throwable t = catchThrowable(() -> RubricReader.create().read(
        new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), RubricFormat.YAML, "stream"));
    assertThat(t).isInstanceOf(RubricLoadException.class).hasMessageContaining("larger than 1024 KiB");
  }

  @Test
  void tooManyTokensAreRefused() {
    StringBuilder b = new StringBuilder("{\"rubric\": \"many\", \"x\": [");
    for (int i = 0; i < 210_000; i++) {
      b.append(i == 0 ? "1" : ",1");
    }
    b.append("]}");
    RubricLoadException e = refuse(b.toString(), RubricFormat.JSON);
    assertThat(e.problems().get(0).message()).contains("more than 200000 tokens");
  }

  @Test
  void aHugeNumberIsRefusedWithoutHanging() {
    RubricLoadException e = refuse("{\"rubric\": \"n\", \"scale\": 1e1000000000, \"dimensions\": []}", RubricFormat.JSON);
    assertThat(e.problems().get(0).message()).contains("`1e1000000000` is out of range");
    RubricLoadException digits = refuse("rubric: n\nscale: " + "9".repeat(5000) + "\n", RubricFormat.YAML);
    assertThat(digits.problems()).anySatisfy(p -> assertThat(p.message()).contains("longer than 100 characters"));
  }

  @Test
  void aByteThatIsNotUtf8IsLocated() {
    byte[] bytes = "rubric: x\r\nname: caf\u00e9 \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    Throwable t = catchThrowable(() -> RubricReader.create().read(new ByteArrayInputStream(bytes), RubricFormat.YAML, "latin1.yaml"));
    assertThat(t).isInstanceOf(RubricLoadException.class);
    assertThat(((RubricLoadException) t).problems()).singleElement().satisfies(p -> {
      assertThat(p.toString()).isEqualTo("latin1.yaml:2:10: error: the document is not valid UTF-8 (line 2, column 10); save it as UTF-8");
      assertThat(p.code()).isEqualTo("unreadable");
    });
  }

  @Test
  void anEmojiAcrossTheYamlParsersBufferBoundaryLoads() throws Exception {
    // Found by GarbageInputPropertiesTest (YAML token soups): snakeyaml-engine 3.0.1 threw
    // IndexOutOfBoundsException "Range [1025, 1025 + 1) out of bounds for length 1025" when a
    // surrogate pair straddled its 1024-character buffer; the rubric was refused without a line.
    String seed = java.nio.file.Files.readString(LoaderContract.CRM);
    for (int k = 1010; k < 1040; k++) {
      String text = "# " + "x".repeat(k) + "\uD83D\uDE00 note\n" + seed.replace("name: 客户关系维护服务质量评分", "name: 客户关系 \uD83D\uDE00 评分");
      assertThat(RubricReader.create().readYaml(text).rubric().id()).as("emoji after %d characters", k).isEqualTo("crm-service-quality");
    }
    for (int n = 1000; n < 1100; n++) {
      String description = "rubric: x\ndescription: \"" + "\uD83D\uDE00".repeat(n) + "\"\n";
      Throwable t = catchThrowable(() -> RubricReader.create().readYaml(description));
      assertThat(t).isInstanceOf(RubricLoadException.class);
      assertThat(((RubricLoadException) t).problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }
  }

  @Test
  void garbageNeverLeaksAParserException() {
    for (String garbage : new String[] {"\u0000\u0001", "{", "]", "- - -", "key: 'unclosed", "\t- tab", ": :", "%YAML 9.9\n---\na: 1"}) {
      RubricLoadException e = refuse(garbage, RubricFormat.YAML);
      assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("jackson").doesNotContain("snakeyaml");
      RubricLoadException j = refuse(garbage, RubricFormat.JSON);
      assertThat(j.getMessage()).doesNotContain("Exception").doesNotContain("jackson").doesNotContain("JsonReadFeature");
    }
  }
}
