package org.rubric4j;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code notApplicable: redistribute | forbid | full-marks | zero}, on the rubric and on any node. */
class NotApplicablePolicyTest {

  /** Amazon Connect's four questions at 40/20/20/20 %, answers 10, 5, 5 of 10; Q4 as asked. */
  private static Rubric amazon(java.util.function.Consumer<IndicatorBuilder> q4) {
    return Rubric.builder("amazon").dimension("call", d -> d
        .indicator("q1", i -> i.weight("40%").levels().level(0, "missed").level(5, "partly").level(10, "met"))
        .indicator("q2", i -> i.weight("20%").levels().level(0, "missed").level(5, "partly").level(10, "met"))
        .indicator("q3", i -> i.weight("20%").levels().level(0, "missed").level(5, "partly").level(10, "met"))
        .indicator("q4", i -> {
          q4.accept(i);
          i.weight("20%").levels().level(0, "missed").level(5, "partly").level(10, "met");
        })).build();
  }

  private static Observations q4NotApplicable() {
    return Observations.builder("ev").value("q1", 10).value("q2", 5).value("q3", 5).notApplicable("q4").build();
  }

  @Test
  void eachPolicyScoresAnNotApplicableAnswerItsWay() {
    assertThat(amazon(i -> {}).evaluate(q4NotApplicable()).total()).isEqualByComparingTo("75");
    // evaluagent's "N/A counts as a pass": 40 + 10 + 10 + 20.
    Evaluation full = amazon(i -> i.notApplicable(NotApplicablePolicy.FULL_MARKS)).evaluate(q4NotApplicable());
    assertThat(full.total()).isEqualByComparingTo("80");
    Evaluation zero = amazon(i -> i.notApplicable("zero")).evaluate(q4NotApplicable());
    assertThat(zero.total()).isEqualByComparingTo("60");
    IndicatorResult q4 = full.allIndicators().filter(r -> r.id().equals("q4")).findFirst().orElseThrow();
    assertThat(q4.applicable()).isTrue();
    assertThat(q4.value()).isEmpty();
    assertThat(q4.score()).contains(BigDecimal.TEN);
    assertThat(q4.matched()).contains("n/a, counted as full marks");
    assertThat(full.explain()).contains("q4: n/a, counted as full marks → 10 of 10; × 100% × 20% → 20.00");
    assertThat(zero.explain()).contains("q4: n/a, counted as zero → 0 of 10; × 100% × 20% → 0");
  }

  @Test
  void aCountedNotApplicableTakesTheGeneralPathAndAgreesWithIt() {
    Rubric full = amazon(i -> i.notApplicable(NotApplicablePolicy.FULL_MARKS));
    assertThat(full.evaluateOnFastPath(q4NotApplicable())).isNull();
    Evaluation general = full.evaluateOnGeneralPath(q4NotApplicable());
    assertThat(full.evaluate(q4NotApplicable())).isEqualTo(general);
    Observations scored = Observations.builder("ev").value("q1", 10).value("q2", 5).value("q3", 5).value("q4", 0).build();
    assertThat(full.evaluateOnFastPath(scored)).isNotNull().isEqualTo(full.evaluateOnGeneralPath(scored));
  }

