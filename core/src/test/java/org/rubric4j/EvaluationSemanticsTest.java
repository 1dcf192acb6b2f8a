package org.rubric4j;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The normative scoring semantics of docs/design.md, one behaviour per test. */
class EvaluationSemanticsTest {

  @Test
  void aTotalOfExactly89Point995RoundsHalfUpTo90AndTakesTheExcellentGrade() {
    // Three equal weights: (89.985 + 90 + 90) / 3 = 89.995 exactly, which binary floating
    // point holds as 89.99499999999999 and would round down.
    Rubric r = Rubric.builder("r").scale(100)
        .grade("excellent", g -> g.range("[90, 100]")).grade("other", g -> g.range("[0, 90)"))
        .dimension("d", d -> d
            .indicator("a", i -> i.bands(Measure.NUMBER).band(new BigDecimal("89.985"), "[0, 1]").outOf(100))
            .indicator("b", i -> i.bands(Measure.NUMBER).band(90, "[0, 1]").outOf(100))
            .indicator("c", i -> i.bands(Measure.NUMBER).band(90, "[0, 1]").outOf(100)))
        .build();
    Evaluation e = r.evaluate(Observations.of("e").withValue("a", 1).withValue("b", 1).withValue("c", 1));
    assertThat(e.unroundedTotal()).isEqualByComparingTo("89.995");
    assertThat(e.total()).isEqualByComparingTo("90.00");
    assertThat(e.total().toPlainString()).isEqualTo("90.00");
    assertThat(e.grade()).map(Grade::id).contains("excellent");
  }

  @Test
  void pointOnePlusPointTwoIsExactlyPointThree() {
    Rubric r = Rubric.builder("r").scale(1).precision(9)
        .dimension("a", d -> d.weight("10%").indicator("i", i -> i.levels().level(0).level(1)))
        .dimension("b", d -> d.weight("20%").indicator("j", i -> i.levels().level(0).level(1)))
        .dimension("c", d -> d.weight("70%").indicator("k", i -> i.levels().level(0).level(1)))
        .build();
    Evaluation e = r.evaluate(Observations.of("e").withValue("i", 1).withValue("j", 1).withValue("k", 0));
    assertThat(e.unroundedTotal()).isEqualTo(new BigDecimal("0.3"));
    assertThat(e.total().toPlainString()).isEqualTo("0.300000000");
  }

  @Test
  void ratioNormalisationCountsOneOfFiveAsTwentyPercent() {
    Rubric ratio = levelRubric(Normalization.RATIO);
    assertThat(ratio.evaluate(Observations.of("e").withValue("i", 1)).total()).isEqualByComparingTo("20.00");
  }

  @Test
  void rangeNormalisationCountsOneOfFiveAsZero() {
    Rubric range = levelRubric(Normalization.RANGE);
    assertThat(range.evaluate(Observations.of("e").withValue("i", 1)).total()).isEqualByComparingTo("0.00");
    assertThat(range.evaluate(Observations.of("e").withValue("i", 4)).total()).isEqualByComparingTo("75.00");
  }

  private static Rubric levelRubric(Normalization normalization) {
    return Rubric.builder("r").normalize(normalization)
        .dimension("d", d -> d.indicator("i", i -> i.levels().range(1, 5))).build();
  }

  @Test
  void notApplicableRedistributesWeightToTheApplicableSiblings() {
    Evaluation e = SeedRubrics.crmServiceQuality().evaluate(Observations.of("e")
        .withValue("first-response-time", "1h").withValue("resolution-time", "1h")
        .withValue("first-contact-resolution", "95%").withValue("solution-quality", 5)
        .withValue("clarity", 3).withNotApplicable("expertise")
        .withValue("emotion-care", 5).withValue("follow-up-visit", 5));
    assertThat(e.dimension("communication").flatMap(DimensionResult::score)).get()
        .satisfies(s -> assertThat(s).isEqualByComparingTo("3.00"));
    assertThat(e.indicator("clarity").map(IndicatorResult::weight)).get()
        .satisfies(w -> assertThat(w).isEqualByComparingTo("1"));
    assertThat(e.indicator("expertise")).get().satisfies(i -> {
      assertThat(i.applicable()).isFalse();
      assertThat(i.reason()).contains("n/a");
      assertThat(i.contribution()).isZero();
    });
    // 0.2 × 5 + 0.3 × 5 + 0.2 × 3 + 0.15 × 5 + 0.15 × 5 = 4.6
    assertThat(e.total()).isEqualByComparingTo("4.60");
  }

