package org.rubric4j.jackson;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rubric4j.Evaluation;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.Problem;
import org.rubric4j.Rubric;
import org.rubric4j.yaml.ObservationReader;
import org.rubric4j.yaml.ResultWriter;
import org.rubric4j.yaml.RubricLoadException;
import org.rubric4j.yaml.RubricReader;
import org.rubric4j.yaml.RubricWriter;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The Jackson 3 module: rubric4j's types in rubric4j's JSON formats, on a plain JsonMapper. */
class Rubric4jModuleTest {

  private static Rubric rubric;
  private static Observations observations;
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new Rubric4jModule()).build();

  private static final String OBSERVATION = "{\"id\":\"ev-1\",\"subject\":\"agent-007\",\"period\":\"2024-09\","
      + "\"tags\":{\"team\":\"after-sales\"},\"values\":{\"first-response-time\":\"4h\",\"resolution-time\":\"20h\","
      + "\"first-contact-resolution\":\"85%\",\"solution-quality\":\"4\",\"communication-clarity\":\"5\","
      + "\"expertise\":\"4\",\"emotion-care\":\"n/a\",\"follow-up-visits\":\"3\"},"
      + "\"evidence\":{\"first-response-time\":\"ticket 17\"}}";

  /** A request body: an observation inside a bean. */
  record ScoreRequest(String requestedBy, Observations observation) {}

  @BeforeAll
  static void load() {
    rubric = RubricReader.create().readResource("rubrics/crm-service-quality.yaml").rubric();
    observations = ObservationReader.forRubric(rubric).readOne(OBSERVATION);
  }

  @Test
  void aReportIsTheReportJson() {
    org.rubric4j.report.Report report = org.rubric4j.report.Reporter.builder(rubric).build()
        .add(rubric.evaluate(observations)).report();
    String json = MAPPER.writeValueAsString(report);
    assertThat(json).isEqualTo(org.rubric4j.yaml.ReportWriter.create().withoutIndentation().toJson(report));
    assertThat(json).startsWith("{\"rubric\":\"crm-service-quality\",").containsPattern("\"mean\":\\d\\.\\d\\d,");
  }

  @Test
  void anEvaluationIsTheResultJsonNumberForNumber() {
    Evaluation e = rubric.evaluate(observations);
    String json = MAPPER.writeValueAsString(e);
    assertThat(json).isEqualTo(ResultWriter.create().toJson(e));
    assertThat(json).contains("\"scale\":5,").containsPattern("\"total\":\\d\\.\\d\\d,");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "scored");
    body.put("result", e);
    assertThat(MAPPER.writeValueAsString(body))
        .isEqualTo("{\"status\":\"scored\",\"result\":" + ResultWriter.create().toJson(e) + "}");
  }

  @Test
  void withExplanationTheResultEndsWithTheTrace() {
    Evaluation e = rubric.evaluate(observations);
    JsonMapper explaining = JsonMapper.builder().addModule(new Rubric4jModule().withExplanation()).build();
    String json = explaining.writeValueAsString(e);
    String plain = ResultWriter.create().toJson(e);
    assertThat(json).startsWith(plain.substring(0, plain.length() - 1) + ",\"explanation\":");
    assertThat(explaining.readTree(json).get("explanation").asString()).isEqualTo(e.explain());
    assertThat(new Rubric4jModule().writesExplanation()).isFalse();
  }

  @Test
  void observationsAreReadAsTheReaderReadsThemAndWrittenBackEqual() {
    Observations read = MAPPER.readValue(OBSERVATION, Observations.class);
    assertThat(read).isEqualTo(observations);
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(OBSERVATION);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(read), Observations.class)).isEqualTo(read);
    ScoreRequest request = MAPPER.readValue("{\"requestedBy\":\"qa\",\"observation\":" + OBSERVATION + "}", ScoreRequest.class);
    assertThat(request.observation()).isEqualTo(observations);
  }

  @Test
  void numbersReachTheReaderExactlyAsWritten() {
    Observations read = MAPPER.readValue("{\"id\":\"e\",\"values\":{\"fcr\":0.12345678901234567890123,\"n\":1e2}}",
        Observations.class);
    assertThat(read.values().get("fcr")).hasToString("0.12345678901234567890123");
    assertThat(read.values().get("n")).hasToString("1e2");
  }

  @Test
  void aBadObservationRaisesTheReadersExceptionWithEveryProblem() {
    ObservationException e = catchThrowableOfType(ObservationException.class,
        () -> MAPPER.readValue("{\"id\":\"ev-2\",\"values\":{\"a\":true},\"flags\":{\"f\":\"yes\"},\"extra\":1}",
            Observations.class));
    assertThat(e.evaluationId()).isEqualTo("ev-2");
    assertThat(e.problems()).extracting(Problem::path).containsExactly("values.a", "flags.f", "");
    assertThat(e.problems().get(2).message()).startsWith("unknown key `extra`");
    Throwable nested = catchThrowable(() -> MAPPER.readValue("{\"observation\":{\"values\":{}}}", ScoreRequest.class));
    assertThat(nested).isInstanceOfAny(ObservationException.class, DatabindException.class);
    Throwable cause = nested instanceof ObservationException ? nested : nested.getCause();
    assertThat(cause).isInstanceOf(ObservationException.class)
        .hasMessage("the observation cannot be scored: the evaluation has no `id`");
  }

  @Test
  void aRubricIsReadAndWrittenAsTheRubricJson() {
    String json = MAPPER.writeValueAsString(rubric);
    assertThat(json).isEqualTo(RubricWriter.create().toJson(rubric).strip());
    Rubric back = MAPPER.readValue(json, Rubric.class);
    assertThat(RubricWriter.create().toJson(back)).isEqualTo(RubricWriter.create().toJson(rubric));
    Map<?, ?> wrapped = MAPPER.readValue("{\"rubric\":" + json + "}", Map.class);
    assertThat(wrapped.get("rubric")).isInstanceOf(Map.class);
  }

  @Test
  void aRubricWithErrorsRaisesTheLoadExceptionListingThem() {
    RubricLoadException e = catchThrowableOfType(RubricLoadException.class,
        () -> MAPPER.readValue("{\"rubric\":\"r\",\"scale\":-1,\"dimensions\":[]}", Rubric.class));
    assertThat(e.errors()).extracting(p -> p.path()).contains("scale");
  }

  @Test
  void theModuleIsFoundByTheServiceLoader() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.registeredModules()).anyMatch(m -> m instanceof Rubric4jModule);
    assertThat(found.writeValueAsString(rubric.evaluate(observations)))
        .isEqualTo(ResultWriter.create().toJson(rubric.evaluate(observations)));
  }
}
