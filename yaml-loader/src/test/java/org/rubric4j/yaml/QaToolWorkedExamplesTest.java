package org.rubric4j.yaml;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rubric4j.Evaluation;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.report.Reporter;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorecards of contact-centre QA tools, written as rubric files, score their tools'
 * documented worked examples digit for digit ({@code qa-tools/expected.txt}); each also survives
 * a round trip through {@link RubricWriter} with the same totals.
 */
class QaToolWorkedExamplesTest {

  private static final Path DIR = Path.of("src/test/resources/qa-tools");

  private static Observations observations(String values) {
    Observations.Builder b = Observations.builder("worked-example");
    for (String pair : values.split(",")) {
      String[] kv = pair.split("=", 2);
      if (kv[1].equals("n/a")) {
        b.notApplicable(kv[0]);
      } else {
        b.value(kv[0], kv[1]);
      }
    }
    return b.build();
  }

  private static Rubric rubric(String file) {
    return RubricReader.create().read(DIR.resolve(file)).rubric();
  }

  @TestFactory
  Stream<DynamicTest> eachDocumentedExampleScoresAsItsToolSays() throws IOException {
    List<String[]> cases = Files.readAllLines(DIR.resolve("expected.txt")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\\|")).toList();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(13);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c[0] + " " + c[1], () -> {
      Rubric rubric = rubric(c[0]);
      Evaluation e = rubric.evaluate(observations(c[1]));
      assertThat(e.total().toPlainString()).as(e.explain()).isEqualTo(c[2]);
      Rubric again = RubricReader.create().readYaml(RubricWriter.create().toYaml(rubric)).rubric();
      assertThat(again.evaluate(observations(c[1])).total()).isEqualTo(e.total());
    }));
  }

  @Test
  void aVetoThatKeepsTheScoreFailsTheFormAtItsCalculatedTotal() {
    Rubric r = rubric("amazon-connect-auto-fail.yaml");
    Evaluation e = r.evaluate(Observations.builder("rude").value("greeting", 10).value("compliance", 10)
        .flag("rude-remark", true).build());
    assertThat(e.total()).isEqualByComparingTo("100");
    assertThat(e.grade().map(org.rubric4j.Grade::id)).contains("fail");
    assertThat(ResultWriter.create().toJson(e)).contains("\"total\":100.00,").contains("\"grade\":\"fail\"")
        .contains("{\"id\":\"rude\",\"reason\":\"flag rude-remark is true\"}");
  }

  @Test
  void theZendeskIqsIsTheMeanOfItsReviews() {
    Rubric zendesk = rubric("zendesk-qa.yaml");
    Reporter reporter = Reporter.builder(zendesk).groupBy().build();
    for (String values : List.of("solution=5,tone=5,grammar=5,gdpr=5", "solution=1,tone=1,grammar=5,gdpr=5",
        "solution=4,tone=3,grammar=3,gdpr=5", "solution=5,tone=5,grammar=1,gdpr=5", "solution=5,tone=5,grammar=5,gdpr=2")) {
      reporter.add(zendesk.evaluate(observations(values)));
    }
    assertThat(reporter.report().summary().mean()).contains(new BigDecimal("52.97"));
  }

  @Test
  void underPointsAnNotApplicableQuestionInsideASectionLeavesThePossiblePoints() {
    Rubric r = RubricReader.create().readYaml("""
        rubric: nested-points
        weighting: points
        dimensions:
          - id: a
            indicators:
              - {id: a1, levels: {0: none, 2: all}}
              - {id: a2, levels: {0: none, 3: all}}
          - id: b
            indicators:
              - {id: b1, levels: {0: none, 5: all}}
        """).rubric();
    // 2 earned of 2 + 5 possible: 28.57, not the 50 that sections at their full share would give.
    assertThat(r.evaluate(observations("a1=2,a2=n/a,b1=0")).total()).isEqualByComparingTo("28.57");
    assertThat(r.evaluate(observations("a1=2,a2=3,b1=0")).total()).isEqualByComparingTo("50.00");
  }
}
