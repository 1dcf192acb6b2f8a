package org.rubric4j.yaml;

import org.junit.jupiter.api.Test;
import org.rubric4j.Evaluation;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import static org.assertj.core.api.Assertions.assertThat;

/** The result JSON of docs/rubric-format.md. */
class ResultWriterTest {

  private final Rubric rubric = RubricReader.create().read(SeedWorkedExamplesTest.RUBRICS.resolve("crm-service-quality.yaml")).rubric();

  private Evaluation evaluate(String communicationClarity) {
    return rubric.evaluate(Observations.of("ev-2024-0917-01").withSubject("agent-007").withPeriod("2024-09-17")
        .withValue("first-response-time", "4h").withValue("resolution-time", "24h").withValue("first-contact-resolution", "85%")
        .withValue("solution-quality", 4).withValue("communication-clarity", communicationClarity).withValue("expertise", 4)
        .withValue("emotion-care", 4).withValue("follow-up-visits", 5)
        .withEvidence("first-response-time", "客户*投诉工单平均响应时长4小时"));
  }

  @Test
  void writingResultsNeverClosesTheCallersWriter() throws java.io.IOException {
    ResultWriter writer = ResultWriter.forRubric(rubric);
    boolean[] closed = {false};
    java.io.StringWriter target = new java.io.StringWriter();
    java.io.Writer out = new java.io.FilterWriter(target) {
      @Override
      public void close() throws java.io.IOException {
        closed[0] = true;
        super.close();
      }
    };

    writer.writeLine(evaluate("4"), out);
    writer.writeLine(evaluate("5"), out);
    writer.write(evaluate("3"), out);
    out.flush();

    assertThat(closed[0]).isFalse();
    assertThat(target.toString().split("\n", -1)).hasSize(3)
        .allSatisfy(line -> assertThat(line).startsWith("{\"rubric\":\"crm-service-quality\""));
  }

  @Test
  void writeHandsOverTheWholeTextWithoutFlushingAndWriteLineFlushes() throws java.io.IOException {
    ResultWriter writer = ResultWriter.forRubric(rubric);
    int[] flushes = {0};
    java.io.StringWriter target = new java.io.StringWriter();
    java.io.Writer out = new java.io.FilterWriter(target) {
      @Override
      public void flush() throws java.io.IOException {
        flushes[0]++;
        super.flush();
      }
    };

    writer.write(evaluate("3"), out);
    assertThat(flushes[0]).isZero();
    assertThat(target.toString()).isEqualTo(writer.toJson(evaluate("3")));

    writer.writeLine(evaluate("4"), out);
    assertThat(flushes[0]).isEqualTo(1);
    assertThat(target.toString()).endsWith(writer.toJson(evaluate("4")) + "\n");
  }

  @Test
  void theFormatsExampleComesOutWithNumbersRoundedToThePrecision() {
    String json = ResultWriter.forRubric(rubric).toJson(evaluate("4"));
    assertThat(json).startsWith("{\"rubric\":\"crm-service-quality\",\"version\":\"1.0\",\"id\":\"ev-2024-0917-01\","
        + "\"subject\":\"agent-007\",\"period\":\"2024-09-17\",\"scale\":5,\"total\":4.15,\"rawTotal\":4.15,"
        + "\"grade\":\"good\",\"vetoes\":[],\"dimensions\":[{\"id\":\"responsiveness\",\"weight\":0.2,\"score\":4.00,"
        + "\"contribution\":0.80,\"grade\":null,\"indicators\":[{\"id\":\"first-response-time\",\"value\":\"4h\","
        + "\"band\":\"(2h, 6h]\",\"score\":4,\"max\":5,\"weight\":0.5,\"contribution\":0.40,"
        + "\"evidence\":\"客户*投诉工单平均响应时长4小时\"}");
  }

  @Test
  void aNotApplicableIndicatorHasApplicableFalseAndNoScore() {
    JsonNode result = JsonMapper.builder().build().readTree(ResultWriter.forRubric(rubric).toJson(evaluate("n/a")));
    JsonNode clarity = result.get("dimensions").get(2).get("indicators").get(0);
    assertThat(clarity.get("id").asString()).isEqualTo("communication-clarity");
    assertThat(clarity.get("applicable").asBoolean()).isFalse();
    assertThat(clarity.has("score")).isFalse();
    assertThat(result.get("total").decimalValue()).isEqualByComparingTo("4.15");
    assertThat(result.get("total").isNumber()).isTrue();
  }
}
