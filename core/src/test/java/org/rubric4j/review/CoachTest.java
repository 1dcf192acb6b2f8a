package org.rubric4j.review;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.rubric4j.AnalyticsFixtures;
import org.rubric4j.Grade;
import org.rubric4j.Observations;
import org.rubric4j.analytics.AnalyticsException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoachTest {

  private static final Coach SEED_000 = Coach.of(AnalyticsFixtures.SEED_000);
  private static final Coach SEED_003 = Coach.of(AnalyticsFixtures.SEED_003);

  /** Seed 000 with every indicator at 4: total 4.00, 良好. */
  private static Coach.Advice allFours() {
    return SEED_000.advise(AnalyticsFixtures.seed000("ev", 4).build());
  }

  @Test
  void eachIndicatorsNextBandAndWhatItAloneAddsToTheTotal() {
    assertThat(allFours().steps()).extracting(Coach.Step::toString).containsExactly(
        "first-response-time 4h → 2h: 4 → 5 points, total 4.10 (+0.10)",
        "resolution-time 20h → 12h: 4 → 5 points, total 4.10 (+0.10)",
        "first-contact-resolution 85% → 90%: 4 → 5 points, total 4.15 (+0.15)",
        "solution-quality 4 → 5: 4 → 5 points, total 4.15 (+0.15)",
        "clarity 4 → 5: 4 → 5 points, total 4.10 (+0.10)",
        "expertise 4 → 5: 4 → 5 points, total 4.10 (+0.10)",
        "emotion-care 4 → 5: 4 → 5 points, total 4.15 (+0.15)",
        "follow-up-visit 4 → 5: 4 → 5 points, total 4.15 (+0.15)");
  }

  @Test
  void theCheapestPlanToExcellentChangesFourIndicatorsAndPrefersTheHighestTotal() {
    // +0.50 is needed; three indicators give at most 0.45, so four it is, one step each;
    // among four-step plans the four 15 % items give the most, 4.60.
    Coach.Advice a = allFours();
    assertThat(a.target()).map(Grade::id).contains("excellent");
    Coach.Plan p = a.plan().orElseThrow();
    assertThat(p.changes()).extracting(Coach.Change::toString).containsExactly(
        "first-contact-resolution 85% → 90%", "solution-quality 4 → 5", "emotion-care 4 → 5", "follow-up-visit 4 → 5");
    assertThat(p.steps()).isEqualTo(4);
    assertThat(p.total()).isEqualByComparingTo("4.60");
    assertThat(p.grade()).map(Grade::id).contains("excellent");
    assertThat(p.exhaustive()).isTrue();
  }

  @Test
  void deductionAndOccurrenceRulesImproveByOneStepOrOneOccurrence() {
    // 45 s is two started steps beyond 30 s (16 points); 2 slips 15; FCR 80 % is 25; one record error 12.
    Observations o = Observations.of("m").withValue("first-response-time", "45s").withValue("emotion-management", 2)
        .withValue("fcr", "80%").withValue("record-errors", 1).withValue("recommendation-rate", "12%");
    Coach.Advice a = SEED_003.advise(o);
    assertThat(a.evaluation().total()).isEqualByComparingTo("78.00");
    assertThat(a.steps()).extracting(Coach.Step::toString).containsExactly(
        "first-response-time 45s → 40s: 16 → 18 points, total 80.00 (+2.00)",
        "emotion-management 2 → 1: 15 → 20 points, total 83.00 (+5.00)",
        "fcr 80% → 81%: 25 → 26 points, total 79.00 (+1.00)",
        "record-errors 1 → 0: 12 → 15 points, total 81.00 (+3.00)");
    // One change of one step reaches 良好 [80, 90) three ways; the highest total wins.
    assertThat(a.plan().orElseThrow().changes()).extracting(Coach.Change::toString).containsExactly("emotion-management 2 → 1");
  }

  @Test
  void aValueInTheZeroRangeClimbsOutOfIt() {
    Observations o = Observations.of("m").withValue("first-response-time", "20s").withValue("emotion-management", 0)
        .withValue("fcr", "74%").withValue("record-errors", 0).withValue("recommendation-rate", "12%");
    assertThat(SEED_003.advise(o).steps()).singleElement().hasToString("fcr 74% → 75%: 0 → 20 points, total 90.00 (+20.00)");
  }

  @Test
  void aVetoLeavesNoPlanAndTheTopGradeHasNoTarget() {
    Observations fraud = Observations.of("m").withValue("first-response-time", "45s").withValue("emotion-management", 2)
        .withValue("fcr", "80%").withValue("record-errors", 1).withValue("recommendation-rate", "12%").withFlag("review-manipulated", true);
    Coach.Advice a = SEED_003.advise(fraud);
    assertThat(a.target()).map(Grade::id).contains("pass");
    assertThat(a.plan()).isEmpty();
    Coach.Advice top = SEED_000.advise(AnalyticsFixtures.seed000("ev", 5).build());
    assertThat(top.steps()).isEmpty();
    assertThat(top.target()).isEmpty();
  }

  @Test
  void theSearchStopsAtItsBudget() {
    Coach.Advice a = SEED_000.withBudget(3).advise(AnalyticsFixtures.seed000("ev", 4).build());
    assertThat(a.evaluations()).isEqualTo(3);
    assertThat(a.plan()).isEmpty();
    assertThatThrownBy(() -> SEED_000.withBudget(0)).isInstanceOf(AnalyticsException.class)
        .hasMessage("a coaching budget must be at least 1 evaluation, was 0");
  }

  @Property(tries = 50)
  void everyStepScoresBetterAndEveryPlanReachesItsTarget(@ForAll("observations") Observations o) {
    Coach.Advice a = SEED_000.advise(o);
    assertThat(a.steps()).allSatisfy(s -> assertThat(s.toPoints()).isGreaterThan(s.fromPoints()));
    a.plan().ifPresent(p -> {
      assertThat(p.total()).isGreaterThanOrEqualTo(p.target().range().lower().amountOrNull());
      assertThat(p.changes().size()).isLessThanOrEqualTo(a.steps().size());
    });
    if (a.target().isPresent() && a.plan().isEmpty()) {
      // No plan: then every indicator at the top of its ladder does not reach the target either.
      Observations.Builder best = o.toBuilder();
      a.steps().forEach(s -> best.value(s.indicator(), topOf(s.indicator())));
      assertThat(AnalyticsFixtures.SEED_000.evaluate(best.build()).total())
          .isLessThan(a.target().get().range().lower().amountOrNull());
    }
  }

  private static String topOf(String indicator) {
    return switch (indicator) {
      case "first-response-time" -> "1h";
      case "resolution-time" -> "1h";
      case "first-contact-resolution" -> "100%";
      default -> "5";
    };
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Observations> observations() {
    return net.jqwik.api.Arbitraries.integers().between(1, 5).list().ofSize(8).map(l -> {
      Observations.Builder b = AnalyticsFixtures.seed000("ev", l.get(0));
      List<String> levels = List.of("solution-quality", "clarity", "expertise", "emotion-care", "follow-up-visit");
      for (int k = 0; k < levels.size(); k++) {
        b.value(levels.get(k), l.get(k + 1));
      }
      return b.build();
    });
  }

  @Test
  void aSearchCutOffBeforeAnyPlanSaysSoInsteadOfClaimingNoneExists() {
    org.rubric4j.RubricBuilder b = org.rubric4j.Rubric.builder("twenty")
        .grade("low", g -> g.range("[0, 50)")).grade("mid", g -> g.range("[50, 80)")).grade("high", g -> g.range("[80, 100]"));
    b.dimension("all", d -> {
      for (int k = 1; k <= 20; k++) {
        d.indicator("q" + k, i -> i.levels().range(1, 5));
      }
    });
    org.rubric4j.Rubric r = b.build();
    org.rubric4j.Observations.Builder o = org.rubric4j.Observations.builder("e");
    for (int k = 1; k <= 20; k++) {
      o.value("q" + k, 1);
    }

    Coach.Advice cut = Coach.of(r).withBudget(50).advise(o.build());
    assertThat(cut.plan()).isEmpty();
    assertThat(cut.searchComplete()).isFalse();
    assertThat(cut.evaluations()).isEqualTo(50);

    Coach.Advice roomy = Coach.of(r).withBudget(1_000_000).advise(o.build());
    assertThat(roomy.plan()).as("a plan exists: raise enough indicators to reach 50").isPresent();
  }
}
