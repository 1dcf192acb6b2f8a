package org.rubric4j;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Observations that do not fit the rubric raise one ObservationException naming every misfit. */
class ObservationProblemsTest {

  private final Rubric rubric = SeedRubrics.crmServiceQuality();

  private static Observations complete() {
    return Observations.of("ev-9")
        .withValue("first-response-time", "1h").withValue("resolution-time", "1h")
        .withValue("first-contact-resolution", "95%").withValue("solution-quality", 5)
        .withValue("clarity", 5).withValue("expertise", 5).withValue("emotion-care", 5).withValue("follow-up-visit", 5);
  }

  private ObservationException failure(Observations o) {
    return org.assertj.core.api.Assertions.catchThrowableOfType(ObservationException.class,
        () -> rubric.evaluate(o));
  }

  @Test
  void anUnknownIndicatorIsNamedWithASuggestion() {
    ObservationException e = failure(complete().withValue("clarty", 4));
    assertThat(e.evaluationId()).isEqualTo("ev-9");
    assertThat(e.path()).isEqualTo("values.clarty");
    assertThat(e.getMessage()).isEqualTo("evaluation ev-9 cannot be scored: values.clarty: "
        + "the rubric has no indicator clarty (value 4); did you mean `clarity`?");
  }

  @Test
  void aValueOnTheWrongMeasureNamesTheIndicatorAndValue() {
    ObservationException e = failure(complete().withValue("first-response-time", "85%"));
    assertThat(e.reason()).isEqualTo("values.first-response-time: indicator first-response-time: "
        + "\"85%\" is not a duration; write it like 30s, 90m, 2h, 1d12h, 1.5h or PT2H");
  }

  @Test
  void aTypedQuantityOfAnotherMeasureIsRefused() {
    ObservationException e = failure(complete().withValue("first-response-time", Quantity.percent("85%")));
    assertThat(e.reason()).contains("\"85%\" is a percent, but this indicator measures a duration");
  }

  @Test
  void aPercentWithoutSignSuggestsOne() {
    ObservationException e = failure(complete().withValue("first-contact-resolution", "85"));
    assertThat(e.reason()).contains("\"85\" is not a percent; write 85% or a fraction in [0, 1]");
  }

  @Test
  void aLevelThatIsNotDeclaredListsTheLevels() {
    ObservationException e = failure(complete().withValue("clarity", 6));
    assertThat(e.reason()).isEqualTo("values.clarity: indicator clarity: level 6 is not declared; "
        + "the levels are 1, 2, 3, 4, 5");
  }

  @Test
  void aValueInNoBandIsAnErrorNeverADefault() {
    Rubric r = Rubric.builder("r").dimension("d", d -> d.indicator("csat", i -> i.bands(Measure.NUMBER)
        .band(1, "[1, 3)").band(3, "[3, 4.5)").band(5, "[4.5, 5]"))).build();
    assertThatThrownBy(() -> r.evaluate(Observations.of("e").withValue("csat", "5.5")))
        .isInstanceOf(ObservationException.class)
        .hasMessage("evaluation e cannot be scored: values.csat: indicator csat: \"5.5\" is in no band");
  }

  @Test
  void aMissingValueIsAnErrorByDefault() {
    Observations o = complete().toBuilder().build();
    Observations.Builder without = Observations.builder("ev-9");
    o.values().forEach((k, v) -> {
      if (!k.equals("expertise")) {
        without.value(k, v);
      }
    });
    ObservationException e = failure(without.build());
    assertThat(e.reason()).isEqualTo("values.expertise: no value for indicator expertise; give a value, "
        + "or n/a where it does not apply (the rubric has missing: error)");
  }

  @Test
  void notApplicableIsAnErrorWhenTheRubricForbidsIt() {
    Rubric r = Rubric.builder("r").notApplicable(NotApplicablePolicy.FORBID)
        .dimension("d", d -> d.indicator("a", i -> i.levels().range(1, 5))).build();
    assertThatThrownBy(() -> r.evaluate(Observations.of("e").withNotApplicable("a")))
        .hasMessageContaining("indicator a is n/a, but the rubric has notApplicable: forbid");
  }

  @Test
  void anUnknownFlagIsAnError() {
    ObservationException e = failure(complete().withFlag("fraud", true));
    assertThat(e.reason()).isEqualTo("flags.fraud: the rubric has no flag fraud");
  }

  @Test
  void aVetoFlagMisspeltInARubricThatListsNoFlagsShowsOnTheFirstObservationCarryingTheFlag() {
    // The normative format lets vetoes declare their flags by naming them, so build() accepts the
    // misspelling; the observation's correct spelling is then unknown, and the veto's is offered.
    Rubric r = Rubric.builder("r").dimension("d", d -> d.indicator("a", i -> i.levels().range(1, 5)))
        .veto("manipulation", v -> v.whenFlag("review-manipulatd")).build();
    assertThatThrownBy(() -> r.evaluate(Observations.of("e").withValue("a", 3).withFlag("review-manipulated", true)))
        .isInstanceOf(ObservationException.class)
        .hasMessage("evaluation e cannot be scored: flags.review-manipulated: the rubric has no flag review-manipulated;"
            + " did you mean `review-manipulatd`?");
  }

  @Test
  void everythingNotApplicableIsAnError() {
    Rubric r = Rubric.builder("r").dimension("d", d -> d.indicator("a", i -> i.levels().range(1, 5))).build();
    assertThatThrownBy(() -> r.evaluate(Observations.of("e").withNotApplicable("a")))
        .hasMessage("evaluation e cannot be scored: values: every indicator is not applicable, so there is nothing to score");
  }

  @Test
  void everyProblemOfOneObservationIsListed() {
    ObservationException e = failure(complete().withValue("clarity", 9).withValue("first-response-time", "-1h")
        .withEvidence("nope", "x"));
    assertThat(e.problems()).extracting(Problem::path)
        .containsExactlyInAnyOrder("evidence.nope", "values.clarity", "values.first-response-time");
  }

  @Test
  void aBadPeriodIsRefusedWhereItIsGiven() {
    assertThatThrownBy(() -> Observations.of("e").withPeriod("2024-13"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("period \"2024-13\" is not a date (2024-09-17), ISO week (2024-W38), month (2024-09),"
            + " quarter (2024-Q3) or year (2024); there is no month 13");
    assertThatThrownBy(() -> Observations.of("e").withPeriod("2024-02-30")).isInstanceOf(InvalidValueException.class)
        .hasMessageEndingWith("; 2024-02 has 29 days, not 30");
    assertThat(Observations.of("e").withPeriod("2024-Q3").period()).contains("2024-Q3");
  }

  @Test
  void everyPeriodAReportingPeriodReadsIsAccepted() {
    for (String period : new String[] {"2024-09-17", "2024-W38", "2024-09", "2024-Q3", "2024"}) {
      assertThat(Observations.builder("e").period(period).build().period()).contains(period);
      assertThat(ReportingPeriod.parse(period)).hasToString(period);
    }
    assertThatThrownBy(() -> Observations.builder("e").period("2024-W54"))
        .isInstanceOf(InvalidValueException.class).hasMessage("period \"2024-W54\": 2024 has no ISO week 54");
  }

  @Test
  void aBlankIdIsRefused() {
    assertThatThrownBy(() -> Observations.of(" ")).isInstanceOf(InvalidValueException.class)
        .hasMessage("an observation needs a non-blank id");
  }
}
