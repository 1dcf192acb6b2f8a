package org.rubric4j;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Evaluation at its edges: nested conditions, nested vetoes, ties, thresholds and hints. */
class EvaluationEdgeCasesTest {

  @Test
  void aConditionOnADimensionMakesEverythingUnderItNotApplicable() {
    Rubric r = Rubric.builder("r")
        .dimension("general", d -> d.indicator("courtesy", i -> i.levels().range(1, 5)))
        .dimension("complaints", d -> d.appliesWhen("type", "complaint")
            .dimension("handling", h -> h.indicator("apology", i -> i.levels().range(1, 5)))
            .dimension("escalation", e -> e.appliesWhen("severity", "high")
                .indicator("escalated", i -> i.levels().range(1, 5))))
        .build();
    Observations o = Observations.of("e").withValue("courtesy", 5).withValue("apology", 1).withValue("escalated", 1);
    Evaluation question = r.evaluate(o.withTag("type", "question"));
    assertThat(question.total()).isEqualByComparingTo("100");
    assertThat(question.indicator("apology").flatMap(IndicatorResult::reason)).contains("applies only when type in [complaint]");
    assertThat(question.indicator("escalated").flatMap(IndicatorResult::reason)).contains("applies only when type in [complaint]");
    assertThat(question.dimension("handling").map(DimensionResult::applicable)).contains(false);

    Evaluation complaint = r.evaluate(o.withTag("type", "complaint"));
    assertThat(complaint.indicator("apology").map(IndicatorResult::applicable)).contains(true);
    assertThat(complaint.indicator("escalated").flatMap(IndicatorResult::reason)).contains("applies only when severity in [high]");
    assertThat(complaint.total()).isEqualByComparingTo("60");

    Evaluation severe = r.evaluate(o.withTag("type", "complaint").withTag("severity", "high"));
    assertThat(severe.total()).isEqualByComparingTo("60");
    assertThat(severe.dimension("complaints").flatMap(DimensionResult::score)).get()
        .satisfies(s -> assertThat(s).isEqualByComparingTo("20"));
  }

  @Test
  void aMissingValueUnderANotApplicableDimensionIsNoError() {
    Rubric r = Rubric.builder("r")
        .dimension("general", d -> d.indicator("courtesy", i -> i.levels().range(1, 5)))
        .dimension("complaints", d -> d.appliesWhen("type", "complaint")
            .indicator("apology", i -> i.levels().range(1, 5)))
        .build();
    assertThat(r.evaluate(Observations.of("e").withValue("courtesy", 4)).total()).isEqualByComparingTo("80");
  }

  @Test
  void aVetoScopedToANestedDimensionDropsOnlyThatOne() {
    Rubric r = Rubric.builder("r")
        .dimension("quality", q -> q
            .dimension("tone", t -> t.indicator("courtesy", i -> i.levels().range(1, 5)))
            .dimension("records", d -> d.indicator("accuracy", i -> i.levels().range(1, 5))))
        .veto("forged", v -> v.whenFlag("forged").scope("records").score(0))
        .build();
    Evaluation e = r.evaluate(Observations.of("e").withValue("courtesy", 5).withValue("accuracy", 5).withFlag("forged", true));
    assertThat(e.rawTotal()).isEqualByComparingTo("100");
    assertThat(e.total()).isEqualByComparingTo("50");
    assertThat(e.dimension("records").flatMap(DimensionResult::vetoedBy)).contains("forged");
    assertThat(e.dimension("quality").flatMap(DimensionResult::score)).get()
        .satisfies(s -> assertThat(s).isEqualByComparingTo("50"));
  }

