package org.rubric4j.review;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rubric4j.Measure;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.DataQuality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Raising seed 003's FCR target from 85 % to seed 001's 90 % (30 points at or above, one point
 * less per percent below, zero below 80 %), replayed on three months of assessments.
 */
class VersionReplayTest {

  private static Rubric monthly(String version, String fcrTarget, String fcrZero) {
    return Rubric.builder("service-standards-monthly").version(version).scale(100)
        .grade("excellent", g -> g.range("[90, 100]")).grade("good", g -> g.range("[80, 90)"))
        .grade("pass", g -> g.range("[60, 80)")).grade("needs-improvement", g -> g.range("[0, 60)"))
        .dimension("efficiency", d -> d.weight("20%").indicator("first-response-time", i -> i
            .deduction(Measure.DURATION).max(20).target("<= 30s").step("10s").deduct(2).zero("> 60s")))
        .dimension("attitude", d -> d.weight("25%").indicator("emotion-management", i -> i.occurrences().max(25).deduct(5)))
        .dimension("resolution", d -> d.weight("30%").indicator("fcr", i -> i
            .deduction(Measure.PERCENT).max(30).target(fcrTarget).step("1%").deduct(1).zero(fcrZero)))
        .dimension("compliance", d -> d.weight("15%").indicator("record-errors", i -> i.occurrences().max(15).deduct(3).zeroAt(3)))
        .dimension("value-add", d -> d.weight("10%").indicator("recommendation-rate", i -> i
            .deduction(Measure.PERCENT).max(10).target(">= 10%").step("1%").deduct(1).zero("< 5%")))
        .build();
  }

  private static Observations month(String id, String fcr) {
    return Observations.of(id).withSubject("agent-" + id).withValue("first-response-time", "20s").withValue("emotion-management", 0)
        .withValue("fcr", fcr).withValue("record-errors", 0).withValue("recommendation-rate", "12%");
  }

  @Test
  void aStricterFcrTargetMovesTotalsAndGradesAndNamesTheCause() {
    Rubric v1 = monthly("2024", ">= 85%", "< 75%");
    Rubric v2 = monthly("2025", ">= 90%", "< 80%");
    VersionReplay.Report r = VersionReplay.compare(v1, v2, List.of(
        month("a", "95%"),      // 100 under both
        month("b", "88%"),      // 100 → 98: excellent under both
        month("c", "82%"),      // 97 → 92
        month("d", "78%"),      // 93 → 70: excellent → pass
        Observations.of("e").withValue("fcr", "50%")));
    assertThat(r.before()).isEqualTo("service-standards-monthly 2024");
    assertThat(r.changes()).extracting(VersionReplay.Change::toString).containsExactly(
        "b: 100.00 → 98.00 (-2.00)", "c: 97.00 → 92.00 (-5.00)", "d: 93.00 → 70.00 (-23.00), excellent → pass");
    assertThat(r.gradeChanges()).extracting(VersionReplay.Change::id).containsExactly("d");
    assertThat(r.changes().get(2).causes()).singleElement().satisfies(c -> {
      assertThat(c.indicator()).isEqualTo("fcr");
      assertThat(c.before()).isEqualByComparingTo("23");
      assertThat(c.after()).isEqualByComparingTo("0");
    });
    assertThat(r.unchanged()).isEqualTo(1);
    assertThat(r.summary()).containsExactly(entry("up", 0L), entry("down", 3L), entry("same-total", 1L),
        entry("grade-changed", 1L));
    assertThat(r.quality().ids(DataQuality.NOT_SCORABLE)).containsExactly("e");
  }

  @Test
  void aVetoFiringUnderOneVersionOnlyIsListedApart() {
    Rubric plain = monthly("1", ">= 85%", "< 75%");
    Rubric strict = Rubric.builder("strict").scale(100).grade("ok", g -> g.range("[60, 100]"))
        .grade("fail", g -> g.range("[0, 60)"))
        .dimension("resolution", d -> d.indicator("fcr", i -> i.deduction(Measure.PERCENT).max(30).target(">= 85%")
            .step("1%").deduct(1).zero("< 75%")))
        .dimension("rest", d -> d.indicator("first-response-time", i -> i.deduction(Measure.DURATION).max(20)
            .target("<= 30s").step("10s").deduct(2))
            .indicator("emotion-management", i -> i.occurrences().max(25).deduct(5))
            .indicator("record-errors", i -> i.occurrences().max(15).deduct(3))
            .indicator("recommendation-rate", i -> i.deduction(Measure.PERCENT).max(10).target(">= 10%").step("1%").deduct(1)))
        .veto("low-fcr", v -> v.whenScoreBelow("fcr", 25).score(0))
        .build();
    VersionReplay.Change c = VersionReplay.compare(plain, strict, List.of(month("x", "78%"))).changes().get(0);
    assertThat(c.vetoesAfter()).containsExactly("low-fcr");
    assertThat(c.vetoesBefore()).isEmpty();
    assertThat(c.after()).isEqualByComparingTo("0");
  }
}
