package org.rubric4j;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The warnings of lint(): bands that go up and down, grades no total can reach, vetoes that can raise. */
class LintWarningsTest {

  private static List<String> warnings(Rubric r) {
    return r.lint().stream().map(p -> p.path() + " " + p.code()).toList();
  }

  private static List<String> vetoWarnings(RubricBuilder b) {
    return warnings(b.build()).stream().filter(w -> w.endsWith(" veto-may-raise")).toList();
  }

  private static List<String> bandWarnings(UnaryOperator<BandsBuilder> bands) {
    return warnings(Rubric.builder("r").dimension("d", d -> d.indicator("i", i -> bands.apply(i.bands(Measure.NUMBER)))).build());
  }

  @Test
  void bandScoresThatStayFlatThenFallAreMonotonic() {
    assertThat(bandWarnings(b -> b.band(5, "[0, 1)").band(5, "[1, 2)").band(3, "[2, 3]"))).isEmpty();
    assertThat(bandWarnings(b -> b.band(3, "[0, 1)").band(3, "[1, 2)").band(5, "[2, 3]"))).isEmpty();
  }

  @Test
  void bandsDeclaredOutOfOrderAreJudgedInTheMeasuresOrder() {
    assertThat(bandWarnings(b -> b.band(3, "[2, 3]").band(5, "[0, 1)").band(4, "[1, 2)"))).isEmpty();
    assertThat(bandWarnings(b -> b.band(5, "[2, 3]").band(5, "[0, 1)").band(4, "[1, 2)")))
        .containsExactly("dimensions[0].indicators[0].bands non-monotonic");
  }

  /** a always scores 5 of 5; b scores 0 or 1 of 1: together 50 to 100, apart 0 to 100. */
  private static RubricBuilder twoIndicators(UnaryOperator<IndicatorBuilder> b) {
    return Rubric.builder("r").grade("low", g -> g.range("[0, 50)")).grade("high", g -> g.range("[50, 100]"))
        .dimension("d", d -> d.indicator("a", i -> i.levels().level(5))
            .indicator("b", i -> b.apply(i).levels().level(0).level(1)));
  }

  @Test
  void whenEveryIndicatorMustBeScoredTheLowestTotalIsTheWeightedSum() {
    Rubric strict = twoIndicators(i -> i).notApplicable(NotApplicablePolicy.FORBID).build();
    assertThat(warnings(strict)).containsExactly("grades[0] unreachable-grade");
    assertThat(strict.lint().get(0).message()).isEqualTo(
        "grade low [0, 50) cannot be reached: totals lie in [50.00, 100.00] and no veto imposes it");
  }

  @Test
  void whenIndicatorsCanDropOutTheLowestTotalIsTheLowestIndicator() {
    assertThat(warnings(twoIndicators(i -> i).build())).isEmpty();
    assertThat(warnings(twoIndicators(i -> i).notApplicable(NotApplicablePolicy.FORBID)
        .missing(MissingPolicy.NOT_APPLICABLE).build())).isEmpty();
    assertThat(warnings(twoIndicators(i -> i.appliesWhen("type", "x")).notApplicable(NotApplicablePolicy.FORBID)
        .build())).isEmpty();
  }

  @Test
  void conditionsOnDimensionsLetThemDropOutToo() {
    RubricBuilder b = Rubric.builder("r").notApplicable(NotApplicablePolicy.FORBID)
        .grade("low", g -> g.range("[0, 50)")).grade("high", g -> g.range("[50, 100]"))
        .dimension("top", t -> t
            .dimension("a", d -> d.indicator("i", i -> i.levels().level(5)))
            .dimension("b", d -> d.appliesWhen("type", "x").indicator("j", i -> i.levels().level(0).level(1))));
    assertThat(warnings(b.build())).isEmpty();
    RubricBuilder root = Rubric.builder("r").notApplicable(NotApplicablePolicy.FORBID)
        .grade("low", g -> g.range("[0, 50)")).grade("high", g -> g.range("[50, 100]"))
        .dimension("a", d -> d.indicator("i", i -> i.levels().level(5)))
        .dimension("b", d -> d.appliesWhen("type", "x").indicator("j", i -> i.levels().level(0).level(1)));
    assertThat(warnings(root.build())).isEmpty();
    RubricBuilder nestedStrict = Rubric.builder("r").notApplicable(NotApplicablePolicy.FORBID)
        .grade("low", g -> g.range("[0, 50)")).grade("high", g -> g.range("[50, 100]"))
        .dimension("top", t -> t
            .dimension("a", d -> d.indicator("i", i -> i.levels().level(5)))
            .dimension("b", d -> d.indicator("j", i -> i.levels().level(0).level(1))));
    assertThat(warnings(nestedStrict.build())).containsExactly("grades[0] unreachable-grade");
  }

