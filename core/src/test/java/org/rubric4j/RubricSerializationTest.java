package org.rubric4j;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rubric4j.rule.StepCounting;
import static org.assertj.core.api.Assertions.assertThat;

/** A rubric can be shipped to workers: it serialises to plain data and is rebuilt on arrival. */
class RubricSerializationTest {

  static List<Rubric> seeds() {
    return List.of(SeedRubrics.crmServiceQuality(), SeedRubrics.crmMaintenanceMonitoring(),
        SeedRubrics.satisfactionTracking(), SeedRubrics.serviceStandardsMonthly(),
        SeedRubrics.serviceStandardsCombined(), SeedRubrics.contactCenterWorkflow(), everyFeature());
  }

  /** Flags, conditions, outOf, completed steps, scoped and score-below vetoes, dimension grades. */
  static Rubric everyFeature() {
    return Rubric.builder("every-feature").version("v2").name("全部").description("d").scale(10)
        .precision(3).normalize(Normalization.RANGE).notApplicable(NotApplicablePolicy.FORBID)
        .missing(MissingPolicy.NOT_APPLICABLE).flag("fraud", "欺诈").flag("late")
        .grade("low", g -> g.range("[0, 5)").attribute("bonus", java.math.BigDecimal.ONE).attribute("ok", false))
        .grade("high", g -> g.name("高").range("[5, 10]").attribute("label", "top"))
        .dimension("a", d -> d.weight("30%").appliesWhen("type", "complaint", "refund").description("x")
            .grade("a-low", g -> g.range("[0, 5)")).grade("a-high", g -> g.range("[5, 10]"))
            .indicator("speed", i -> i.name("速度").weight("40%").bands(Measure.DURATION)
                .band(4, "<= 2h").band(2, "(2h, 1d]").band(1, "> 1d").outOf(5))
            .indicator("steps", i -> i.weight("60%").deduction(Measure.PERCENT).max(30)
                .target(">= 85%").step("1%").deduct(1).zero("< 75%").steps(StepCounting.COMPLETED)))
        .dimension("b", d -> d.weight("70%")
            .dimension("b1", b1 -> b1.indicator("errors", i -> i.occurrences().max(15).deduct(3).zeroAt(3)))
            .dimension("b2", b2 -> b2.indicator("care", i -> i.levels().level(1, "低").level(5, "高"))))
        .veto("v1", v -> v.whenFlag("fraud").grade("low").score(1))
        .veto("v2", v -> v.name("n").whenScoreBelow("errors", 6).scope("b"))
        .build();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aRubricReadBackIsEqualAndScoresAlike(Rubric rubric) throws Exception {
    Rubric copy = roundTrip(rubric);
    assertThat(copy).isEqualTo(rubric).isNotSameAs(rubric);
    assertThat(copy.lint()).isEqualTo(rubric.lint());
  }

  @Test
  void aDeserialisedRubricEvaluates() throws Exception {
    Rubric copy = roundTrip(SeedRubrics.serviceStandardsMonthly());
    Observations o = Observations.of("e").withValue("first-response-time", "28s").withValue("emotion-management", 2)
        .withValue("fcr", "88%").withValue("record-errors", 1).withValue("recommendation-rate", "12%");
    assertThat(copy.evaluate(o)).isEqualTo(SeedRubrics.serviceStandardsMonthly().evaluate(o));
  }

  private static Rubric roundTrip(Rubric rubric) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(rubric);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (Rubric) in.readObject();
    }
  }
}
