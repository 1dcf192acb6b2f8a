package org.rubric4j.testkit;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rubric4j.Measure;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.RubricDefinitionException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each check fails on a rubric that breaks it, naming the counter-example in the rubric's terms. */
class RubricPropertiesCounterExamplesTest {

  /** A first-response band rule whose middle band scores less than the slower band after it. */
  private static final Rubric DIP = Rubric.builder("dip")
      .dimension("responsiveness", d -> d.indicator("first-response-time", i -> i.bands(Measure.DURATION)
          .band(5, "<= 2h").band(3, "(2h, 6h]").band(4, "> 6h")))
      .build();

  @Test
  void aBandThatScoresMoreForASlowerResponseIsNamedWithBothValues() {
    RubricPropertyError e = catchThrowableOfType(RubricPropertyError.class,
        () -> RubricProperties.scoreIsMonotonic(DIP, "first-response-time", Direction.LOWER_IS_BETTER));
    assertThat(e.property()).isEqualTo("scoreIsMonotonic");
    assertThat(e.rubricId()).isEqualTo("dip");
    assertThat(e.indicatorId()).contains("first-response-time");
    assertThat(e.getMessage()).isEqualTo("rubric dip: scoreIsMonotonic does not hold: indicator "
        + "first-response-time (bands over duration) is not monotonic (lower is better): 6h0.001s "
        + "scores 4 in band > 6h, but 6h scores 3 in band (2h, 6h]");
  }

  @Test
  void theSameDipShowsInTheTotalOfConcreteObservations() {
    RubricPropertyError e = catchThrowableOfType(RubricPropertyError.class,
        () -> RubricProperties.scoreIsMonotonic(DIP, "first-response-time", Direction.LOWER_IS_BETTER,
            Observations.of("ticket-1").withValue("first-response-time", "1h")));
    assertThat(e.observations()).isPresent();
    assertThat(e.getMessage()).contains("6h0.001s scores 4 in band > 6h, but 6h scores 3 in band (2h, 6h]",
        "observations: Observations[ticket-1, values {first-response-time=6h0.001s}]");
  }

  @Test
  void aLevelRuleIsNotMonotonicWhenItsAuthorSaysLowerIsBetter() {
    Rubric r = Rubric.builder("r").dimension("d", d -> d.indicator("rating", i -> i.levels().range(1, 5))).build();
    assertThat(catchThrowableOfType(RubricPropertyError.class,
        () -> RubricProperties.scoreIsMonotonic(r, "rating", Direction.LOWER_IS_BETTER)))
        .hasMessageEndingWith("indicator rating (levels over level) is not monotonic (lower is better): "
            + "2 scores 2 as level 2, but 1 scores 1 as level 1");
  }

  @Test
  void aGradeBetweenTheTotalsALonelyLevelCanGiveIsNamedWithTheNearestTotals() {
    // One 1–5 rating on 100 points gives 20, 40, 60, 80 or 100: nothing in [41, 59].
    Rubric r = Rubric.builder("gappy")
        .grade("low", g -> g.range("[0, 41)")).grade("middle", g -> g.name("中").range("[41, 60)"))
        .grade("high", g -> g.range("[60, 100]"))
        .dimension("d", d -> d.indicator("rating", i -> i.levels().range(1, 5)))
        .build();
    RubricPropertyError e = catchThrowableOfType(RubricPropertyError.class,
        () -> RubricProperties.everyGradeIsReachable(r));
    assertThat(e.getMessage()).startsWith("rubric gappy: everyGradeIsReachable does not hold: grade middle (中) "
        + "[41, 60) is never reached:").contains("totals from 20.00 to 100.00",
        "the nearest below is 40.00 (grade low)", "the nearest above is 60.00 (grade high)",
        "no veto that can fire imposes it");
  }

  @Test
  void aVetoThatImposesAGradeMakesItReachable() {
    Rubric r = Rubric.builder("vetoed")
        .grade("fail", g -> g.range("[0, 10)")).grade("pass", g -> g.range("[10, 100]"))
        .dimension("d", d -> d.indicator("rating", i -> i.levels().range(1, 5)))
        .veto("fraud", v -> v.whenFlag("fraud"))
        .build();
    RubricProperties.everyGradeIsReachable(r);
  }

  @Test
  void aScoreBelowVetoThatCanNeverFireDoesNotMakeItsGradeReachable() {
    Rubric r = Rubric.builder("never")
        .grade("fail", g -> g.range("[0, 10)")).grade("pass", g -> g.range("[10, 100]"))
        .dimension("d", d -> d.indicator("rating", i -> i.levels().range(1, 5)))
        .veto("terrible", v -> v.whenScoreBelow("rating", 1))
        .build();
    assertThat(catchThrowableOfType(RubricPropertyError.class, () -> RubricProperties.everyGradeIsReachable(r)))
        .hasMessageContaining("grade fail [0, 10) is never reached");
  }

  @Test
  void observationsTheRubricRefusesFailWithTheRubricsReason() {
    RubricPropertyError e = catchThrowableOfType(RubricPropertyError.class,
        () -> RubricProperties.totalIsWithinScale(DIP, Observations.of("ticket-2").withValue("first-response-time", "85%")));
    assertThat(e.getMessage()).contains("the observations cannot be scored: values.first-response-time: "
        + "indicator first-response-time: \"85%\" is not a duration");
  }

  @Test
  void anUnknownIndicatorIsAUsageErrorListingTheIndicators() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RubricProperties.scoreIsMonotonic(DIP, "first-respons", Direction.LOWER_IS_BETTER))
        .withMessage("rubric dip has no indicator first-respons; its indicators: first-response-time");
  }

  /**
   * A finding about core that this testkit made: with scale 7.5 and precision 0 the best total
   * rounded to 8, above the scale. Core now refuses such a rubric, so totalIsWithinScale cannot
   * be broken this way any more; the builder says why.
   */
  @Test
  void aScaleWithMoreDecimalsThanThePrecisionIsRefusedByTheBuilder() {
    assertThatThrownBy(() -> Rubric.builder("half-step").scale(new BigDecimal("7.5")).precision(0)
        .grade("low", g -> g.range("[0, 4)")).grade("high", g -> g.range("[4, 7.5]"))
        .dimension("d", d -> d.indicator("rating", i -> i.levels().range(1, 5)))
        .build())
        .isInstanceOf(org.rubric4j.RubricDefinitionException.class)
        .hasMessageContaining("scale 7.5 has more decimals than the precision 0");
  }
}
