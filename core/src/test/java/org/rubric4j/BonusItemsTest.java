package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code bonus: true} and {@code aboveScale: allowed}. */
class BonusItemsTest {

  /** MaestroQA's total points (5, 10, 15, 5) and a 5-point bonus question. */
  private static Rubric points(boolean aboveScale) {
    return Rubric.builder("maestro").weighting(Weighting.POINTS).aboveScale(aboveScale)
        .dimension("call", d -> d
            .indicator("greeting", i -> i.levels().range(0, 5))
            .indicator("discovery", i -> i.levels().range(0, 10))
            .indicator("resolution", i -> i.levels().range(0, 15))
            .indicator("closing", i -> i.levels().range(0, 5))
            .indicator("above-and-beyond", i -> i.bonus().levels().range(0, 5)))
        .build();
  }

  private static Observations earned(int g, int d, int r, int c, Integer bonus) {
    Observations.Builder b = Observations.builder("ev").value("greeting", g).value("discovery", d)
        .value("resolution", r).value("closing", c);
    return (bonus == null ? b.notApplicable("above-and-beyond") : b.value("above-and-beyond", bonus)).build();
  }

  @Test
  void underPointsABonusEarnsPointsButAddsNoPossiblePoints() {
    assertThat(points(false).evaluate(earned(3, 5, 8, 5, 5)).total()).isEqualByComparingTo("74.29"); // 26 / 35
    assertThat(points(false).evaluate(earned(3, 5, 8, 5, 0)).total()).isEqualByComparingTo("60.00"); // 21 / 35
    assertThat(points(false).evaluate(earned(3, 5, 8, 5, null)).total()).isEqualByComparingTo("60.00");
  }