  @Test
  void aDimensionWhoseIndicatorsAreAllNotApplicableIsNotApplicable() {
    Evaluation e = SeedRubrics.crmServiceQuality().evaluate(Observations.of("e")
        .withValue("first-response-time", "1h").withValue("resolution-time", "1h")
        .withValue("first-contact-resolution", "95%").withValue("solution-quality", 5)
        .withNotApplicable("clarity").withNotApplicable("expertise")
        .withValue("emotion-care", 5).withValue("follow-up-visit", 5));
    assertThat(e.dimension("communication").map(DimensionResult::applicable)).contains(false);
    assertThat(e.total()).isEqualByComparingTo("5.00");
    assertThat(e.dimension("responsiveness").map(DimensionResult::weight)).get()
        .satisfies(w -> assertThat(w).isEqualByComparingTo("0.25"));
  }

  @Test
  void missingValuesCountAsNotApplicableWhenThePolicySaysSo() {
    Rubric r = Rubric.builder("r").missing(MissingPolicy.NOT_APPLICABLE)
        .dimension("d", d -> d.indicator("a", i -> i.levels().range(1, 5))
            .indicator("b", i -> i.levels().range(1, 5)))
        .build();
    Evaluation e = r.evaluate(Observations.of("e").withValue("a", 4));
    assertThat(e.total()).isEqualByComparingTo("80.00");
    assertThat(e.indicator("b").flatMap(IndicatorResult::reason)).contains("no value (missing: not-applicable)");
  }

  @Test
  void appliesWhenMakesANodeNotApplicableUnlessTheTagMatches() {
    Rubric r = Rubric.builder("r")
        .dimension("general", d -> d.indicator("courtesy", i -> i.levels().range(1, 5)))
        .dimension("complaints", d -> d.appliesWhen("ticketType", "complaint")
            .indicator("apology", i -> i.levels().range(1, 5)))
        .build();
    Evaluation plain = r.evaluate(Observations.of("e").withTag("ticketType", "question")
        .withValue("courtesy", 5).withValue("apology", 1));
    assertThat(plain.total()).isEqualByComparingTo("100.00");
    assertThat(plain.dimension("complaints").map(DimensionResult::applicable)).contains(false);
    assertThat(plain.indicator("apology").flatMap(IndicatorResult::reason))
        .contains("applies only when ticketType in [complaint]");

    Evaluation complaint = r.evaluate(Observations.of("e").withTag("ticketType", "complaint")
        .withValue("courtesy", 5).withValue("apology", 1));
    assertThat(complaint.total()).isEqualByComparingTo("60.00");
  }

  @Test
  void aDimensionScopedVetoDropsOnlyThatDimension() {
    Rubric r = Rubric.builder("r")
        .dimension("a", d -> d.weight("50%").indicator("i", i -> i.levels().range(1, 5)))
        .dimension("b", d -> d.weight("50%").indicator("j", i -> i.levels().range(1, 5)))
        .veto("rude", v -> v.whenFlag("rude").scope("b").score(0))
        .build();
    Evaluation e = r.evaluate(Observations.of("e").withValue("i", 5).withValue("j", 5).withFlag("rude", true));
    assertThat(e.rawTotal()).isEqualByComparingTo("100.00");
    assertThat(e.total()).isEqualByComparingTo("50.00");
    assertThat(e.dimension("b")).get().satisfies(d -> {
      assertThat(d.vetoedBy()).contains("rude");
      assertThat(d.score()).get().satisfies(s -> assertThat(s).isEqualByComparingTo("0"));
    });
  }

