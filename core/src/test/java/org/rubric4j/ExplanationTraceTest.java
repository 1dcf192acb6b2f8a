package org.rubric4j;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The explanation of an evaluation, line by line: what a person reads to check a score. */
class ExplanationTraceTest {

  private static final Rubric RUBRIC = Rubric.builder("desk").version("2024-Q3").scale(10).precision(1)
      .grade("good", g -> g.name("良好").range("[5, 10]")).grade("poor", g -> g.range("[0, 5)"))
      .dimension("speed", d -> d.name("速度").weight("40%")
          .grade("fast", g -> g.name("快").range("[8, 10]")).grade("slow", g -> g.range("[0, 8)"))
          .indicator("first-response", i -> i.bands(Measure.DURATION).band(10, "<= 1h").band(5, "> 1h")))
      .dimension("care", d -> d.weight("60%")
          .dimension("tone", t -> t.name("语气").indicator("courtesy", i -> i.name("礼貌").levels().level(1, "rude").level(3, "kind")))
          .dimension("rules", r -> r.indicator("slips", i -> i.occurrences().max(10).deduct(4))
              .indicator("complaint", i -> i.appliesWhen("type", "complaint").levels().range(1, 3))))
      .veto("fraud", v -> v.name("刷好评").whenFlag("fraud").grade("poor"))
      .veto("careless", v -> v.whenFlag("careless").scope("rules").score(0))
      .build();

  private static Observations ticket() {
    return Observations.of("t-1").withSubject("agent-7").withPeriod("2024-09")
        .withValue("first-response", "30m").withValue("courtesy", 3).withValue("slips", 1).withValue("complaint", 2)
        .withEvidence("slips", "wrong address");
  }

  @Test
  void aTraceShowsEveryNodeItsWeightsAndTheTotalWithItsGrade() {
    assertThat(RUBRIC.evaluate(ticket()).explain()).isEqualTo(String.join("\n",
        "desk 2024-Q3 · evaluation t-1 · agent-7 · 2024-09",
        "speed 速度: 10.0 of 10 × 40% → 4.0, grade fast 快",
        "  first-response: 30m is in <= 1h → 10 of 10; × 40% × 100% → 4.0",
        "care: 8.0 of 10 × 60% → 4.8",
        "  tone 语气: 10.0 of 10 × 50% of its parent → 3.0",
        "    courtesy 礼貌: level 3 kind → 3 of 3; × 60% × 50% × 100% → 3.0",
        "  rules: 6.0 of 10 × 50% of its parent → 1.8",
        "    slips: 1: 1 occurrence × −4 → 6 of 10; × 60% × 50% × 100% → 1.8  [wrong address]",
        "    complaint: n/a (applies only when type in [complaint]) → 0",
        "total 8.8 of 10, grade good 良好",
        ""));
  }

  @Test
  void aTraceShowsVetoesTheTotalBeforeThemAndTheFinalTotal() {
    String trace = RUBRIC.evaluate(ticket().withFlag("fraud", true).withFlag("careless", true)).explain();
    assertThat(trace).contains("  rules: 0.0 of 10 × 50% of its parent → 0.0 (veto careless)\n",
        " of 10 before vetoes\n",
        "veto fraud 刷好评 fired: flag fraud is true\n",
        "veto careless fired: flag careless is true; dimension rules drops to 0\n",
        "final total 0.0 of 10, grade poor\n");
  }

  @Test
  void aDimensionNoneOfWhichAppliesSaysSo() {
    Rubric r = Rubric.builder("r").dimension("a", d -> d.indicator("i", i -> i.levels().range(1, 3)))
        .dimension("b", d -> d.indicator("j", i -> i.levels().range(1, 3))).build();
    String trace = r.evaluate(Observations.of("e").withValue("i", 3).withNotApplicable("j")).explain();
    assertThat(trace).isEqualTo(String.join("\n",
        "r · evaluation e",
        "a: 100.00 of 100 × 100% → 100.00",
        "  i: level 3 → 3 of 3; × 100% × 100% → 100.00",
        "b: n/a, none of it applies → 0",
        "  j: n/a (n/a) → 0",
        "total 100.00 of 100",
        ""));
  }

  @Test
  void roundedWeightsAndContributionsAreMarkedApproximate() {
    Rubric r = Rubric.builder("r").precision(0)
        .dimension("d", d -> d.indicator("a", i -> i.levels().range(1, 3)).indicator("b", i -> i.levels().range(1, 3))
            .indicator("c", i -> i.levels().range(1, 3))).build();
    String trace = r.evaluate(Observations.of("e").withValue("a", 1).withValue("b", 3).withValue("c", 3)).explain();
    assertThat(trace).contains("  a: level 1 → 1 of 3; × 100% × ≈33.33% → ≈11.1111\n",
        "total ≈77.7778 → 78 of 100\n");
  }
}
