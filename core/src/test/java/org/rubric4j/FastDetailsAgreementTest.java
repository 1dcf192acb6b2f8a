package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-node results the fast path works out in longs ({@link FastDetails}) are those of the
 * general path, node for node: every dimension and indicator result (weights, scores, exact
 * contributions, what matched, grades, reasons), the dimensions' scores read on their own, the
 * unrounded total, the critical scores and the explanation, on generated rubrics with values on and beside every boundary, and on the
 * cases the generator does not make (critical marks, shares that do not end as decimals, points
 * weighting, deductions and occurrences).
 */
class FastDetailsAgreementTest {

  @Property(tries = 1000)
  void perNodeResultsInLongsAreTheGeneralPaths(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Rubric rubric = FastPathAgreementTest.rubric(random);
    for (int k = 0; k < 20; k++) {
      checkAgreement(rubric, FastPathAgreementTest.observations(rubric, random, "ev-" + k));
    }
  }

  /** The property above is only worth something if the details are often worked out in longs. */
  @Test
  void generatedEvaluationsOftenGetTheirDetailsInLongs() {
    int inLongs = 0;
    int fast = 0;
    for (long seed = 0; seed < 300; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      Rubric rubric = FastPathAgreementTest.rubric(random);
      for (int k = 0; k < 20; k++) {
        Observations o = FastPathAgreementTest.observations(rubric, random, "ev-" + k);
        fast += rubric.evaluateOnFastPath(o) != null ? 1 : 0;
        inLongs += checkAgreement(rubric, o) ? 1 : 0;
      }
    }
    assertThat(fast).isGreaterThan(300 * 20 / 4);
    assertThat(inLongs).as("of %d fast evaluations", fast).isGreaterThan(fast * 9 / 10);
  }

  @Test
  void criticalScoresInLongs() {
    Rubric form = Rubric.builder("form").veto("fraud", v -> v.whenFlag("fraud").score(0))
        .dimension("call", d -> d
            .indicator("q1", i -> i.weight("40%").levels().level(0, "no").level(5, "partly").level(10, "yes"))
            .indicator("q2", i -> i.weight("40%").critical().levels().level(0, "no").level(5, "partly").level(10, "yes"))
            .indicator("q3", i -> i.weight("20%").critical().levels().level(0, "no").level(5, "partly").level(10, "yes")))
        .build();
    for (int q1 : new int[] {0, 5, 10}) {
      for (int q2 : new int[] {0, 5, 10}) {
        for (int q3 : new int[] {0, 5, 10}) {
          Observations o = Observations.builder("ev").value("q1", q1).value("q2", q2).value("q3", q3).build();
          assertThat(checkAgreement(form, o)).isTrue();
          assertThat(checkAgreement(form, o.withNotApplicable("q1"))).isTrue();
          assertThat(checkAgreement(form, o.withNotApplicable("q2"))).isTrue();
          assertThat(checkAgreement(form, o.withFlag("fraud", true))).isTrue();
        }
      }
    }
    Evaluation e = form.evaluate(Observations.builder("ev").value("q1", 10).value("q2", 5).value("q3", 0).build());
    assertThat(e.criticalScore()).contains(new BigDecimal("33.33"));
    assertThat(e.nonCriticalScore()).contains(new BigDecimal("100.00"));
  }

  /** Thirds: shares and contributions whose decimals do not end (34 significant digits). */
  @Test
  void sharesThatDoNotEndAsDecimals() {
    Rubric thirds = Rubric.builder("thirds").scale(10).precision(3)
        .dimension("a", d -> d.weight("1").indicator("a1", i -> i.levels().range(1, 3))
            .indicator("a2", i -> i.levels().range(1, 7)).indicator("a3", i -> i.levels().range(0, 9)))
        .dimension("b", d -> d.weight("2").indicator("b1", i -> i.levels().range(1, 3)))
        .weighting(Weighting.RELATIVE).build();
    for (int a1 = 1; a1 <= 3; a1++) {
      for (int a2 = 1; a2 <= 7; a2 += 3) {
        for (int b1 = 1; b1 <= 3; b1++) {
          Observations o = Observations.builder("ev").value("a1", a1).value("a2", a2).value("a3", 4).value("b1", b1).build();
          assertThat(checkAgreement(thirds, o)).isTrue();
          assertThat(checkAgreement(thirds, o.withNotApplicable("a3"))).isTrue();
          assertThat(checkAgreement(thirds, o.withNotApplicable("b1"))).isTrue();
        }
      }
    }
  }