  @Test
  void theTotalIsCappedAtTheScaleUnlessTheRubricAllowsMore() {
    Evaluation capped = points(false).evaluate(earned(5, 10, 15, 5, 5));
    assertThat(capped.total()).isEqualByComparingTo("100.00");
    assertThat(capped.rawTotal()).isEqualByComparingTo("100.00");
    assertThat(capped.unroundedTotal().setScale(20, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("114.28571428571428571429"); // 40 of 35 points, before the cap
    assertThat(capped.explain()).contains("above-and-beyond (bonus): level 5")
        .contains("→ 100.00 of 100 (capped at the scale: bonus items may not lift it above)");
    Evaluation above = points(true).evaluate(earned(5, 10, 15, 5, 5));
    assertThat(above.total()).isEqualByComparingTo("114.29");
    assertThat(above.explain()).doesNotContain("capped");
  }

  @Test
  void theContributionsAddUpToTheTotalBeforeTheCap() {
    Evaluation e = points(false).evaluate(earned(3, 5, 8, 5, 5));
    BigDecimal sum = e.allIndicators().map(IndicatorResult::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum.setScale(20, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo(e.unroundedTotal().setScale(20, java.math.RoundingMode.HALF_UP));
    IndicatorResult bonus = e.indicator("above-and-beyond").orElseThrow();
    assertThat(bonus.weight().multiply(BigDecimal.valueOf(35)).setScale(20, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("5"); // 5 of the 35 possible
  }

  /** Declared weights 60/40 % and a bonus worth 10 % of the scale. */
  private static Rubric declared(Consumer<IndicatorBuilder> bonus) {
    return Rubric.builder("declared").dimension("call", d -> d
        .indicator("q1", i -> i.weight("60%").levels().level(0, "no").level(5, "partly").level(10, "yes"))
        .indicator("q2", i -> i.weight("40%").levels().level(0, "no").level(5, "partly").level(10, "yes"))
        .indicator("extra", i -> {
          bonus.accept(i);
          i.bonus().levels().level(0, "no").level(10, "yes");
        })).build();
  }

  @Test
  void underDeclaredWeightsABonusAddsItsShareOfTheScaleAfterTheOthersAreCombined() {
    Rubric r = declared(i -> i.weight("10%"));
    assertThat(r.evaluate(Observations.builder("a").value("q1", 10).value("q2", 5).value("extra", 10).build()).total())
        .isEqualByComparingTo("90.00"); // 60 + 20, then + 10
    assertThat(r.evaluate(Observations.builder("b").value("q1", 5).notApplicable("q2").value("extra", 10).build()).total())
        .isEqualByComparingTo("60.00"); // q1 alone: 50, then + 10 (the bonus is not renormalised)
    assertThat(r.evaluateOnFastPath(Observations.builder("c").value("q1", 5).value("q2", 5).value("extra", 0).build()))
        .isNull();
  }

  @Test
  void underRelativeWeightsABonusWeightIsReadAgainstTheOthers() {
    Rubric r = Rubric.builder("zendesk").weighting(Weighting.RELATIVE).dimension("call", d -> d
        .indicator("a", i -> i.weight("2").levels().range(0, 4))
        .indicator("b", i -> i.weight("1").levels().range(0, 4))
        .indicator("extra", i -> i.weight("1").bonus().levels().range(0, 4))).build();
    Observations o = Observations.builder("z").value("a", 4).value("b", 0).value("extra", 2).build();
    assertThat(r.evaluate(o).total()).isEqualByComparingTo("83.33"); // 2/3 + 1/3 × 1/2
  }

  @Test
  void aBonusSectionAddsToItsParent() {
    Rubric r = Rubric.builder("sections")
        .dimension("a", d -> d.weight("50%").indicator("a1", i -> i.levels().range(0, 10)))
        .dimension("b", d -> d.weight("50%").indicator("b1", i -> i.levels().range(0, 10)))
        .dimension("extra", d -> d.bonus().weight("5%").indicator("x1", i -> i.levels().range(0, 10)))
        .build();
    Evaluation e = r.evaluate(Observations.builder("s").value("a1", 8).value("b1", 6).value("x1", 10).build());
    assertThat(e.total()).isEqualByComparingTo("75.00");
    assertThat(e.dimension("extra").orElseThrow().score()).contains(new BigDecimal("100.00"));
    assertThat(e.explain()).contains("extra (bonus): 100.00 of 100");
  }

  @Test
  void aBonusNeedsAWeightUnderDeclaredAndRelativeAndCannotStandAlone() {
    assertThat(problems(() -> declared(i -> {}))).extracting(Problem::code).containsExactly("bonus-weight");
    assertThat(problems(() -> Rubric.builder("only").dimension("d", d -> d
        .indicator("x", i -> i.bonus().weight("10%").levels().range(0, 1))).build()))
        .extracting(Problem::path, Problem::code).containsExactly(org.assertj.core.groups.Tuple.tuple("dimensions[0].indicators", "bonus-only"));
    assertThat(problems(() -> Rubric.builder("rel").weighting(Weighting.RELATIVE).dimension("d", d -> d
        .indicator("a", i -> i.levels().range(0, 1))
        .indicator("x", i -> i.bonus().weight("2").levels().range(0, 1))).build()))
        .extracting(Problem::code).containsExactly("partial-weights");
  }

  @Test
  void noVetoMayFireOnABonus() {
    List<Problem> found = problems(() -> Rubric.builder("veto").veto("v", v -> v.whenScoreBelow("extra", 1).score(0))
        .dimension("call", d -> d
            .indicator("q1", i -> i.levels().range(0, 1))
            .indicator("extra", i -> i.bonus().weight("10%").levels().range(0, 1))).build());
    assertThat(found).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("veto-on-bonus");
      assertThat(p.path()).isEqualTo("vetoes[0].indicator");
      assertThat(p.message()).contains("veto v fires on extra, a bonus item");
    });
  }

  @Test
  void gradesMayReachAboveTheScaleOnlyWhenTheRubricAllowsIt() {
    Consumer<RubricBuilder> grades = b -> b.grade("low", g -> g.range("[0, 90)")).grade("top", g -> g.range(">= 90"))
        .dimension("d", d -> d.indicator("q", i -> i.levels().range(0, 1))
            .indicator("x", i -> i.bonus().weight("20%").levels().range(0, 1)));
    RubricBuilder allowed = Rubric.builder("above").aboveScale(true);
    grades.accept(allowed);
    Rubric r = allowed.build();
    assertThat(r.aboveScaleAllowed()).isTrue();
    Evaluation e = r.evaluate(Observations.builder("e").value("q", 1).value("x", 1).build());
    assertThat(e.total()).isEqualByComparingTo("120.00");
    assertThat(e.grade().orElseThrow().id()).isEqualTo("top");
    RubricBuilder capped = Rubric.builder("capped").grade("low", g -> g.range("[0, 90)")).grade("top", g -> g.range("[90, 120]"))
        .dimension("d", d -> d.indicator("q", i -> i.levels().range(0, 1)));
    assertThat(problems(capped::build)).extracting(Problem::code).containsExactly("grade-outside-scale");
    RubricBuilder closed = Rubric.builder("closed").aboveScale(true).grade("low", g -> g.range("[0, 90)"))
        .grade("top", g -> g.range("[90, 120]")).dimension("d", d -> d.indicator("q", i -> i.levels().range(0, 1)));
    assertThat(problems(closed::build)).extracting(Problem::code).containsExactly("grade-gap");
  }

  @Test
  void bonusMarksAndAboveScaleSurviveJavaSerialisation() throws Exception {
    Rubric r = points(true);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(r);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      Rubric back = (Rubric) in.readObject();
      assertThat(back).isEqualTo(r);
      assertThat(back.aboveScaleAllowed()).isTrue();
      assertThat(back.indicator("above-and-beyond").orElseThrow().bonus()).isTrue();
    }
    assertThat(points(false)).isNotEqualTo(r);
  }

  private static List<Problem> problems(Runnable build) {
    return catchThrowableOfType(RubricDefinitionException.class, build::run).problems();
  }

  @Test
  void lintSaysWhenAboveScaleOrCriticalMarksHaveNoEffect() {
    Rubric noBonus = Rubric.builder("plain").aboveScale(true)
        .dimension("d", d -> d.indicator("q", i -> i.critical().levels().range(0, 1))).build();
    assertThat(noBonus.lint()).extracting(Problem::code).containsExactly("above-scale-without-bonus", "all-critical");
    assertThat(points(true).lint()).extracting(Problem::code).doesNotContain("above-scale-without-bonus");
  }
}
