package org.rubric4j;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every definition problem is reported by build(), all at once, each with its path and value. */
class RubricBuilderProblemsTest {

  private static RubricBuilder oneIndicator(Consumer<IndicatorBuilder> spec) {
    return Rubric.builder("r").dimension("d", d -> d.indicator("i", spec));
  }

  private static List<Problem> errors(RubricBuilder builder) {
    return builder.lint().stream().filter(Problem::isError).toList();
  }

  private static Problem onlyError(RubricBuilder builder) {
    List<Problem> errors = errors(builder);
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  @Test
  void buildReportsEveryProblemAtOnceWithPaths() {
    RubricBuilder b = Rubric.builder("crm")
        .dimension("responsiveness", d -> d.weight("20%")
            .indicator("first-response-time", i -> i.bands(Measure.DURATION)
                .band(5, "<= 2h").band(4, "(2h, 6h]").band(3, "(7h, 12h]").band(1, "> 12h")))
        .dimension("solving", d -> d.weight("75%")
            .indicator("fcr", i -> i.bands(Measure.PERCENT).band(1, "< 60%").band(5, "(2h, 6h]")))
        .dimension("solving", d -> d.indicator("x", i -> i.levels().level(1)));

    assertThatThrownBy(b::build).isInstanceOfSatisfying(RubricDefinitionException.class, e -> {
      assertThat(e.rubricId()).isEqualTo("crm");
      assertThat(e.problems()).extracting(Problem::path).contains(
          "dimensions[0].indicators[0].bands[2]",
          "dimensions[1].indicators[0].bands[1].range",
          "dimensions",
          "dimensions[2]");
      assertThat(e.getMessage()).startsWith("rubric crm has ")
          .contains("dimensions[0].indicators[0].bands[2]: error: values between band (2h, 6h] and band (7h, 12h] are in no band")
          .contains("band (2h, 6h] is a duration, but the indicator measures a percent");
    });
  }

  @Test
  void weightsMustAddUpToExactlyOneHundredPercent() {
    Problem p = onlyError(Rubric.builder("r")
        .dimension("a", d -> d.weight("20%").indicator("i", i -> i.levels().level(1)))
        .dimension("b", d -> d.weight("75%").indicator("j", i -> i.levels().level(1))));
    assertThat(p.path()).isEqualTo("dimensions");
    assertThat(p.code()).isEqualTo("weight-sum");
    assertThat(p.message()).isEqualTo("the weights of the top-level dimensions add up to 95%, not 100% (a 20%, b 75%)");
  }

  @Test
  void weightsOnOnlySomeSiblingsWarnAndShareTheRest() {
    RubricBuilder b = Rubric.builder("r").scale(100)
        .dimension("a", d -> d.weight("50%").indicator("i", i -> i.levels().level(1).level(2)))
        .dimension("b", d -> d.indicator("j", i -> i.levels().level(1).level(2)))
        .dimension("c", d -> d.indicator("k", i -> i.levels().level(1).level(2)));
    assertThat(b.lint()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.code()).isEqualTo("partial-weights");
      assertThat(p.message()).contains("b, c share the remaining 50% equally");
    });
    Evaluation e = b.build().evaluate(Observations.of("e").withValue("i", 2).withValue("j", 1).withValue("k", 1));
    // 0.5 × 1 + 0.25 × 0.5 + 0.25 × 0.5 = 0.75
    assertThat(e.total()).isEqualByComparingTo("75.00");
  }

  @Test
  void declaredWeightsLeavingNothingForTheOthersAreAnError() {
    Problem p = onlyError(Rubric.builder("r")
        .dimension("a", d -> d.weight("100%").indicator("i", i -> i.levels().level(1)))
        .dimension("b", d -> d.indicator("j", i -> i.levels().level(1))));
    assertThat(p.message()).contains("already add up to 100%", "leaving nothing for b");
  }

  @Test
  void aWeightAboveOneHundredPercentNamesTheValue() {
    Problem p = onlyError(Rubric.builder("r").dimension("a", d -> d.weight("120%")
        .indicator("i", i -> i.levels().level(1))));
    assertThat(p.path()).isEqualTo("dimensions[0].weight");
    assertThat(p.message()).contains("120%");
  }

  @Test
  void bandsThatOverlapAreAnError() {
    Problem p = onlyError(oneIndicator(i -> i.bands(Measure.DURATION)
        .band(5, "<= 2h").band(4, "[2h, 6h]").band(1, "> 6h")));
    assertThat(p.path()).isEqualTo("dimensions[0].indicators[0].bands[1]");
    assertThat(p.code()).isEqualTo("band-overlap");
    assertThat(p.message()).isEqualTo("band [2h, 6h] overlaps band <= 2h");
  }

  @Test
  void bandsMustReachTheEndsOfTheMeasuresDomain() {
    List<Problem> errors = errors(oneIndicator(i -> i.bands(Measure.PERCENT)
        .band(1, "(0%, 60%)").band(5, "[60%, 90%]")));
    assertThat(errors).extracting(Problem::message).containsExactly(
        "the value 0% is in no band",
        "values from 90% up to 100% are in no band");
  }

  @Test
  void aDurationBandRuleMustEndWithInfinity() {
    Problem p = onlyError(oneIndicator(i -> i.bands(Measure.DURATION).band(5, "<= 2h").band(1, "(2h, 24h]")));
    assertThat(p.message()).isEqualTo("values above 24h are in no band; end the last band with inf");
  }

  @Test
  void aBandInAnotherMeasureIsAnError() {
    Problem p = onlyError(oneIndicator(i -> i.bands(Measure.PERCENT)
        .band(5, Interval.parse(Measure.DURATION, "<= 2h"))));
    assertThat(p.code()).isEqualTo("wrong-measure");
    assertThat(p.message()).isEqualTo("band <= 2h is a duration, but the indicator measures a percent");
  }

  @Test
  void twoRulesOnOneIndicatorAreAnError() {
    Problem p = onlyError(oneIndicator(i -> {
      i.levels().level(1).level(2);
      i.occurrences().max(5).deduct(1);
    }));
    assertThat(p.path()).isEqualTo("dimensions[0].indicators[0]");
    assertThat(p.message()).isEqualTo("indicator i has 2 scoring rules (levels, occurrences); give exactly one");
  }

  @Test
  void anIndicatorWithoutRuleIsAnError() {
    Problem p = onlyError(oneIndicator(i -> i.name("nothing")));
    assertThat(p.message()).contains("has no scoring rule");
  }

  @Test
  void idsAreUniqueAcrossDimensionsAndIndicators() {
    Problem p = onlyError(Rubric.builder("r")
        .dimension("speed", d -> d.indicator("speed", i -> i.levels().level(1))));
    assertThat(p.path()).isEqualTo("dimensions[0].indicators[0]");
    assertThat(p.message()).isEqualTo("id speed is already used at dimensions[0]; "
        + "dimension and indicator ids are unique across the rubric");
  }

  @Test
  void rubricIdsAreLowercaseSlugs() {
    List<Problem> errors = errors(Rubric.builder("CRM Quality")
        .dimension("d", d -> d.indicator("i", i -> i.levels().level(1))));
    assertThat(errors).singleElement().satisfies(p -> assertThat(p.message()).contains("\"CRM Quality\""));
  }

  @Test
  void gradesWithAGapAtThePrecisionAreAnError() {
    Problem p = onlyError(Rubric.builder("r").scale(100)
        .grade("good", g -> g.range("[60, 89]"))
        .grade("excellent", g -> g.range("[90, 100]"))
        .grade("poor", g -> g.range("[0, 60)"))
        .dimension("d", d -> d.indicator("i", i -> i.levels().level(1))));
    assertThat(p.path()).isEqualTo("grades[1]");
    assertThat(p.message()).isEqualTo("values from 89.01 to 89.99 (at 2 decimals) fall in no grade");
  }

  @Test
  void gradesThatOverlapOrLeaveTheScaleAreErrors() {
    List<Problem> errors = errors(Rubric.builder("r").scale(5)
        .grade("good", g -> g.range("[3.5, 4.5]"))
        .grade("excellent", g -> g.range("[4.5, 6]"))
        .grade("rest", g -> g.range("[0, 3.5)"))
        .dimension("d", d -> d.indicator("i", i -> i.levels().level(1))));
    assertThat(errors).extracting(Problem::message)
        .containsExactly("grade excellent range [4.5, 6] reaches outside the scale [0, 5]");
  }

  @Test
  void vetoesMustNameWhatExists() {
    List<Problem> errors = errors(Rubric.builder("r")
        .flag("fraud")
        .grade("low", g -> g.range("[0, 50)")).grade("high", g -> g.range("[50, 100]"))
        .dimension("d", d -> d.indicator("i", i -> i.levels().level(1)))
        .veto("a", v -> v.whenFlag("frued"))
        .veto("b", v -> v.whenScoreBelow("nope", 3))
        .veto("c", v -> v.whenFlag("fraud").grade("lowest"))
        .veto("e", v -> v.whenFlag("fraud").scope("i"))
        .veto("f", v -> v.name("no trigger")));
    assertThat(errors).extracting(Problem::path, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("vetoes[0].flag",
            "veto a names flag frued, which is not declared; declared flags: fraud"),
        org.assertj.core.groups.Tuple.tuple("vetoes[1].indicator",
            "veto b names indicator nope, which the rubric does not have"),
        org.assertj.core.groups.Tuple.tuple("vetoes[2].grade",
            "veto c names grade lowest, which the rubric does not have; grades: low, high"),
        org.assertj.core.groups.Tuple.tuple("vetoes[3].scope",
            "veto e is scoped to i, which is not a dimension of the rubric"),
        org.assertj.core.groups.Tuple.tuple("vetoes[4]",
            "veto f needs a trigger: a flag, or an indicator with below"));
  }

  @Test
  void deductionRulesNeedTheirPartsOnTheirMeasure() {
    List<Problem> errors = errors(oneIndicator(i -> i.deduction(Measure.PERCENT)
        .max(30).target(">= 85").step("1%").deduct(1)));
    assertThat(errors).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("dimensions[0].indicators[0].deduction.target");
      assertThat(p.message()).contains("\"85\" is not a percent; write 85% or a fraction in [0, 1]");
    });
    assertThat(errors(oneIndicator(i -> i.deduction(Measure.DURATION).target("<= 30s"))))
        .extracting(Problem::message)
        .containsExactly("a deduction rule needs max", "a deduction rule needs step", "a deduction rule needs deduct");
    assertThat(errors(oneIndicator(i -> i.deduction(Measure.DURATION)
        .max(20).target("<= 30s").step("10s").deduct(2).zero("> 20s"))))
        .extracting(Problem::message).containsExactly("zero > 20s overlaps the target <= 30s");
  }

  @Test
  void occurrenceRulesNeedPositivePoints() {
    assertThat(errors(oneIndicator(i -> i.occurrences().max(0).deduct(3).zeroAt(0))))
        .extracting(Problem::path, Problem::message).containsExactly(
            org.assertj.core.groups.Tuple.tuple("dimensions[0].indicators[0].occurrences.max", "max must be above 0, was 0"),
            org.assertj.core.groups.Tuple.tuple("dimensions[0].indicators[0].occurrences.zeroAt", "zeroAt must be at least 1, was 0"));
  }

  @Test
  void levelsMustBeDistinctAndNotNegative() {
    assertThat(errors(oneIndicator(i -> i.levels().level(1).level(1).level(-2))))
        .extracting(Problem::path).containsExactly(
            "dimensions[0].indicators[0].levels.-2", "dimensions[0].indicators[0].levels.1");
  }

  @Test
  void aDimensionHoldsIndicatorsOrDimensionsNotBoth() {
    Problem p = onlyError(Rubric.builder("r").dimension("d", d -> d
        .indicator("i", i -> i.levels().level(1))
        .dimension("e", e -> e.indicator("j", i -> i.levels().level(1)))));
    assertThat(p.code()).isEqualTo("mixed-dimension");
  }

  @Test
  void rangeNormalisationNeedsTwoDistinctScores() {
    Problem p = onlyError(Rubric.builder("r").normalize(Normalization.RANGE)
        .dimension("d", d -> d.indicator("i", i -> i.levels().level(3))));
    assertThat(p.code()).isEqualTo("flat-range");
  }

  @Test
  void nonMonotonicBandScoresWarn() {
    Rubric r = oneIndicator(i -> i.bands(Measure.DURATION)
        .band(5, "<= 2h").band(3, "(2h, 6h]").band(4, "> 6h")).build();
    assertThat(r.lint()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("non-monotonic");
      assertThat(p.path()).isEqualTo("dimensions[0].indicators[0].bands");
    });
  }

  @Test
  void gradesNoTotalCanReachWarn() {
    Rubric r = Rubric.builder("r").scale(5).notApplicable(NotApplicablePolicy.FORBID)
        .grade("top", g -> g.range("[4, 5]"))
        .grade("floor", g -> g.range("[0, 1)"))
        .grade("mid", g -> g.range("[1, 4)"))
        .dimension("d", d -> d.indicator("i", i -> i.levels().range(1, 5)))
        .build();
    assertThat(r.lint()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("grades[1]");
      assertThat(p.message()).isEqualTo("grade floor [0, 1) cannot be reached: totals lie in [1.00, 5.00] and no veto imposes it");
    });
  }

  @Test
  void aGradeAVetoImposesIsReachable() {
    Rubric r = Rubric.builder("r").scale(5).notApplicable(NotApplicablePolicy.FORBID)
        .grade("top", g -> g.range("[1, 5]"))
        .grade("floor", g -> g.range("[0, 1)"))
        .dimension("d", d -> d.indicator("i", i -> i.levels().range(1, 5)))
        .veto("fraud", v -> v.whenFlag("fraud"))
        .build();
    assertThat(r.lint()).isEmpty();
  }
}