  @Test
  void twoVetoesOnOneDimensionImposeTheLowerScoreWhateverTheirOrder() {
    for (boolean mildFirst : new boolean[] {true, false}) {
      RubricBuilder b = Rubric.builder("r")
          .dimension("a", d -> d.weight("50%").indicator("i", i -> i.levels().range(1, 5)))
          .dimension("b", d -> d.weight("50%").indicator("j", i -> i.levels().range(1, 5)));
      if (mildFirst) {
        b.veto("mild", v -> v.whenFlag("mild").scope("b").score(50)).veto("severe", v -> v.whenFlag("severe").scope("b").score(0));
      } else {
        b.veto("severe", v -> v.whenFlag("severe").scope("b").score(0)).veto("mild", v -> v.whenFlag("mild").scope("b").score(50));
      }
      Evaluation e = b.build().evaluate(Observations.builder("e").value("i", 5).value("j", 5)
          .flag("mild", true).flag("severe", true).build());

      assertThat(e.total()).as("mild listed first: %s", mildFirst).isEqualByComparingTo("50.00");
      assertThat(e.dimension("b")).get().satisfies(d -> {
        assertThat(d.vetoedBy()).contains("severe");
        assertThat(d.score()).get().satisfies(s -> assertThat(s).isEqualByComparingTo("0"));
      });
      assertThat(e.vetoes()).hasSize(2);
    }
  }

  @Test
  void aChildVetoedInsideAVetoedParentShowsItsVetoedScore() {
    Rubric r = Rubric.builder("r")
        .dimension("parent", d -> d.weight("50%")
            .dimension("child", c -> c.indicator("i", i -> i.levels().range(1, 5)))
            .dimension("other", c -> c.indicator("k", i -> i.levels().range(1, 5))))
        .dimension("rest", d -> d.weight("50%").indicator("j", i -> i.levels().range(1, 5)))
        .veto("p", v -> v.whenFlag("p").scope("parent").score(40))
        .veto("c", v -> v.whenFlag("c").scope("child").score(10))
        .build();
    Evaluation e = r.evaluate(Observations.builder("e").value("i", 5).value("k", 5).value("j", 5)
        .flag("p", true).flag("c", true).build());

    assertThat(e.dimension("parent")).get().satisfies(d -> assertThat(d.score()).get()
        .satisfies(s -> assertThat(s).isEqualByComparingTo("40")));
    assertThat(e.dimension("child")).get().satisfies(d -> {
      assertThat(d.vetoedBy()).contains("c");
      assertThat(d.score()).get().satisfies(s -> assertThat(s).isEqualByComparingTo("10"));
    });
    assertThat(e.total()).isEqualByComparingTo("70.00");
  }

  @Test
  void aScoreBelowVetoFiresOnTheIndicatorsPoints() {
    Rubric r = Rubric.builder("r")
        .grade("fail", g -> g.range("[0, 60)")).grade("pass", g -> g.range("[60, 100]"))
        .dimension("d", d -> d.indicator("errors", i -> i.occurrences().max(15).deduct(3).zeroAt(3))
            .indicator("q", i -> i.levels().range(1, 5)))
        .veto("compliance-breach", v -> v.whenScoreBelow("errors", 6).score(30))
        .build();
    Evaluation ok = r.evaluate(Observations.of("e").withValue("errors", 2).withValue("q", 5));
    assertThat(ok.vetoes()).isEmpty();
    Evaluation breached = r.evaluate(Observations.of("e").withValue("errors", 3).withValue("q", 5));
    assertThat(breached.vetoes()).singleElement()
        .satisfies(f -> assertThat(f.reason()).isEqualTo("errors scored 0, below 6"));
    assertThat(breached.total()).isEqualByComparingTo("30.00");
    assertThat(breached.rawTotal()).isEqualByComparingTo("50.00");
    assertThat(breached.grade()).map(Grade::id).contains("fail");
  }