  @Test
  void aDimensionSetsThePolicyForEverythingBelowItAndAnIndicatorOverridesIt() {
    Rubric r = Rubric.builder("nested").notApplicable(NotApplicablePolicy.FORBID)
        .dimension("a", d -> d.notApplicable("full-marks")
            .indicator("a1", i -> i.levels().range(1, 5))
            .indicator("a2", i -> i.notApplicable("redistribute").levels().range(1, 5)))
        .dimension("b", d -> d.indicator("b1", i -> i.levels().range(1, 5))).build();
    assertThat(r.notApplicablePolicyOf(r.indicator("a1").orElseThrow())).isEqualTo(NotApplicablePolicy.FULL_MARKS);
    assertThat(r.notApplicablePolicyOf(r.indicator("a2").orElseThrow())).isEqualTo(NotApplicablePolicy.REDISTRIBUTE);
    assertThat(r.notApplicablePolicyOf(r.indicator("b1").orElseThrow())).isEqualTo(NotApplicablePolicy.FORBID);
    // a1 n/a counts 5 of 5, a2 n/a drops out: a = 100 %; b = 3 of 5: (100 + 60) / 2.
    Observations o = Observations.builder("ev").notApplicable("a1").notApplicable("a2").value("b1", 3).build();
    assertThat(r.evaluate(o).total()).isEqualByComparingTo("80");
    ObservationException e = catchThrowableOfType(ObservationException.class,
        () -> r.evaluate(Observations.builder("ev").value("a1", 5).value("a2", 5).notApplicable("b1").build()));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("not-applicable-forbidden");
      assertThat(p.message()).isEqualTo("indicator b1 is n/a, but the rubric has notApplicable: forbid");
    });
    Rubric byDimension = Rubric.builder("by-dimension")
        .dimension("a", d -> d.notApplicable(NotApplicablePolicy.FORBID).indicator("a1", i -> i.levels().range(1, 5)))
        .build();
    assertThat(catchThrowableOfType(ObservationException.class,
        () -> byDimension.evaluate(Observations.builder("ev").notApplicable("a1").build())).problems().get(0).message())
        .isEqualTo("indicator a1 is n/a, but dimension a has notApplicable: forbid");
  }

  @Test
  void underRangeZeroIsTheLowestScore() {
    Rubric r = Rubric.builder("range").normalize(Normalization.RANGE)
        .dimension("d", d -> d.notApplicable(NotApplicablePolicy.ZERO)
            .indicator("i", i -> i.levels().range(1, 5)).indicator("j", i -> i.levels().range(1, 5))).build();
    Evaluation e = r.evaluate(Observations.builder("ev").notApplicable("i").value("j", 5).build());
    assertThat(e.total()).isEqualByComparingTo("50");
    assertThat(e.allIndicators().filter(x -> x.id().equals("i")).findFirst().orElseThrow().score()).contains(BigDecimal.ONE);
  }

  @Test
  void lintKnowsZeroReachesBelowTheRulesScores() {
    // Levels 1–5 under ratio never score below 20 %, so a grade [0, 1) on scale 5 is unreachable...
    RubricBuilder base = Rubric.builder("reach").scale(5)
        .grade("low", g -> g.range("[0, 1)")).grade("high", g -> g.range("[1, 5]"));
    Rubric plain = base.dimension("d", d -> d.indicator("i", i -> i.levels().range(1, 5))).build();
    assertThat(plain.lint()).extracting(Problem::code).contains("unreachable-grade");
    // ... unless an n/a counts as zero.
    Rubric zero = Rubric.builder("reach").scale(5).notApplicable(NotApplicablePolicy.ZERO)
        .grade("low", g -> g.range("[0, 1)")).grade("high", g -> g.range("[1, 5]"))
        .dimension("d", d -> d.indicator("i", i -> i.levels().range(1, 5))).build();
    assertThat(zero.lint()).extracting(Problem::code).doesNotContain("unreachable-grade");
    assertThat(zero.evaluate(Observations.builder("ev").notApplicable("i").build()).grade().map(Grade::id)).contains("low");
  }

  @Test
  void anUnknownPolicyWordIsADefinitionErrorWithASuggestion() {
    RubricDefinitionException e = catchThrowableOfType(RubricDefinitionException.class, () -> Rubric.builder("bad")
        .dimension("d", d -> d.notApplicable("ful-marks").indicator("i", i -> i.notApplicable("zeroo").levels().range(1, 5)))
        .build());
    assertThat(e.problems()).extracting(Problem::path, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("dimensions[0].notApplicable",
            "notApplicable must be redistribute, forbid, full-marks or zero, was ful-marks; did you mean `full-marks`?"),
        org.assertj.core.groups.Tuple.tuple("dimensions[0].indicators[0].notApplicable",
            "notApplicable must be redistribute, forbid, full-marks or zero, was zeroo; did you mean `zero`?"));
  }
}