  @Test
  void aScoreBelowVetoOnANestedIndicatorFiresOnlyStrictlyBelow() {
    Rubric r = Rubric.builder("r")
        .grade("fail", g -> g.range("[0, 60)")).grade("pass", g -> g.range("[60, 100]"))
        .dimension("quality", q -> q.dimension("compliance", c -> c
            .indicator("errors", i -> i.occurrences().max(15).deduct(3))))
        .veto("breach", v -> v.whenScoreBelow("errors", 6).score(10))
        .build();
    assertThat(r.evaluate(Observations.of("e").withValue("errors", 3)).vetoes()).isEmpty(); // 15 − 9 = 6
    assertThat(r.evaluate(Observations.of("e").withValue("errors", 4)).vetoes()).singleElement()
        .satisfies(f -> assertThat(f.reason()).isEqualTo("errors scored 3, below 6"));
  }

  @Test
  void aVetoWhoseGradeDoesNotHoldItsScoreIsAnError() {
    // Once, two vetoes imposing 20 could impose "mid" [40, 70) or "high" [70, 100]: a grade that
    // disagreed with the number shown. The grade must hold the imposed score.
    RubricBuilder b = Rubric.builder("r")
        .grade("low", g -> g.range("[0, 40)")).grade("mid", g -> g.range("[40, 70)")).grade("high", g -> g.range("[70, 100]"))
        .dimension("d", d -> d.indicator("i", i -> i.levels().range(1, 5)))
        .veto("first", v -> v.whenFlag("a").score(20).grade("mid"))
        .veto("second", v -> v.whenFlag("b").score(20).grade("low"));
    assertThat(b.lint()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("vetoes[0].grade");
      assertThat(p.code()).isEqualTo("veto-grade-mismatch");
      assertThat(p.message()).isEqualTo("veto first imposes the total 20 and grade mid [40, 70), which does not hold it;"
          + " impose a grade whose range holds the score, or another score");
    });
  }

  @Test
  void anUnknownIndicatorIsSuggestedOnlyWhenItIsClose() {
    Rubric r = Rubric.builder("r").dimension("d", d -> d
        .indicator("abc", i -> i.levels().range(1, 5)).indicator("abd", i -> i.levels().range(1, 5))
        .indicator("first-response-time", i -> i.levels().range(1, 5))).build();
    Observations all = Observations.of("e").withValue("abc", 1).withValue("abd", 1).withValue("first-response-time", 1);
    assertThat(reason(r, all.withValue("xbc", 1))).endsWith("(value 1); did you mean `abc`?");
    assertThat(reason(r, all.withValue("xyc", 1))).as("two of three letters wrong is no typo").endsWith("(value 1)");
    assertThat(reason(r, all.withValue("xyz", 1))).endsWith("(value 1)");
    assertThat(reason(r, all.withValue("frst-respns-tme", 1))).endsWith("did you mean `first-response-time`?");
    assertThat(reason(r, all.withValue("frst-respns-tm", 1))).endsWith("(value 1)");
    assertThat(reason(r, all.withEvidence("abx", "note"))).isEqualTo(
        "evidence.abx: evidence names indicator abx, which the rubric does not have; did you mean `abc`?");
  }

  @Test
  void anUnknownFlagListsTheRubricsFlags() {
    Rubric withFlags = Rubric.builder("r").dimension("d", d -> d.indicator("i", i -> i.levels().range(1, 5)))
        .veto("v", v -> v.whenFlag("fraud")).build();
    assertThat(reason(withFlags, Observations.of("e").withValue("i", 1).withFlag("frud", true)))
        .isEqualTo("flags.frud: the rubric has no flag frud; did you mean `fraud`?");
    assertThat(reason(withFlags, Observations.of("e").withValue("i", 1).withFlag("abusive", true)))
        .isEqualTo("flags.abusive: the rubric has no flag abusive; its flags: fraud");
    Rubric without = Rubric.builder("r").dimension("d", d -> d.indicator("i", i -> i.levels().range(1, 5))).build();
    assertThat(reason(without, Observations.of("e").withValue("i", 1).withFlag("frud", true)))
        .isEqualTo("flags.frud: the rubric has no flag frud");
  }

  private static String reason(Rubric r, Observations o) {
    return catchThrowableOfType(ObservationException.class, () -> r.evaluate(o)).reason();
  }
}