  @Test
  void pointsWeightingDeductionsAndOccurrences() {
    Rubric points = Rubric.builder("points").weighting(Weighting.POINTS)
        .dimension("speed", d -> d
            .indicator("fcr", i -> i.deduction(Measure.PERCENT).max(30).target("[85%, 100%]")
                .deduct(1).step("1%").zero("[0%, 75%)"))
            .indicator("errors", i -> i.occurrences().max(10).deduct(3).zeroAt(3)))
        .build();
    for (String fcr : new String[] {"85%", "84.5%", "80%", "75%", "74.99%", "100%"}) {
      for (int errors = 0; errors <= 4; errors++) {
        Observations o = Observations.builder("ev").value("fcr", fcr).value("errors", errors).build();
        assertThat(checkAgreement(points, o)).as("%s %s", fcr, errors).isTrue();
      }
    }
  }

  @Test
  void theSeedRubricsGetTheirDetailsInLongs() {
    Rubric seed000 = SeedRubrics.crmServiceQuality();
    Observations o = Observations.builder("ev-1")
        .value("first-response-time", java.time.Duration.ofHours(4)).value("resolution-time", "20h")
        .value("first-contact-resolution", "82%").value("solution-quality", 5).value("clarity", 4)
        .value("expertise", 3).value("emotion-care", 4).value("follow-up-visit", 5)
        .evidence("clarity", "spoke clearly").build();
    assertThat(checkAgreement(seed000, o)).isTrue();
    assertThat(checkAgreement(seed000, o.withNotApplicable("emotion-care"))).isTrue();
    Rubric seed003 = SeedRubrics.serviceStandardsMonthly();
    Observations.Builder b = Observations.builder("ev-2");
    seed003.allIndicators().forEach(i -> b.value(i.id(),
        i.rule().measure() == Measure.DURATION ? "40s" : i.rule().measure() == Measure.PERCENT ? "80%" : "1"));
    assertThat(checkAgreement(seed003, b.build())).isTrue();
    assertThat(checkAgreement(seed003, b.build().withFlag("review-manipulated", true))).isTrue();
  }

  /**
   * Holds the fast path's per-node results of {@code o} to the general path's, when the fast
   * path scores it; whether they were worked out in longs.
   */
  private static boolean checkAgreement(Rubric rubric, Observations o) {
    Evaluation fast = rubric.evaluateOnFastPath(o);
    if (fast == null) {
      return false;
    }
    Evaluation general = rubric.evaluateOnGeneralPath(o);
    Evaluation.Details inLongs = rubric.detailsOnFastPath(o);
    String context = rubric + " " + rubric.allIndicators().map(i -> i.id() + "=" + i.rule()).toList() + "\n" + o;
    List<Optional<BigDecimal>> expectedScores = general.allDimensions().map(DimensionResult::score).toList();
    assertThat(rubric.evaluateOnFastPath(o).dimensionScores()).as(context).isEqualTo(expectedScores);
    assertThat(general.dimensionScores()).as(context).isEqualTo(expectedScores);
    if (inLongs != null) {
      assertThat(inLongs.dimensions()).as(context).isEqualTo(general.dimensions());
      assertThat(inLongs.unroundedTotal()).as(context).isEqualTo(general.unroundedTotal());
      assertThat(inLongs.critical()).as(context).isEqualTo(general.criticalScores());
    }
    FastPathAgreementTest.assertSameEvaluation(fast, general, context);
    assertThat(fast.criticalScores()).as(context).isEqualTo(general.criticalScores());
    return inLongs != null;
  }
}