  @Test
  void theLowestImposedScoreWinsWhenSeveralVetoesFire() {
    Rubric r = Rubric.builder("r")
        .grade("low", g -> g.range("[0, 40)")).grade("high", g -> g.range("[40, 100]"))
        .dimension("d", d -> d.indicator("i", i -> i.levels().range(1, 5)))
        .veto("soft", v -> v.whenFlag("soft").score(40).grade("high"))
        .veto("hard", v -> v.whenFlag("hard").score(10))
        .build();
    Evaluation e = r.evaluate(Observations.of("e").withValue("i", 5).withFlag("soft", true).withFlag("hard", true));
    assertThat(e.vetoes()).extracting(f -> f.veto().id()).containsExactly("soft", "hard");
    assertThat(e.total()).isEqualByComparingTo("10.00");
    assertThat(e.grade()).map(Grade::id).contains("low");
  }

  @Test
  void contributionsAddUpToTheUnroundedTotal() {
    Evaluation e = SeedRubrics.contactCenterWorkflow().evaluate(Observations.of("call")
        .withValue("first-response", "4s").withValue("attitude-rating", 5).withValue("problem-solving-rating", 4)
        .withValue("expertise-rating", 3).withValue("satisfaction-rating", 5).withValue("record-keeping-rating", 4));
    BigDecimal sum = e.allIndicators().map(IndicatorResult::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum.setScale(20, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo(e.unroundedTotal().setScale(20, java.math.RoundingMode.HALF_UP));
  }

  @Test
  void explainGivesOneLinePerIndicatorAndTheTotal() {
    Evaluation e = SeedRubrics.crmServiceQuality().evaluate(Observations.of("ev-1")
        .withValue("first-response-time", "4h").withValue("resolution-time", "24h")
        .withValue("first-contact-resolution", "85%").withValue("solution-quality", 5)
        .withValue("clarity", 4).withValue("expertise", 4).withValue("emotion-care", 4).withValue("follow-up-visit", 4)
        .withEvidence("first-response-time", "客户*投诉工单平均响应时长4小时"));
    String trace = e.explain();
    assertThat(trace).contains(
        "first-response-time 首次响应时间: 4h is in (2h, 6h] → 4 of 5; × 20% × 50% → 0.40  [客户*投诉工单平均响应时长4小时]",
        "solution-quality 解决方案合理性: level 5 方案超出客户预期 → 5 of 5; × 30% × 50% → 0.75",
        "total 4.15 of 5, grade good 良好");
    assertThat(trace.lines().filter(l -> l.startsWith("  "))).hasSize(8);
  }

  @Test
  void explainShowsTheStepsOfADeduction() {
    Evaluation e = SeedRubrics.serviceStandardsMonthly().evaluate(Observations.of("e")
        .withValue("first-response-time", "45s").withValue("emotion-management", 1).withValue("fcr", "80%")
        .withValue("record-errors", 0).withValue("recommendation-rate", "10%"));
    assertThat(e.explain()).contains(
        "first-response-time 首次响应时间: 45s: 2 steps of 10s beyond <= 30s → 16 of 20",
        "emotion-management 情绪管理能力: 1: 1 occurrence × −5 → 20 of 25");
  }

  @Test
  void theResultRecordsTheObservationsIdentity() {
    Evaluation e = SeedRubrics.crmMaintenanceMonitoring().evaluate(Observations.of("KH2024001")
        .withSubject("张*").withPeriod("2024-03").withTag("segment", "high-value")
        .withValue("response-speed", 5).withValue("problem-solving", 5).withValue("professionalism", 5)
        .withValue("proactiveness", 4));
    assertThat(e.rubricId()).isEqualTo("crm-maintenance-monitoring");
    assertThat(e.id()).isEqualTo("KH2024001");
    assertThat(e.subject()).contains("张*");
    assertThat(e.period()).contains("2024-03");
    assertThat(e.tags()).containsEntry("segment", "high-value");
  }
}
