package org.rubric4j;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rubric4j.rule.Band;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.DeductionRule;
import org.rubric4j.rule.Level;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.rule.OccurrenceRule;
import org.rubric4j.rule.RuleScore;
import org.rubric4j.rule.StepCounting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small value types: their factories, invariants at the boundaries, keys and texts. */
class ValueTypesTest {

  @Test
  void quantityFactoriesMakeTheirMeasure() {
    assertThat(Quantity.count(3)).isEqualTo(Quantity.of(Measure.COUNT, BigDecimal.valueOf(3)));
    assertThat(Quantity.level(5)).isEqualTo(Quantity.of(Measure.LEVEL, BigDecimal.valueOf(5)));
    assertThat(Quantity.flag(true).amount()).isEqualByComparingTo("1");
    assertThat(Quantity.flag(false).amount()).isEqualByComparingTo("0");
    assertThat(Quantity.flag(true)).hasToString("true");
    assertThat(Quantity.flag(false)).hasToString("false");
    assertThat(Quantity.parse(Measure.DURATION, "2h")).isEqualTo(Quantity.of(Duration.ofMinutes(120)));
    assertThat(Quantity.of(Duration.ofMillis(1500))).hasToString("1.5s");
  }

  @Test
  void quantitiesOutsideTheirMeasuresDomainAreRefused() {
    assertThatThrownBy(() -> Quantity.of(Measure.FLAG, BigDecimal.valueOf(2)))
        .hasMessage("a flag is true or false, was 2");
    assertThatThrownBy(() -> Quantity.of(Measure.LEVEL, new BigDecimal("1.5")))
        .hasMessage("a level is a whole number, was 1.5");
    assertThatThrownBy(() -> Quantity.of(Measure.COUNT, new BigDecimal("-1")))
        .hasMessage("a count is a non-negative whole number, was -1");
    assertThat(Quantity.of(Measure.LEVEL, new BigDecimal("-2")).amount()).isEqualByComparingTo("-2");
    assertThat(Quantity.of(Measure.COUNT, new BigDecimal("3.0"))).isEqualTo(Quantity.count(3));
  }

  @Test
  void measuresHaveKeysAndKnowWhichAreDiscrete() {
    assertThat(Measure.ofKey("percent")).isEqualTo(Measure.PERCENT);
    assertThatThrownBy(() -> Measure.ofKey("ratio")).hasMessage(
        "unknown measure \"ratio\"; expected one of duration, percent, number, count, level, flag");
    assertThat(List.of(Measure.values())).filteredOn(Measure::isDiscrete)
        .containsExactly(Measure.COUNT, Measure.LEVEL, Measure.FLAG);
  }

  @Test
  void policiesAndCountingHaveTheKeysOfRubricFiles() {
    assertThat(Normalization.RATIO.key()).isEqualTo("ratio");
    assertThat(Normalization.RANGE.key()).isEqualTo("range");
    assertThat(StepCounting.STARTED.key()).isEqualTo("started");
    assertThat(StepCounting.COMPLETED.key()).isEqualTo("completed");
    assertThat(NotApplicablePolicy.REDISTRIBUTE.key()).isEqualTo("redistribute");
    assertThat(NotApplicablePolicy.FORBID.key()).isEqualTo("forbid");
    assertThat(MissingPolicy.ERROR.key()).isEqualTo("error");
    assertThat(MissingPolicy.NOT_APPLICABLE.key()).isEqualTo("not-applicable");
    assertThat(Severity.ERROR.word()).isEqualTo("error");
    assertThat(Severity.WARNING.word()).isEqualTo("warning");
  }

  @Test
  void aWeightIsAboveZeroAndAtMostOneHundredPercent() {
    assertThat(Weight.of(BigDecimal.ONE)).hasToString("100%");
    assertThat(Weight.ofPercent(20)).isEqualTo(Weight.parse("0.2")).hasToString("20%");
    assertThatThrownBy(() -> Weight.of(BigDecimal.ZERO)).hasMessage("weight must be in (0, 100%], was 0%");
    assertThatThrownBy(() -> Weight.of(new BigDecimal("1.01"))).hasMessage("weight must be in (0, 100%], was 101%");
    assertThatThrownBy(() -> Weight.parse("0%")).hasMessage("weight must be in (0, 100%], was 0%");
    assertThat(Weight.ofPercent(20).compareTo(Weight.ofPercent(30))).isNegative();
    assertThat(Weight.ofPercent(30).compareTo(Weight.ofPercent(20))).isPositive();
  }

