package org.rubric4j.yaml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.Problem;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link ObservationReader#readOne}: one observation from a request body, or one
 * {@link ObservationException} with every problem, the type {@link Rubric#evaluate} throws too.
 */
class ReadOneObservationTest {

  private static Rubric rubric;
  private static ObservationReader reader;

  private static final String GOOD = """
      {"id": "ev-1", "subject": "agent-007", "values": {"first-response-time": "4h", "resolution-time": "20h",
       "first-contact-resolution": "85%", "solution-quality": 4, "communication-clarity": 5, "expertise": 4,
       "emotion-care": 5, "follow-up-visits": 3}}""";

  @BeforeAll
  static void loadRubric() {
    rubric = RubricReader.create().read(SeedWorkedExamplesTest.RUBRICS.resolve("crm-service-quality.yaml")).rubric();
    reader = ObservationReader.forRubric(rubric);
  }

  private static ObservationException failure(String json) {
    return catchThrowableOfType(ObservationException.class, () -> reader.readOne(json));
  }

  @Test
  void oneObjectIsReadFromTextBytesOrAStreamAlike() {
    Observations fromText = reader.readOne(GOOD);
    assertThat(fromText.id()).isEqualTo("ev-1");
    assertThat(fromText.subject()).contains("agent-007");
    assertThat(reader.readOne(GOOD.getBytes(StandardCharsets.UTF_8))).isEqualTo(fromText);
    assertThat(reader.readOne(new ByteArrayInputStream(("\uFEFF  " + GOOD).getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(fromText);
    assertThat(rubric.evaluate(fromText).total()).isPositive();
  }

  @Test
  void everyProblemOfTheObservationIsInOneException() {
    ObservationException e = failure("""
        {"id": "ev-2", "values": {"first-contact-resolution": "85", "solution-quality": 9, "speed": "1h"}}""");
    assertThat(e.evaluationId()).isEqualTo("ev-2");
    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("values.first-contact-resolution", "invalid-value"),
        org.assertj.core.groups.Tuple.tuple("values.solution-quality", "invalid-value"),
        org.assertj.core.groups.Tuple.tuple("values.speed", "unknown-indicator"));
    assertThat(e.getMessage()).startsWith("evaluation ev-2 cannot be scored: values.first-contact-resolution: \"85\""
        + " is not a percent; write 85% or a fraction in [0, 1]; values.solution-quality: level 9 is not declared");
  }

  @Test
  void whatTheReaderAndEvaluateRefuseIsTheSameTypeSoOneHandlerServesBoth() {
    Observations incomplete = reader.readOne("{\"id\": \"ev-3\", \"values\": {\"expertise\": 4}}");
    ObservationException fromEvaluate = catchThrowableOfType(ObservationException.class, () -> rubric.evaluate(incomplete));
    assertThat(fromEvaluate.problems()).extracting(Problem::code).contains("missing-value");
    assertThat(failure("{\"id\": \"ev-3\", \"values\": {\"expertise\": 9}}")).isInstanceOf(ObservationException.class);
  }

  @Test
  void anObservationWithoutAReadableIdIsNamedAsSuch() {
    ObservationException e = failure("{\"values\": {\"expertise\": 4}}");
    assertThat(e.evaluationId()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("the observation cannot be scored: the evaluation has no `id`");
    assertThat(e.problems()).extracting(Problem::code).containsExactly("missing-id");
  }

  @Test
  void textThatIsNotOneJsonObjectIsRefusedWithWhatItIs() {
    assertThat(failure("").getMessage()).isEqualTo(
        "the observation cannot be scored: the input is empty; readOne reads one observation, a JSON object");
    assertThat(failure(" [" + GOOD + "]").getMessage()).isEqualTo("the observation cannot be scored: the input is"
        + " a JSON array; readOne reads one observation, a JSON object (read a file of several with read)");
    assertThat(failure(GOOD + "\n" + GOOD).getMessage()).contains("cannot be scored");
    assertThat(failure("{\"id\": \"ev-4\", \"values\": ").problems()).extracting(Problem::code).containsExactly("unreadable");
    assertThat(failure("\"ev-5\"").getMessage()).isEqualTo(
        "the observation cannot be scored: an evaluation must be a JSON object, found the text `ev-5`");
  }

  @Test
  void theCallersStreamIsReadButNotClosed() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in = new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() throws IOException {
        closed.set(true);
        super.close();
      }
    };
    assertThat(reader.readOne(in).id()).isEqualTo("ev-1");
    assertThat(closed).isFalse();
  }

  @Test
  void aStructureOnlyReaderChecksTheShapeButNotTheRubric() {
    assertThat(ObservationReader.create().readOne("{\"id\": \"e\", \"values\": {\"anything\": \"85\"}}").values())
        .containsOnlyKeys("anything");
  }
}
