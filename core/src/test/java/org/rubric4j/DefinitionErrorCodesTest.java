package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.rubric4j.rule.Level;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.rule.StepCounting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each definition error the builder finds carries a stable code at the path of the element at fault. */
class DefinitionErrorCodesTest {

  private static RubricBuilder oneIndicator(Consumer<IndicatorBuilder> spec) {
    return Rubric.builder("r").dimension("d", d -> d.indicator("i", spec));
  }

  private static List<Problem> errors(RubricBuilder b) {
    return b.lint().stream().filter(Problem::isError).toList();
  }

  private static void assertErrors(RubricBuilder b, String... pathAndCode) {
    List<org.assertj.core.groups.Tuple> expected = new java.util.ArrayList<>();
    for (int k = 0; k < pathAndCode.length; k += 2) {
      expected.add(tuple(pathAndCode[k], pathAndCode[k + 1]));
    }
    assertThat(errors(b)).extracting(Problem::path, Problem::code).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aRubricIdWithCapitalsIsInvalid() {
    RubricBuilder b = Rubric.builder("CRM").dimension("d", d -> d.indicator("i", i -> i.levels().level(1)));
    assertErrors(b, "rubric", "invalid-id");
    assertThat(errors(b).get(0).message()).isEqualTo("rubric id \"CRM\" is not valid; use lowercase "
        + "letters, digits and '-', starting with a letter or digit, at most 128 characters");
  }

  @Test
  void aScaleOfZeroIsNotPositive() {
    RubricBuilder b = Rubric.builder("r").scale(0).dimension("d", d -> d.indicator("i", i -> i.levels().level(1)));
    assertErrors(b, "scale", "not-positive");
    assertThat(errors(b).get(0).message()).isEqualTo("scale must be above 0, was 0");
  }

  @Test
  void aPrecisionFromZeroToNineIsAcceptedAndOutsideIsNot() {
    for (int ok : new int[] {0, RubricBuilder.MAX_PRECISION}) {
      assertThat(errors(Rubric.builder("r").precision(ok)
          .dimension("d", d -> d.indicator("i", i -> i.levels().level(1))))).isEmpty();
    }
    for (int bad : new int[] {-1, RubricBuilder.MAX_PRECISION + 1}) {
      assertThat(errors(Rubric.builder("r").precision(bad)
          .dimension("d", d -> d.indicator("i", i -> i.levels().level(1)))))
          .extracting(Problem::path).containsExactly("precision");
    }
  }

  @Test
  void aRubricWithoutDimensionsIsAnError() {
    assertErrors(Rubric.builder("r"), "dimensions", "no-dimensions");
  }

  @Test
  void aVetoIdUsedTwiceIsAnError() {
    RubricBuilder b = Rubric.builder("r").dimension("d", d -> d.indicator("i", i -> i.levels().level(1)))
        .veto("v", v -> v.whenFlag("a")).veto("v", v -> v.whenFlag("b"));
    assertErrors(b, "vetoes[1]", "duplicate-id");
  }

  @Test
  void declaredFlagsNeedValidDistinctIds() {
    RubricBuilder b = Rubric.builder("r").dimension("d", d -> d.indicator("i", i -> i.levels().level(1)))
        .flag("fraud", "刷好评").flag("fraud").flag("has space");
    assertErrors(b, "flags[1]", "duplicate-id", "flags[2]", "invalid-id");
  }

  @Test
  void aVetoOnAnInvalidFlagIdIsAnError() {
    RubricBuilder b = Rubric.builder("r").dimension("d", d -> d.indicator("i", i -> i.levels().level(1)))
        .veto("v", v -> v.whenFlag("no.dots"));
    assertErrors(b, "vetoes[0].flag", "invalid-id");
  }

  @Test
  void aVetoNeedsExactlyOneTriggerAndAScoreOnTheScale() {
    RubricBuilder b = Rubric.builder("r").scale(10).dimension("d", d -> d.indicator("i", i -> i.levels().level(1)))
        .veto("none", v -> v.score(1))
        .veto("two", v -> v.whenFlag("a").whenScoreBelow("i", 1))
        .veto("high", v -> v.whenFlag("a").score(11))
        .veto("low", v -> v.whenFlag("a").score(new BigDecimal("-0.5")))
        .veto("bad id", v -> v.whenFlag("a"));
    assertErrors(b, "vetoes[0]", "no-trigger", "vetoes[1]", "two-triggers", "vetoes[2].score", "veto-score",
        "vetoes[3].score", "veto-score", "vetoes[4]", "invalid-id");
    assertThat(errors(b)).extracting(Problem::message).contains(
        "veto two has 2 triggers; give exactly one", "veto high score 11 is outside the scale [0, 10]");
  }

  @Test
  void aVetoMayImposeExactlyTheScaleOrZero() {
    RubricBuilder b = Rubric.builder("r").scale(10).dimension("d", d -> d.indicator("i", i -> i.levels().level(1)))
        .veto("top", v -> v.whenFlag("a").score(10)).veto("bottom", v -> v.whenFlag("b").score(0));
    assertThat(errors(b)).isEmpty();
  }

  @Test
  void aDeductionOnLevelsOrFlagsIsAnError() {
    assertErrors(oneIndicator(i -> i.deduction(Measure.LEVEL).max(1).target(">= 1").step("1").deduct(1)),
        "dimensions[0].indicators[0].deduction", "deduction-measure");
    assertErrors(oneIndicator(i -> i.deduction(Measure.FLAG)),
        "dimensions[0].indicators[0].deduction", "deduction-measure");
  }

  @Test
  void aDeductionNeedsEveryPartAndPositivePoints() {
    assertErrors(oneIndicator(i -> i.deduction(Measure.DURATION)),
        "dimensions[0].indicators[0].deduction", "missing-max",
        "dimensions[0].indicators[0].deduction", "missing-target",
        "dimensions[0].indicators[0].deduction", "missing-step",
        "dimensions[0].indicators[0].deduction", "missing-deduct");
    assertErrors(oneIndicator(i -> i.deduction(Measure.DURATION).max(0).target("<= 30s").step("10s").deduct(0)),
        "dimensions[0].indicators[0].deduction.max", "not-positive",
        "dimensions[0].indicators[0].deduction.deduct", "not-positive");
  }

  @Test
  void aDeductionsTargetStepAndZeroMustBeOnItsMeasure() {
    RubricBuilder b = oneIndicator(i -> i.deduction(Measure.DURATION).max(20)
        .target(Interval.parse("<= 85%")).step(Quantity.percent("1%")).deduct(2).zero(Interval.parse("> 3")));
    assertErrors(b, "dimensions[0].indicators[0].deduction.target", "wrong-measure",
        "dimensions[0].indicators[0].deduction.step", "wrong-measure",
        "dimensions[0].indicators[0].deduction.zero", "wrong-measure");
  }

  @Test
  void aDeductionNeedsABoundedTargetAPositiveStepAndAZeroApartFromTheTarget() {
    RubricBuilder b = oneIndicator(i -> i.deduction(Measure.DURATION).max(20)
        .target(new Interval(Measure.DURATION, Bound.unbounded(), Bound.unbounded()))
        .step(Quantity.of(java.time.Duration.ZERO)).deduct(2));
    assertErrors(b, "dimensions[0].indicators[0].deduction.target", "unbounded-target",
        "dimensions[0].indicators[0].deduction.step", "not-positive");
    assertErrors(oneIndicator(i -> i.deduction(Measure.DURATION).max(20).target("<= 30s").step("10s")
        .deduct(2).zero(">= 30s")), "dimensions[0].indicators[0].deduction.zero", "zero-overlaps-target");
  }

  @Test
  void aDeductionWithCompletedStepsAndAZeroJustPastTheTargetIsValid() {
    RubricBuilder b = oneIndicator(i -> i.deduction(Measure.DURATION).max(20).target("<= 30s").step("10s")
        .deduct(2).zero("> 30s").steps(StepCounting.COMPLETED));
    assertThat(errors(b)).isEmpty();
  }

  @Test
  void anUnreadableZeroOrStepIsReportedWhereItWasRead() {
    assertErrors(oneIndicator(i -> i.deduction(Measure.DURATION).max(20).target("<= 30s").step("10 sec")
        .deduct(2).zero("> soon")), "dimensions[0].indicators[0].deduction.step", "invalid-value",
        "dimensions[0].indicators[0].deduction.zero", "invalid-value");
  }

  @Test
  void bandsOnAFlagAndBandRulesWithoutBandsAreErrors() {
    assertErrors(oneIndicator(i -> i.bands(Measure.FLAG).band(1, Interval.closed(Quantity.flag(false), Quantity.flag(true)))),
        "dimensions[0].indicators[0].bands", "flag-bands");
    assertErrors(oneIndicator(i -> i.bands(Measure.NUMBER)), "dimensions[0].indicators[0].bands", "no-bands");
  }

  @Test
  void outOfBelowTheHighestBandAndAllZeroBandsAreErrors() {
    assertErrors(oneIndicator(i -> i.bands(Measure.NUMBER).band(5, "[0, 1]").outOf(4)),
        "dimensions[0].indicators[0].outOf", "out-of-below-band");
    assertThat(errors(oneIndicator(i -> i.bands(Measure.NUMBER).band(5, "[0, 1]").outOf(5)))).isEmpty();
    assertErrors(oneIndicator(i -> i.bands(Measure.NUMBER).band(0, "[0, 1]")),
        "dimensions[0].indicators[0].bands", "zero-maximum");
  }

  @Test
  void aBandMayScoreZeroButNotBelow() {
    assertThat(errors(oneIndicator(i -> i.bands(Measure.NUMBER).band(0, "[0, 1)").band(1, "[1, 2]")))).isEmpty();
    assertErrors(oneIndicator(i -> i.bands(Measure.NUMBER).band(-1, "[0, 1)").band(1, "[1, 2]")),
        "dimensions[0].indicators[0].bands[0].score", "negative-score");
  }

  @Test
  void bandsGivenAsIntervalsAreCheckedLikeText() {
    RubricBuilder b = oneIndicator(i -> i.bands(Measure.NUMBER)
        .band(1, Interval.parse(Measure.NUMBER, "[0, 1)")).band(BigDecimal.valueOf(2), Interval.parse("[1, 2]"))
        .band(3, Interval.parse("> 90%")));
    assertErrors(b, "dimensions[0].indicators[0].bands[2].range", "wrong-measure");
  }

  @Test
  void levelsMustNotBeNegativeNorRepeatedNorAllZero() {
    assertErrors(oneIndicator(i -> i.levels().level(-1).level(2)), "dimensions[0].indicators[0].levels.-1", "negative-level");
    assertErrors(oneIndicator(i -> i.levels().level(2).level(2)), "dimensions[0].indicators[0].levels.2", "duplicate-level");
    assertErrors(oneIndicator(i -> i.levels().level(0)), "dimensions[0].indicators[0].levels", "zero-maximum");
    assertErrors(oneIndicator(i -> i.levels()), "dimensions[0].indicators[0].levels", "no-levels");
    assertThat(errors(oneIndicator(i -> i.levels().level(0).level(1)))).isEmpty();
  }

  @Test
  void anOccurrencesRuleNeedsMaxDeductAndAZeroAtOfAtLeastOne() {
    assertErrors(oneIndicator(i -> i.occurrences()), "dimensions[0].indicators[0].occurrences", "missing-max",
        "dimensions[0].indicators[0].occurrences", "missing-deduct");
    assertErrors(oneIndicator(i -> i.occurrences().max(10).deduct(0).zeroAt(0)),
        "dimensions[0].indicators[0].occurrences.deduct", "not-positive",
        "dimensions[0].indicators[0].occurrences.zeroAt", "zero-at");
    assertThat(errors(oneIndicator(i -> i.occurrences().max(10).deduct(2).zeroAt(1)))).isEmpty();
  }

  @Test
  void gradesNeedValidDistinctIdsAndARange() {
    RubricBuilder b = Rubric.builder("r").dimension("d", d -> d.indicator("i", i -> i.levels().level(1)))
        .grade("all", g -> g.range("[0, 100]")).grade("all", g -> g.range("[0, 100]"))
        .grade("no range", g -> g.name("x"));
    assertErrors(b, "grades[1]", "duplicate-id", "grades[2]", "invalid-id", "grades[2]", "missing-range");
  }

  @Test
  void aGradeMayTouchTheEndsOfTheScaleButNotPassThem() {
    assertThat(errors(Rubric.builder("r").scale(5).dimension("d", d -> d.indicator("i", i -> i.levels().level(1)))
        .grade("all", g -> g.range("[0, 5]")))).isEmpty();
    assertErrors(Rubric.builder("r").scale(5).dimension("d", d -> d.indicator("i", i -> i.levels().level(1)))
        .grade("all", g -> g.range("[0, 5.5]")), "grades[0].range", "grade-outside-scale");
    assertErrors(Rubric.builder("r").scale(5).dimension("d", d -> d.indicator("i", i -> i.levels().level(1)))
        .grade("all", g -> g.range(Interval.closed(Quantity.number(new BigDecimal("-1")), Quantity.number(BigDecimal.valueOf(5))))),
        "grades[0].range", "grade-outside-scale");
  }

  @Test
  void dimensionsNeedChildrenOfOneKind() {
    assertErrors(Rubric.builder("r").dimension("d", d -> { }), "dimensions[0]", "empty-dimension");
    assertErrors(Rubric.builder("r").dimension("d", d -> d.indicator("i", i -> i.levels().level(1))
        .dimension("e", e -> e.indicator("j", i -> i.levels().level(1)))), "dimensions[0]", "mixed-dimension");
  }

  @Test
  void nestedDimensionsAndTheirIndicatorsMustAddUpToOneHundredPercent() {
    RubricBuilder b = Rubric.builder("r").dimension("d", d -> d
        .dimension("e", e -> e.weight("60%").indicator("i", i -> i.weight("50%").levels().level(1))
            .indicator("j", i -> i.weight("40%").levels().level(1)))
        .dimension("f", f -> f.weight("30%").indicator("k", i -> i.levels().level(1))));
    assertErrors(b, "dimensions[0].dimensions", "weight-sum", "dimensions[0].dimensions[0].indicators", "weight-sum");
  }

  @Test
  void nestedIdsAreUniqueAcrossTheWholeTree() {
    RubricBuilder b = Rubric.builder("r").dimension("d", d -> d
        .dimension("e", e -> e.indicator("i", i -> i.levels().level(1)))
        .dimension("f", f -> f.dimension("g", g -> g.indicator("i", i -> i.levels().level(1)))));
    assertErrors(b, "dimensions[0].dimensions[1].dimensions[0].indicators[0]", "duplicate-id");
  }

  @Test
  void anIndicatorWithAnInvalidIdAndAnUnreadableWeightIsReportedOnce() {
    RubricBuilder b = Rubric.builder("r").dimension("d", d -> d
        .indicator("i j", i -> i.weight("lots").levels().level(1)).indicator("k", i -> i.weight("50%").levels().level(1)));
    assertErrors(b, "dimensions[0].indicators[0]", "invalid-id", "dimensions[0].indicators[0].weight", "invalid-value");
  }

  @Test
  void anUnreadableDimensionWeightIsReportedWithoutASumError() {
    RubricBuilder b = Rubric.builder("r")
        .dimension("a", d -> d.weight("much").indicator("i", i -> i.levels().level(1)))
        .dimension("b", d -> d.weight("50%").indicator("j", i -> i.levels().level(1)));
    assertErrors(b, "dimensions[0].weight", "invalid-value");
  }

  @Test
  void aRuleBuiltElsewhereIsAcceptedAsItIs() {
    Rubric r = oneIndicator(i -> i.rule(LevelRule.of(List.of(new Level(2, "ok"), new Level(1, "poor"))))).build();
    assertThat(r.indicator("i").orElseThrow().rule().maximum()).isEqualByComparingTo("2");
  }

  @Test
  void conditionsGivenAsTextOrAsAConditionAreTheSame() {
    Rubric a = Rubric.builder("r").dimension("d", d -> d.appliesWhen("type", "complaint")
        .indicator("i", i -> i.appliesWhen("channel", "phone", "chat").levels().level(1))).build();
    Rubric b = Rubric.builder("r").dimension("d", d -> d.appliesWhen(Condition.tagIn("type", "complaint"))
        .indicator("i", i -> i.appliesWhen(Condition.tagIn("channel", "phone", "chat")).levels().level(1))).build();
    assertThat(a).isEqualTo(b);
    assertErrors(Rubric.builder("r").dimension("d", d -> d.appliesWhen(" ", "x")
        .indicator("i", i -> i.appliesWhen("t").levels().level(1))),
        "dimensions[0].appliesWhen", "invalid-value", "dimensions[0].indicators[0].appliesWhen", "invalid-value");
  }
}