  @Test
  void aBandScoresZeroOrMoreAndPrintsScoreAndRange() {
    Band zero = Band.of(BigDecimal.ZERO, Interval.parse("<= 2h"));
    assertThat(zero).hasToString("0 for <= 2h");
    assertThat(Band.of(new BigDecimal("4.50"), Interval.parse("<= 2h")).score()).isEqualTo(new BigDecimal("4.5"));
    assertThatThrownBy(() -> Band.of(new BigDecimal("-0.1"), Interval.parse("<= 2h")))
        .hasMessage("a band score must be at least 0, was -0.1");
  }

  @Test
  void rulesBuiltDirectlyKeepTheirInvariants() {
    assertThat(BandRule.of(Measure.NUMBER, List.of(Band.of(BigDecimal.ONE, Interval.parse("[0, 1]")))).kind())
        .isEqualTo("bands");
    assertThatThrownBy(() -> BandRule.of(Measure.NUMBER, List.of()))
        .hasMessage("a band rule needs at least one band");
    assertThatThrownBy(() -> BandRule.of(Measure.FLAG, List.of(Band.of(BigDecimal.ONE,
        Interval.closed(Quantity.flag(false), Quantity.flag(true))))))
        .hasMessage("flags cannot be banded; score a yes/no item with levels, or use a veto");
    assertThatThrownBy(() -> BandRule.of(Measure.NUMBER, List.of(Band.of(BigDecimal.ONE, Interval.parse("<= 2h")))))
        .hasMessage("band <= 2h is a duration, but the indicator measures a number");
    assertThatThrownBy(() -> BandRule.of(Measure.NUMBER, List.of(Band.of(BigDecimal.ONE, Interval.parse("[0, 1]")),
        Band.of(BigDecimal.ONE, Interval.parse("[1, 2]"))))).hasMessage("band [1, 2] overlaps band [0, 1]");
    assertThatThrownBy(() -> new BandRule(Measure.NUMBER, List.of(Band.of(BigDecimal.TEN, Interval.parse("[0, 1]"))),
        Optional.of(new BigDecimal("9.9")))).hasMessage("outOf 9.9 is below the highest band score 10");
    assertThat(new BandRule(Measure.NUMBER, List.of(Band.of(BigDecimal.TEN, Interval.parse("[0, 1]"))),
        Optional.of(BigDecimal.TEN)).maximum()).isEqualByComparingTo("10");
    assertThatThrownBy(() -> BandRule.of(Measure.NUMBER, List.of(Band.of(BigDecimal.ZERO, Interval.parse("[0, 1]")))))
        .hasMessage("the highest band score must be above 0");
    assertThat(LevelRule.of(List.of(new Level(3, ""), new Level(1, ""))).minimum()).isEqualByComparingTo("1");
    assertThat(LevelRule.of(List.of(new Level(1, ""))).kind()).isEqualTo("levels");
  }

  @Test
  void occurrenceRulesNeedPositivePointsAndAZeroAtOfAtLeastOne() {
    OccurrenceRule one = new OccurrenceRule(BigDecimal.ONE, new BigDecimal("0.5"), Optional.of(1));
    assertThat(one.kind()).isEqualTo("occurrences");
    assertThat(one.score(Quantity.count(0)).points()).isEqualByComparingTo("1");
    assertThat(one.score(Quantity.count(1))).isEqualTo(RuleScore.of(BigDecimal.ZERO, "1 occurrence, zero at 1"));
    assertThatThrownBy(() -> new OccurrenceRule(BigDecimal.ZERO, BigDecimal.ONE, Optional.empty()))
        .hasMessage("max must be above 0, was 0");
    assertThatThrownBy(() -> new OccurrenceRule(BigDecimal.ONE, BigDecimal.ZERO, Optional.empty()))
        .hasMessage("deduct must be above 0, was 0");
    assertThatThrownBy(() -> new OccurrenceRule(BigDecimal.ONE, BigDecimal.ONE, Optional.of(0)))
        .hasMessage("zeroAt must be at least 1, was 0");
    assertThat(new OccurrenceRule(BigDecimal.TEN, new BigDecimal("3"), Optional.empty()).score(Quantity.count(2)))
        .isEqualTo(RuleScore.of(new BigDecimal("4"), "2 occurrences × −3"));
  }

