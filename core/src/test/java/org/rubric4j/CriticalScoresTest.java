package org.rubric4j;

import java.math.BigDecimal;
import java.util.Optional;
import org.rubric4j.analytics.Aggregate;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code critical: true}: the critical and non-critical scores beside the total. */
class CriticalScoresTest {

  /** Three 0–10 questions at 40/40/20 %; q2 and q3 critical (Genesys' critical questions). */
  private static final Rubric FORM = Rubric.builder("form").veto("fraud", v -> v.whenFlag("fraud").score(0))
      .dimension("call", d -> d
          .indicator("q1", i -> i.weight("40%").levels().level(0, "no").level(5, "partly").level(10, "yes"))
          .indicator("q2", i -> i.weight("40%").critical().levels().level(0, "no").level(5, "partly").level(10, "yes"))
          .indicator("q3", i -> i.weight("20%").critical().levels().level(0, "no").level(5, "partly").level(10, "yes")))
      .build();

  private static Observations answers(Integer q1, int q2, int q3) {
    Observations.Builder b = Observations.builder("ev").value("q2", q2).value("q3", q3);
    return (q1 == null ? b.notApplicable("q1") : b.value("q1", q1)).build();
  }

  @Test
  void eachScoreIsTheWeightedMeanOverItsKindWithSharesRenormalised() {
    Evaluation e = FORM.evaluate(answers(10, 5, 0));
    assertThat(e.total()).isEqualByComparingTo("60.00");
    // (40 % × 0.5 + 20 % × 0) / 60 % and 40 % × 1 / 40 %.
    assertThat(e.criticalScore()).hasValueSatisfying(s -> assertThat(s).isEqualTo(new BigDecimal("33.33")));
    assertThat(e.nonCriticalScore()).hasValueSatisfying(s -> assertThat(s).isEqualTo(new BigDecimal("100.00")));
  }

  @Test
  void aKindWithNothingApplicableHasNoScore() {
    Evaluation e = FORM.evaluate(answers(null, 10, 5));
    assertThat(e.total()).isEqualByComparingTo("83.33");
    assertThat(e.criticalScore()).contains(new BigDecimal("83.33"));
    assertThat(e.nonCriticalScore()).isEmpty();
    assertThat(e.criticalScores()).contains(new CriticalScores(Optional.of(new BigDecimal("83.33")), Optional.empty()));
    assertThat(e.explain()).contains("q2 (critical): level 10")
        .endsWith("critical score 83.33, non-critical score n/a (no other indicator applies) of 100\n");
  }

  @Test
  void vetoesChangeTheTotalNotWhatTheRulesMeasured() {
    Observations fraud = Observations.builder("ev").value("q1", 10).value("q2", 5).value("q3", 0).flag("fraud", true).build();
    Evaluation e = FORM.evaluate(fraud);
    assertThat(e.total()).isEqualByComparingTo("0");
    assertThat(e.criticalScore()).contains(new BigDecimal("33.33"));
    assertThat(e.nonCriticalScore()).contains(new BigDecimal("100.00"));
    assertThat(e.explain()).endsWith("final total 0.00 of 100\ncritical score 33.33, non-critical score 100.00 of 100\n");
  }

  @Test
  void underPointsWeightingAKindsPossiblePointsAreItsOwn() {
    Rubric points = Rubric.builder("points").weighting(Weighting.POINTS)
        .dimension("a", d -> d.indicator("a1", i -> i.levels().range(0, 5))
            .indicator("a2", i -> i.critical().levels().range(0, 10)))
        .dimension("b", d -> d.indicator("b1", i -> i.critical().levels().range(0, 15))
            .indicator("b2", i -> i.levels().range(0, 5)))
        .build();
    Evaluation e = points.evaluate(Observations.builder("ev").value("a1", 3).value("a2", 5).value("b1", 8).value("b2", 5).build());
    assertThat(e.total()).isEqualByComparingTo("60.00"); // MaestroQA's 21 of 35
    assertThat(e.criticalScore()).contains(new BigDecimal("52.00")); // 13 of 25
    assertThat(e.nonCriticalScore()).contains(new BigDecimal("80.00")); // 8 of 10
  }

  @Test
  void aRubricWithoutCriticalIndicatorsHasNone() {
    Rubric plain = Rubric.builder("plain").dimension("d", d -> d.indicator("i", i -> i.levels().range(1, 5))).build();
    Evaluation e = plain.evaluate(Observations.builder("ev").value("i", 3).build());
    assertThat(e.criticalScores()).isEmpty();
    assertThat(e.criticalScore()).isEmpty();
    assertThat(e.nonCriticalScore()).isEmpty();
    assertThat(e.explain()).doesNotContain("critical");
    assertThat(Aggregate.of(java.util.List.of(e)).criticalScore()).isEmpty();
  }

  @Test
  void theFastPathGivesTheSameScores() {
    Observations o = answers(10, 5, 0);
    assertThat(FORM.evaluateOnFastPath(o)).isNotNull();
    assertThat(FORM.evaluateOnFastPath(o).criticalScores()).isEqualTo(FORM.evaluateOnGeneralPath(o).criticalScores());
  }

  @Test
  void aggregatesAverageEachKindOverTheEvaluationsWhereItApplied() {
    Aggregate a = Aggregate.of(java.util.List.of(FORM.evaluate(answers(10, 5, 0)), FORM.evaluate(answers(null, 10, 5))));
    assertThat(a.criticalScore().orElseThrow().mean().orElseThrow()).isEqualByComparingTo("58.33");
    assertThat(a.nonCriticalScore().orElseThrow().mean().orElseThrow()).isEqualByComparingTo("100");
    assertThat(a.nonCriticalScore().orElseThrow().notApplicableCount()).isEqualTo(1);
    Aggregate merged = Aggregate.of(java.util.List.of(FORM.evaluate(answers(10, 5, 0))))
        .merge(Aggregate.of(java.util.List.of(FORM.evaluate(answers(null, 10, 5)))));
    assertThat(merged).isEqualTo(a);
  }

  @Test
  void theCriticalMarkSurvivesJavaSerialisationAndTheBuilderCopies() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(FORM);
    }
    Rubric back;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = (Rubric) in.readObject();
    }
    assertThat(back).isEqualTo(FORM);
    assertThat(back.indicator("q2").orElseThrow().critical()).isTrue();
    assertThat(back.indicator("q1").orElseThrow().critical()).isFalse();
  }
}