  @Test
  void onlyAVetoThatImposesAGradeMakesItReachable() {
    RubricBuilder strict = twoIndicators(i -> i).notApplicable(NotApplicablePolicy.FORBID);
    assertThat(warnings(strict.veto("v", v -> v.whenFlag("f").score(60).grade("high")).build()))
        .containsExactly("vetoes[0] veto-may-raise", "grades[0] unreachable-grade");
    assertThat(warnings(twoIndicators(i -> i).notApplicable(NotApplicablePolicy.FORBID)
        .veto("v", v -> v.whenFlag("f")).build())).isEmpty();
    assertThat(warnings(twoIndicators(i -> i).notApplicable(NotApplicablePolicy.FORBID)
        .veto("v", v -> v.whenFlag("f").grade("low")).build())).isEmpty();
  }

  @Test
  void aBandRuleWithHeadroomAboveItsBestBandCannotReachTheTop() {
    Rubric r = Rubric.builder("r").grade("low", g -> g.range("[0, 90)")).grade("top", g -> g.range("[90, 100]"))
        .dimension("d", d -> d.indicator("i", i -> i.bands(Measure.NUMBER).band(4, "[0, 1]").outOf(5)))
        .build();
    assertThat(warnings(r)).containsExactly("grades[1] unreachable-grade");
  }

  @Test
  void underRangeNormalisationTheLowestScoreCountsAsZero() {
    Rubric r = Rubric.builder("r").normalize(Normalization.RANGE).notApplicable(NotApplicablePolicy.FORBID)
        .grade("low", g -> g.range("[0, 10)")).grade("high", g -> g.range("[10, 100]"))
        .dimension("d", d -> d.indicator("i", i -> i.levels().range(1, 5)))
        .build();
    assertThat(warnings(r)).isEmpty();
    assertThat(r.evaluate(Observations.of("e").withValue("i", 1)).grade()).map(Grade::id).contains("low");
  }

  @Test
  void aDimensionWhoseOnlyPartIsConditionalCanDropOutOfTheTotal() {
    // Found by the testkit's generated rubrics: "rest" has no condition of its own, but its only
    // sub-dimension applies on phone calls, so on e-mails the total is "always" alone, as low as 20.
    Rubric r = Rubric.builder("r").notApplicable(NotApplicablePolicy.FORBID)
        .grade("low", g -> g.range("[0, 50)")).grade("high", g -> g.range("[50, 100]"))
        .dimension("always", d -> d.weight("50%").indicator("a", i -> i.levels().range(1, 5)))
        .dimension("rest", d -> d.weight("50%")
            .dimension("phone-only", p -> p.appliesWhen("channel", "phone").indicator("b", i -> i.levels().level(1))))
        .build();

    assertThat(warnings(r)).isEmpty();
    Evaluation email = r.evaluate(Observations.builder("e").tag("channel", "email").value("a", 1).build());
    assertThat(email.grade()).map(Grade::id).contains("low");
  }

  @Test
  void aVetoImposingMoreThanTheLowestTotalIsReportedBecauseFiringCanRaiseTheTotal() {
    // Issue 18, item 12: a veto of 70 fired on a raw 62.5 shows 70. The normative semantics make the
    // total the veto's score, so the file loads; lint says what it does.
    Rubric r = twoIndicators(i -> i).notApplicable(NotApplicablePolicy.FORBID)
        .veto("cap", v -> v.whenFlag("f").score(70).grade("high")).build();
    assertThat(r.lint()).extracting(p -> p.path() + " " + p.code() + " " + p.severity())
        .contains("vetoes[0] veto-may-raise WARNING");
    assertThat(r.lint().get(0).message()).isEqualTo("veto cap imposes 70 on the total, which can be as low as"
        + " 50.00 before it: when it fires on such an evaluation it raises the score; impose a score no higher"
        + " than 50.00 if the veto must only lower it");
    Evaluation raised = r.evaluate(Observations.builder("e").value("a", 5).value("b", 0).flag("f", true).build());
    assertThat(raised.rawTotal()).isEqualByComparingTo("50");
    assertThat(raised.total()).isEqualByComparingTo("70");
  }

  @Test
  void aVetoImposingAtMostTheLowestTotalCannotRaiseIt() {
    assertThat(vetoWarnings(twoIndicators(i -> i).notApplicable(NotApplicablePolicy.FORBID)
        .veto("v", v -> v.whenFlag("f").score(50).grade("high")))).isEmpty();
    assertThat(vetoWarnings(twoIndicators(i -> i).veto("v", v -> v.whenFlag("f").score(0)))).isEmpty();
  }

  @Test
  void aDimensionVetoIsJudgedAgainstItsDimensionsLowestScore() {
    Rubric r = twoIndicators(i -> i).notApplicable(NotApplicablePolicy.FORBID)
        .veto("v", v -> v.whenFlag("f").score(60).scope("d")).build();
    assertThat(r.lint().get(0).path() + " " + r.lint().get(0).code()).isEqualTo("vetoes[0] veto-may-raise");
    assertThat(r.lint().get(0).message()).startsWith("veto v imposes 60 on dimension d, which can be as low as 50.00");
    assertThat(vetoWarnings(twoIndicators(i -> i).notApplicable(NotApplicablePolicy.FORBID)
        .veto("v", v -> v.whenFlag("f").score(40).scope("d")))).isEmpty();
  }
}