  @Test
  void deductionRulesBuiltDirectlyKeepTheirInvariants() {
    Interval target = Interval.parse("<= 30s");
    Quantity step = Measure.DURATION.parse("10s");
    assertThatThrownBy(() -> new DeductionRule(Measure.LEVEL, BigDecimal.ONE, target, step, BigDecimal.ONE,
        Optional.empty(), StepCounting.STARTED)).hasMessage("a deduction rule measures a duration, percent, number or count, not a level");
    assertThatThrownBy(() -> new DeductionRule(Measure.DURATION, BigDecimal.ZERO, target, step, BigDecimal.ONE,
        Optional.empty(), StepCounting.STARTED)).hasMessage("max must be above 0, was 0");
    assertThatThrownBy(() -> new DeductionRule(Measure.DURATION, BigDecimal.ONE, target, step, BigDecimal.ZERO,
        Optional.empty(), StepCounting.STARTED)).hasMessage("deduct must be above 0, was 0");
    assertThatThrownBy(() -> new DeductionRule(Measure.DURATION, BigDecimal.ONE, Interval.parse(">= 85%"), step,
        BigDecimal.ONE, Optional.empty(), StepCounting.STARTED))
        .hasMessage("target >= 85% is a percent, but the indicator measures a duration");
    assertThatThrownBy(() -> new DeductionRule(Measure.DURATION, BigDecimal.ONE, target, Quantity.percent("1%"),
        BigDecimal.ONE, Optional.empty(), StepCounting.STARTED))
        .hasMessage("step 1% is a percent, but the indicator measures a duration");
    assertThatThrownBy(() -> new DeductionRule(Measure.DURATION, BigDecimal.ONE, target, Quantity.of(Duration.ZERO),
        BigDecimal.ONE, Optional.empty(), StepCounting.STARTED)).hasMessage("step must be above 0, was 0");
    assertThatThrownBy(() -> new DeductionRule(Measure.DURATION, BigDecimal.ONE,
        new Interval(Measure.DURATION, Bound.unbounded(), Bound.unbounded()), step, BigDecimal.ONE, Optional.empty(),
        StepCounting.STARTED)).hasMessage("target (-inf, inf) contains every value, so nothing is ever deducted");
    assertThatThrownBy(() -> new DeductionRule(Measure.DURATION, BigDecimal.ONE, target, step, BigDecimal.ONE,
        Optional.of(Interval.parse("> 90%")), StepCounting.STARTED))
        .hasMessage("zero > 90% is a percent, but the indicator measures a duration");
    assertThatThrownBy(() -> new DeductionRule(Measure.DURATION, BigDecimal.ONE, target, step, BigDecimal.ONE,
        Optional.of(Interval.parse(">= 30s")), StepCounting.STARTED)).hasMessage("zero >= 30s overlaps the target <= 30s");
    DeductionRule ok = new DeductionRule(Measure.DURATION, new BigDecimal("0.5"), target, step, new BigDecimal("0.5"),
        Optional.empty(), StepCounting.STARTED);
    assertThat(ok.kind()).isEqualTo("deduction");
    assertThat(ok.minimum()).isEqualByComparingTo("0");
  }

  @Test
  void rulesRefuseAValueOfAnotherMeasure() {
    Quantity percent = Quantity.percent("50%");
    assertThatThrownBy(() -> LevelRule.of(List.of(new Level(1, ""))).score(percent))
        .hasMessage("\"50%\" is a percent, but this indicator measures a level");
    assertThatThrownBy(() -> new OccurrenceRule(BigDecimal.ONE, BigDecimal.ONE, Optional.empty()).score(percent))
        .hasMessage("\"50%\" is a percent, but this indicator measures a count");
    assertThatThrownBy(() -> new DeductionRule(Measure.DURATION, BigDecimal.ONE, Interval.parse("<= 30s"),
        Measure.DURATION.parse("10s"), BigDecimal.ONE, Optional.empty(), StepCounting.STARTED).score(percent))
        .hasMessage("\"50%\" is a percent, but this indicator measures a duration");
  }

  @Test
  void aDeductionCountsAValueOnAnExclusiveTargetEndAsOneStartedStep() {
    DeductionRule below = new DeductionRule(Measure.DURATION, BigDecimal.TEN, Interval.parse("< 30s"),
        Measure.DURATION.parse("10s"), BigDecimal.ONE, Optional.empty(), StepCounting.STARTED);
    assertThat(below.score(Measure.DURATION.parse("30s")).points()).isEqualByComparingTo("9");
    DeductionRule completed = new DeductionRule(Measure.DURATION, BigDecimal.TEN, Interval.parse("< 30s"),
        Measure.DURATION.parse("10s"), BigDecimal.ONE, Optional.empty(), StepCounting.COMPLETED);
    assertThat(completed.score(Measure.DURATION.parse("30s")).points()).isEqualByComparingTo("10");
    assertThat(completed.score(Measure.DURATION.parse("39s")).points()).isEqualByComparingTo("10");
    assertThat(completed.score(Measure.DURATION.parse("40s")))
        .isEqualTo(RuleScore.of(new BigDecimal("9"), "1 step of 10s beyond < 30s"));
  }

