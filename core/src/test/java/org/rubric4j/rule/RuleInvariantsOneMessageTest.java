package org.rubric4j.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.rubric4j.IndicatorBuilder;
import org.rubric4j.Interval;
import org.rubric4j.Measure;
import org.rubric4j.Problem;
import org.rubric4j.Quantity;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A rule built directly and the same rule built through the rubric builder are told the same thing. */
class RuleInvariantsOneMessageTest {

  private static String builderMessage(Consumer<IndicatorBuilder> spec) {
    List<Problem> errors = Rubric.builder("r").dimension("d", d -> d.indicator("i", spec)).lint().stream()
        .filter(Problem::isError).toList();
    assertThat(errors).hasSize(1);
    return errors.get(0).message();
  }

  private static String recordMessage(Runnable construction) {
    return catchThrowable(construction::run).getMessage();
  }

  @Test
  void aBandRuleWithoutAPositiveMaximum() {
    assertThat(recordMessage(() -> BandRule.of(Measure.COUNT,
        List.of(Band.of(BigDecimal.ZERO, Interval.parse(Measure.COUNT, ">= 0"))))))
        .isEqualTo(builderMessage(i -> i.bands(Measure.COUNT).band(0, ">= 0")))
        .isEqualTo("the highest band score must be above 0");
  }

  @Test
  void aBandOfAnotherMeasure() {
    assertThat(recordMessage(() -> BandRule.of(Measure.NUMBER,
        List.of(Band.of(BigDecimal.ONE, Interval.parse(Measure.DURATION, "<= 2h"))))))
        .isEqualTo(builderMessage(i -> i.bands(Measure.NUMBER).band(1, Interval.parse(Measure.DURATION, "<= 2h"))))
        .isEqualTo("band <= 2h is a duration, but the indicator measures a number");
  }

  @Test
  void aNegativeBandScore() {
    assertThat(recordMessage(() -> Band.of(new BigDecimal("-1"), Interval.parse(Measure.COUNT, ">= 0"))))
        .isEqualTo(builderMessage(i -> i.bands(Measure.COUNT).band(-1, ">= 0")))
        .isEqualTo("a band score must be at least 0, was -1");
  }

  @Test
  void anOutOfBelowTheHighestBand() {
    assertThat(recordMessage(() -> new BandRule(Measure.COUNT,
        List.of(Band.of(BigDecimal.TEN, Interval.parse(Measure.COUNT, ">= 0"))), Optional.of(BigDecimal.ONE))))
        .isEqualTo(builderMessage(i -> i.bands(Measure.COUNT).band(10, ">= 0").outOf(1)))
        .isEqualTo("outOf 1 is below the highest band score 10");
  }

  @Test
  void aLevelDeclaredTwiceAndANegativeLevel() {
    assertThat(recordMessage(() -> LevelRule.of(List.of(new Level(1, ""), new Level(1, "")))))
        .isEqualTo(builderMessage(i -> i.levels().level(1).level(1)))
        .isEqualTo("level 1 is declared twice");
    assertThat(recordMessage(() -> new Level(-2, "")))
        .isEqualTo(builderMessage(i -> i.levels().level(-2).level(3)))
        .isEqualTo("a level must be at least 0, was -2");
    assertThat(recordMessage(() -> LevelRule.of(List.of(new Level(0, "")))))
        .isEqualTo(builderMessage(i -> i.levels().level(0)))
        .isEqualTo("the highest level must be above 0");
  }

  @Test
  void aDeductionStepOfAnotherMeasureAndANonPositiveDeduct() {
    Interval target = Interval.parse(Measure.DURATION, "<= 30s");
    assertThat(recordMessage(() -> new DeductionRule(Measure.DURATION, BigDecimal.TEN, target,
        Quantity.of(Measure.PERCENT, new BigDecimal("0.01")), BigDecimal.ONE, Optional.empty(), StepCounting.STARTED)))
        .isEqualTo(builderMessage(i -> i.deduction(Measure.DURATION).max(10).target("<= 30s").step(Quantity.percent("1%")).deduct(1)))
        .isEqualTo("step 1% is a percent, but the indicator measures a duration");
    assertThat(recordMessage(() -> new DeductionRule(Measure.DURATION, BigDecimal.TEN, target,
        Quantity.parse(Measure.DURATION, "10s"), BigDecimal.ZERO, Optional.empty(), StepCounting.STARTED)))
        .isEqualTo(builderMessage(i -> i.deduction(Measure.DURATION).max(10).target("<= 30s").step("10s").deduct(0)))
        .isEqualTo("deduct must be above 0, was 0");
  }

  @Test
  void anOccurrencesRuleZeroAtBelowOne() {
    assertThat(recordMessage(() -> new OccurrenceRule(BigDecimal.TEN, BigDecimal.ONE, Optional.of(0))))
        .isEqualTo(builderMessage(i -> i.occurrences().max(10).deduct(1).zeroAt(0)))
        .isEqualTo("zeroAt must be at least 1, was 0");
  }
}
