package org.rubric4j;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 003: deduction and occurrence rules on 100 points, grades with bonus factors, the
 * fraud veto, and the quantitative 70 % / qualitative 30 % scheme.
 *
 * <p>The seed's table 2 contradicts its own rules: it gives 18 for an average first response
 * of 28 s (the rule "≤ 30 s scores 20" gives 20), 23 for two phrasing slips (the rule "5 per
 * violation" gives 15), 28 for an FCR of 88 % (the rule "≥ 85 % scores 30" gives 30), 13 for
 * one record error (the rule "3 per error" gives 12) and 9 for a 12 % recommendation rate (the
 * rule "≥ 10 % scores 10" gives 10): 91 in the table, 87 by the rules. The rules win.
 */
class SeedServiceStandardsTest {

  private static Observations tableTwo() {
    return Observations.of("2024-X-agent")
        .withValue("first-response-time", "28s")
        .withValue("emotion-management", 2)
        .withValue("fcr", "88%")
        .withValue("record-errors", 1)
        .withValue("recommendation-rate", "12%");
  }

  @Test
  void tableTwoScoredByTheRulesIsEightySevenAndGood() {
    Evaluation e = SeedRubrics.serviceStandardsMonthly().evaluate(tableTwo());
    assertThat(points(e, "first-response-time")).isEqualTo("20");
    assertThat(points(e, "emotion-management")).isEqualTo("15");
    assertThat(points(e, "fcr")).isEqualTo("30");
    assertThat(points(e, "record-errors")).isEqualTo("12");
    assertThat(points(e, "recommendation-rate")).isEqualTo("10");
    assertThat(e.total()).isEqualByComparingTo("87.00");
    assertThat(e.grade()).map(Grade::id).contains("good");
    assertThat(e.grade().flatMap(g -> g.decimalAttribute("bonusFactor"))).get()
        .satisfies(f -> assertThat(f).isEqualByComparingTo("1.0"));
  }

  @Test
  void eachDimensionContributesItsPointsAsTheyAre() {
    Evaluation e = SeedRubrics.serviceStandardsMonthly().evaluate(tableTwo());
    assertThat(e.dimension("attitude").map(DimensionResult::contribution)).get()
        .satisfies(c -> assertThat(c).isEqualByComparingTo("15"));
    assertThat(e.dimension("compliance").map(DimensionResult::contribution)).get()
        .satisfies(c -> assertThat(c).isEqualByComparingTo("12"));
  }

  @Test
  void startedStepsDeductAndAZeroIntervalWins() {
    Evaluation e = SeedRubrics.serviceStandardsMonthly().evaluate(Observations.of("ev")
        .withValue("first-response-time", "45s")     // 15 s over: 2 started steps → 16
        .withValue("emotion-management", 0)           // 25
        .withValue("fcr", "80%")                      // 5 % below: 25
        .withValue("record-errors", 0)                // 15
        .withValue("recommendation-rate", "10%"));    // 10
    assertThat(e.total()).isEqualByComparingTo("91.00");
    assertThat(e.grade()).map(Grade::id).contains("excellent");
    assertThat(e.grade().flatMap(g -> g.decimalAttribute("bonusFactor"))).get()
        .satisfies(f -> assertThat(f).isEqualByComparingTo("1.2"));

    Evaluation zero = SeedRubrics.serviceStandardsMonthly().evaluate(Observations.of("ev")
        .withValue("first-response-time", "61s").withValue("emotion-management", 6).withValue("fcr", "74.9%")
        .withValue("record-errors", 3).withValue("recommendation-rate", "4.9%"));
    assertThat(zero.total()).isEqualByComparingTo("0.00");
    assertThat(zero.grade()).map(Grade::id).contains("needs-improvement");
  }

  @Test
  void fraudVetoesEverythingButKeepsTheRawTotalAndEveryDimension() {
    Evaluation e = SeedRubrics.serviceStandardsMonthly().evaluate(tableTwo().withFlag("review-manipulated", true));
    assertThat(e.total()).isEqualByComparingTo("0.00");
    assertThat(e.rawTotal()).isEqualByComparingTo("87.00");
    assertThat(e.grade()).map(Grade::id).contains("needs-improvement");
    assertThat(e.vetoes()).singleElement().satisfies(f -> {
      assertThat(f.veto().id()).isEqualTo("review-manipulation");
      assertThat(f.reason()).isEqualTo("flag review-manipulated is true");
    });
    assertThat(e.dimensions()).hasSize(5).allMatch(DimensionResult::applicable);
    assertThat(e.explain()).contains("veto review-manipulation", "final total 0.00 of 100");
  }

  @Test
  void anUnsetFraudFlagDoesNotFire() {
    Evaluation e = SeedRubrics.serviceStandardsMonthly().evaluate(tableTwo().withFlag("review-manipulated", false));
    assertThat(e.vetoes()).isEmpty();
    assertThat(e.total()).isEqualByComparingTo("87.00");
  }

  @Test
  void quantitativeSeventyAndQualitativeThirty() {
    Evaluation e = SeedRubrics.serviceStandardsCombined().evaluate(tableTwo().withValue("qualitative-review", 27));
    // 0.7 × 87 + 0.3 × (27 / 30 × 100) = 60.9 + 27 = 87.9
    assertThat(e.total()).isEqualByComparingTo("87.90");
    assertThat(e.dimension("quantitative").flatMap(DimensionResult::score)).get()
        .satisfies(s -> assertThat(s).isEqualByComparingTo("87.00"));
    assertThat(e.dimension("quantitative").map(DimensionResult::contribution)).get()
        .satisfies(c -> assertThat(c).isEqualByComparingTo("60.9"));
    assertThat(e.dimension("qualitative").map(DimensionResult::contribution)).get()
        .satisfies(c -> assertThat(c).isEqualByComparingTo("27"));
    assertThat(e.indicator("fcr").map(IndicatorResult::effectiveWeight)).get()
        .satisfies(w -> assertThat(w).isEqualByComparingTo("0.21"));
  }

  @Test
  void theQualitativeReviewScoresItsWholePointsAsGiven() {
    Rubric rubric = SeedRubrics.serviceStandardsCombined();
    for (int p = 0; p <= 30; p++) {
      Evaluation e = rubric.evaluate(tableTwo().withValue("qualitative-review", p));
      assertThat(points(e, "qualitative-review")).isEqualTo(Integer.toString(p));
    }
  }

  @Test
  void seedQualitativeGradesLeaveNoGapAtWholePointsButDoAtTwoDecimals() {
    RubricBuilder whole = qualitativeScale(0);
    assertThat(whole.lint()).noneMatch(Problem::isError);
    RubricBuilder hundredths = qualitativeScale(2);
    assertThat(hundredths.lint()).filteredOn(Problem::isError)
        .extracting(Problem::path, Problem::code, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("grades[1]", "grade-gap",
                "values from 17.01 to 17.99 (at 2 decimals) fall in no grade"),
            org.assertj.core.groups.Tuple.tuple("grades[0]", "grade-gap",
                "values from 24.01 to 24.99 (at 2 decimals) fall in no grade"));
  }

  /** The seed's qualitative grades 优秀 25–30, 良好 18–24, 合格 12–17, 需改进 < 12 on 30 points. */
  private static RubricBuilder qualitativeScale(int precision) {
    return Rubric.builder("qualitative").scale(30).precision(precision)
        .grade("excellent", g -> g.range("[25, 30]"))
        .grade("good", g -> g.range("[18, 24]"))
        .grade("pass", g -> g.range("[12, 17]"))
        .grade("needs-improvement", g -> g.range("[0, 12)"))
        .dimension("review", d -> d.indicator("points", i -> i.levels().range(0, 30)));
  }

  private static String points(Evaluation e, String indicator) {
    return e.indicator(indicator).flatMap(IndicatorResult::score).orElseThrow().toPlainString();
  }
}