  @Test
  void gradesKeepDecimalTextAndBooleanAttributesOnly() {
    Grade g = new Grade("excellent", Optional.of("优秀"), Interval.parse("[90, 100]"),
        Map.of("bonusFactor", new BigDecimal("1.20")));
    assertThat(g.decimalAttribute("bonusFactor")).contains(new BigDecimal("1.2"));
    assertThat(g.decimalAttribute("missing")).isEmpty();
    assertThat(g.displayName()).isEqualTo("优秀");
    assertThat(g).hasToString("excellent (优秀) [90, 100]");
    assertThat(new Grade("pass", Optional.empty(), Interval.parse("[0, 90)"), Map.of())).hasToString("pass [0, 90)")
        .satisfies(p -> assertThat(p.displayName()).isEqualTo("pass"));
    assertThatThrownBy(() -> new Grade("x", Optional.empty(), Interval.parse("[0, 1]"), Map.of("n", 3)))
        .hasMessage("attribute n must be a text, a decimal or a boolean, was a Integer");
    Rubric r = Rubric.builder("r").grade("all", b -> b.range("[0, 100]").attribute("note", "ok")
            .attribute("star", true).attribute("bonus", BigDecimal.ONE))
        .dimension("d", d -> d.indicator("i", i -> i.levels().level(1))).build();
    assertThat(r.grades().get(0).attributes()).containsExactly(Map.entry("note", "ok"), Map.entry("star", true),
        Map.entry("bonus", BigDecimal.ONE));
  }

  @Test
  void conditionsNeedATagAndDistinctValues() {
    assertThat(Condition.tagIn("type", "complaint").test(Map.of("type", "complaint"))).isTrue();
    assertThat(Condition.tagIn("type", "complaint").test(Map.of("type", "question"))).isFalse();
    assertThat(Condition.tagIn("type", "complaint")).hasToString("type in [complaint]");
    assertThatThrownBy(() -> Condition.tagIn("type", "a", "a")).hasMessage("appliesWhen lists a value twice: [a, a]");
    assertThatThrownBy(() -> Condition.tagIn("type")).hasMessage("appliesWhen needs at least one value in `in`");
  }

  @Test
  void vetoesNameTheirTriggersAndDisplayNames() {
    Veto flagged = new Veto("fraud", Optional.empty(), new Veto.OnFlag("review-manipulated"), Optional.empty(),
        BigDecimal.ZERO, Optional.empty());
    assertThat(flagged.displayName()).isEqualTo("fraud");
    assertThat(flagged.trigger()).hasToString("flag review-manipulated");
    assertThat(new Veto.OnScoreBelow("errors", new BigDecimal("6.0"))).hasToString("errors below 6");
    assertThat(new Veto("v", Optional.of("刷好评"), flagged.trigger(), Optional.empty(), BigDecimal.ONE,
        Optional.empty()).displayName()).isEqualTo("刷好评");
    assertThatThrownBy(() -> new Veto("v", Optional.empty(), flagged.trigger(), Optional.empty(),
        new BigDecimal("-1"), Optional.empty())).hasMessage("a veto's score must be at least 0, was -1");
  }

  @Test
  void valuesReadNaInAnyCaseAndKeepOtherTextForLater() {
    assertThat(Value.parse(" N/A ")).isSameAs(Value.notApplicable()).hasToString("n/a");
    assertThat(Value.parse("4h")).isEqualTo(new Value.Text("4h")).hasToString("4h");
    assertThat(((Value.Text) Value.parse("4h")).readAs(Measure.DURATION)).isEqualTo(Quantity.of(Duration.ofHours(4)));
  }

  @Test
  void anInvalidValueKeepsItsTextAndCanBeLocated() {
    InvalidValueException e = InvalidValueException.of("85", "\"85\" is not a percent");
    assertThat(e.text()).isEqualTo("85");
    assertThat(e.path()).isEmpty();
    InvalidValueException at = e.at("values.fcr");
    assertThat(at.path()).isEqualTo("values.fcr");
    assertThat(at.text()).isEqualTo("85");
    assertThat(at).hasMessage("\"85\" is not a percent");
  }

  @Test
  void problemsPrintTheirPathAndSeverity() {
    assertThat(Problem.error("scale", "not-positive", "scale must be above 0")).hasToString("scale: error: scale must be above 0");
    assertThat(Problem.warning("", "x", "careful")).hasToString("warning: careful");
  }

  @Test
  void aDefinitionExceptionCountsItsErrorsInWords() {
    assertThatThrownBy(() -> Rubric.builder("r").build()).isInstanceOf(RubricDefinitionException.class)
        .hasMessage("rubric r has 1 error:\n  dimensions: error: a rubric needs at least one dimension");
    assertThatThrownBy(() -> Rubric.builder("R").build())
        .hasMessageStartingWith("rubric R has 2 errors:\n  rubric: error: rubric id \"R\" is not valid");
  }
}
