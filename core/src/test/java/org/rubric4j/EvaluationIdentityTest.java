package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Equality of evaluations, and evaluations rebuilt from their parts. */
class EvaluationIdentityTest {

  private final Rubric rubric = SeedRubrics.crmServiceQuality();

  private Observations observations(String id) {
    return Observations.builder(id).value("first-response-time", "4h").value("resolution-time", "24h")
        .value("first-contact-resolution", "85%").value("solution-quality", 5).value("clarity", 4)
        .value("expertise", 4).value("emotion-care", 4).value("follow-up-visit", 4).build();
  }

  @Test
  void equalObservationsByTheSameRubricAreEqualWithoutWorkingOutTheDetails() {
    Evaluation a = rubric.evaluate(observations("ev-1"));
    Evaluation b = rubric.evaluate(observations("ev-1"));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.detailsWorkedOut()).isFalse();
    assertThat(b.detailsWorkedOut()).isFalse();
  }

  @Test
  void evaluationsOfDifferentObservationsDiffer() {
    Evaluation a = rubric.evaluate(observations("ev-1"));
    Evaluation other = rubric.evaluate(observations("ev-1").withValue("clarity", 3));

    assertThat(a).isNotEqualTo(other);
  }

  @Test
  void aRebuiltEvaluationEqualsTheOriginalWhenEveryPartIsTheSame() {
    Evaluation original = rubric.evaluate(observations("ev-1"));

    Evaluation rebuilt = Evaluation.builder(original.rubricId(), original.id())
        .rubricVersion(original.rubricVersion().orElseThrow())
        .scale(original.scale(), original.precision())
        .totals(original.total(), original.rawTotal(), original.unroundedTotal())
        .grade(original.grade().orElseThrow()).vetoes(original.vetoes())
        .dimensions(original.dimensions()).tags(Map.of()).build();

    assertThat(rebuilt).isEqualTo(original).hasSameHashCodeAs(original);
    assertThat(original).isEqualTo(rebuilt);
    assertThat(rebuilt.explain()).isEqualTo(original.explain());
  }

  @Test
  void aRebuiltEvaluationNeedsItsScaleAndTotals() {
    assertThatThrownBy(() -> Evaluation.builder("r", "ev-1").build())
        .isInstanceOf(IllegalStateException.class).hasMessage("the evaluation of ev-1 needs scale(...)");
    assertThatThrownBy(() -> Evaluation.builder("r", "ev-1").scale(BigDecimal.TEN, 2).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("the evaluation of ev-1 needs totals(...)");
    assertThatThrownBy(() -> Evaluation.builder("r", "ev-1").scale(BigDecimal.TEN, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("precision must be 0 or more, was -1");
  }

  @Test
  void aRebuiltEvaluationWithoutDimensionsHasNone() {
    Evaluation e = Evaluation.builder("r", "ev-1").scale(BigDecimal.TEN, 1)
        .totals(new BigDecimal("5.0"), new BigDecimal("5.0"), new BigDecimal("5")).vetoes(List.of()).build();

    assertThat(e.dimensions()).isEmpty();
    assertThat(e.grade()).isEmpty();
    assertThat(e.rubricVersion()).isEmpty();
  }
}
