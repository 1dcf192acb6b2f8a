package org.rubric4j;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;

/** Seeds 001 (maintenance monitoring), 002 (satisfaction tracking) and 004 (workflow evaluation). */
class SeedOtherTemplatesTest {

  @ParameterizedTest(name = "{0}: {1}/{2}/{3}/{4} → {5}")
  @CsvSource({
      "KH2024001, 5, 5, 5, 4, 4.75",
      "KH2024002, 4, 4, 4, 3, 3.75",
      "KH2024003, 3, 3, 3, 3, 3.00"})
  void seed001RecordsAreTheMeanOfFourEqualRatings(String customer, int response, int solving,
      int professionalism, int proactiveness, String expected) {
    Evaluation e = SeedRubrics.crmMaintenanceMonitoring().evaluate(Observations.of(customer)
        .withValue("response-speed", response).withValue("problem-solving", solving)
        .withValue("professionalism", professionalism).withValue("proactiveness", proactiveness));
    assertThat(e.total()).isEqualByComparingTo(expected);
  }

  @Test
  void seed002OverallSatisfactionIsTheThirtyFortyThirtyMean() {
    Evaluation e = SeedRubrics.satisfactionTracking().evaluate(Observations.of("C20240520001")
        .withValue("response-satisfaction", 5).withValue("solving-satisfaction", 4)
        .withValue("attitude-satisfaction", 5));
    // 0.3 × 5 + 0.4 × 4 + 0.3 × 5 = 4.6
    assertThat(e.total()).isEqualByComparingTo("4.60");
  }

  @Test
  void seed004SixEqualDimensionsGiveAnExactSixth() {
    Evaluation e = SeedRubrics.contactCenterWorkflow().evaluate(Observations.of("call-1")
        .withValue("first-response", "4s").withValue("attitude-rating", 5).withValue("problem-solving-rating", 4)
        .withValue("expertise-rating", 3).withValue("satisfaction-rating", 5).withValue("record-keeping-rating", 4));
    // (4 + 5 + 4 + 3 + 5 + 4) / 6 = 25/6 = 4.1666… → 4.17
    assertThat(e.total()).isEqualByComparingTo("4.17");
    assertThat(e.unroundedTotal().toPlainString()).startsWith("4.16666666666666666666");
    assertThat(e.grade()).map(Grade::id).contains("good");
    assertThat(e.dimension("response-speed").flatMap(DimensionResult::grade)).map(Grade::id).contains("good");
    assertThat(e.dimension("expertise").flatMap(DimensionResult::grade)).map(Grade::id).contains("pass");
    assertThat(e.dimension("attitude").flatMap(DimensionResult::grade)).map(Grade::id).contains("excellent");
  }

  @ParameterizedTest(name = "first response {0} scores {1}")
  @CsvSource({"0, 5", "3s, 5", "3.001s, 4", "5s, 4", "5.5s, 3", "10s, 3", "11s, 2", "30s, 2", "31s, 1", "2m, 1"})
  void seed004ResponseBandsInSeconds(String value, int expected) {
    Evaluation e = SeedRubrics.contactCenterWorkflow().evaluate(Observations.of("call")
        .withValue("first-response", value).withValue("attitude-rating", 5).withValue("problem-solving-rating", 5)
        .withValue("expertise-rating", 5).withValue("satisfaction-rating", 5).withValue("record-keeping-rating", 5));
    assertThat(e.indicator("first-response").flatMap(IndicatorResult::score)).get()
        .satisfies(s -> assertThat(s).isEqualByComparingTo(Integer.toString(expected)));
  }

  @Test
  void seed004NotApplicableDimensionRedistributesItsSixth() {
    Evaluation e = SeedRubrics.contactCenterWorkflow().evaluate(Observations.of("call-2")
        .withValue("first-response", "4s").withValue("attitude-rating", 5).withValue("problem-solving-rating", 4)
        .withValue("expertise-rating", 3).withNotApplicable("satisfaction-rating").withValue("record-keeping-rating", 4));
    // (4 + 5 + 4 + 3 + 4) / 5 = 4
    assertThat(e.total()).isEqualByComparingTo("4.00");
    assertThat(e.dimension("satisfaction")).get().satisfies(d -> {
      assertThat(d.applicable()).isFalse();
      assertThat(d.score()).isEmpty();
      assertThat(d.weight()).isZero();
    });
    assertThat(e.dimension("attitude").map(DimensionResult::weight)).get()
        .satisfies(w -> assertThat(w).isEqualByComparingTo("0.2"));
  }
}
