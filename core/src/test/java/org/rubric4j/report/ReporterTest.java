package org.rubric4j.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.rubric4j.AnalyticsFixtures;
import org.rubric4j.Evaluation;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.PeriodUnit;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.AnalyticsException;
import org.rubric4j.analytics.DataQuality;
import org.rubric4j.analytics.GroupBy;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.StreakRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class ReporterTest {

  private static final Rubric SEED_000 = AnalyticsFixtures.SEED_000;

  private static Reporter bySubject() {
    return Reporter.builder(SEED_000).build();
  }

  @Test
  void figuresAreRoundedToTheRubricsPrecisionAndTheExactOnesStayBehindThem() {
    Report r = bySubject()
        .add(AnalyticsFixtures.seed000("e1", "agent-1", "2024-07-03", 5))
        .add(AnalyticsFixtures.seed000("e2", "agent-1", "2024-07-09", 4))
        .add(AnalyticsFixtures.seed000("e3", "agent-2", "2024-08-01", 4))
        .report();
    GroupReport all = r.summary();
    assertThat(all.count()).isEqualTo(3);
    // 13 / 3 = 4.333..., population standard deviation sqrt(2/9) = 0.4714...: shown at precision 2.
    assertThat(all.mean()).contains(new BigDecimal("4.33"));
    assertThat(all.standardDeviation()).contains(new BigDecimal("0.47"));
    assertThat(all.min()).hasValueSatisfying(v -> assertThat(v).hasToString("4.00"));
    assertThat(all.max()).hasValueSatisfying(v -> assertThat(v).hasToString("5.00"));
    assertThat(all.total().mean().orElseThrow().toPlainString()).startsWith("4.3333333333333333333");
    assertThat(all.grades()).containsExactly(entry("excellent", 1L), entry("good", 2L), entry("pass", 0L),
        entry("basic-pass", 0L), entry("fail", 0L));
    assertThat(r.groups()).extracting(GroupReport::label).containsExactly("agent-1", "agent-2");
    assertThat(r.group("agent-1").orElseThrow().mean()).hasValueSatisfying(v -> assertThat(v).hasToString("4.50"));
    assertThat(r.ranking()).extracting(RankedSubject::subject, RankedSubject::rank, RankedSubject::top)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("agent-1", 1, true),
            org.assertj.core.groups.Tuple.tuple("agent-2", 2, false));
    assertThat(r.trend()).extracting(GroupReport::label).containsExactly("2024-07", "2024-08");
    assertThat(r.trendUnit()).isEqualTo(PeriodUnit.MONTH);
    assertThat(r.distribution()).hasSize(10).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 2L, 1L);
  }

  @Test
  void aGroupAggregatedElsewhereIsReportedTheSameWay() {
    org.rubric4j.analytics.Aggregate a = org.rubric4j.analytics.Aggregate.empty()
        .add(AnalyticsFixtures.seed000("e1", "agent-1", "2024-07-03", 5))
        .add(AnalyticsFixtures.seed000("e2", "agent-1", "2024-07-09", 4))
        .add(AnalyticsFixtures.seed000("e3", "agent-1", "2024-08-01", 4));
    Kpi fcr = Kpi.builder("fcr").of("indicator.first-contact-resolution.value").target("[90%, 100%]").build();
    GroupReport g = GroupReport.of(SEED_000, org.rubric4j.analytics.GroupKey.all(), a, List.of(fcr));
    assertThat(g.mean()).contains(new BigDecimal("4.33"));
    String leaf = SEED_000.allDimensions().filter(d -> !d.indicators().isEmpty()).findFirst().orElseThrow().id();
    assertThat(g.dimensionMean(leaf)).isEqualTo(g.dimensions().get(0).mean());
    assertThat(g.dimensionMean("no-such-dimension")).isEmpty();
    // FCR levels 95 %, 85 %, 85 %: the mean 0.8833... is shown to six decimals.
    assertThat(g.kpis()).singleElement().satisfies(k -> assertThat(k.reportedActual()).contains(new BigDecimal("0.883333")));
    a.add(AnalyticsFixtures.seed000("e4", "agent-1", "2024-08-02", 1));
    assertThat(g.count()).as("the aggregate is copied").isEqualTo(3);
  }

  @Test
  void dimensionsComeInTheRubricsOrder() {
    Report r = bySubject().add(AnalyticsFixtures.seed000("e1", "agent-1", "2024-07-03", 3)).report();
    List<String> leaves = SEED_000.allDimensions().filter(d -> !d.indicators().isEmpty())
        .map(org.rubric4j.Dimension::id).toList();
    assertThat(r.dimensions()).isEqualTo(leaves);
    assertThat(r.summary().dimensions()).extracting(DimensionMean::id).isEqualTo(leaves);
    assertThat(r.summary().dimensions()).allSatisfy(d -> assertThat(d.mean()).isPresent());
  }

  @Test
  void aReportIsASnapshotThatLaterRowsLeaveAsItWas() {
    Reporter reporter = bySubject().add(AnalyticsFixtures.seed000("e1", "agent-1", "2024-07-03", 5));
    Report before = reporter.report();
    reporter.add(AnalyticsFixtures.seed000("e2", "agent-2", "2024-07-03", 1)).exclude("e3", DataQuality.INCOMPLETE);
    Report after = reporter.report();
    assertThat(before.summary().count()).isEqualTo(1);
    assertThat(before.groups()).hasSize(1);
    assertThat(before.quality().seen()).isEqualTo(1);
    assertThat(after.summary().count()).isEqualTo(2);
    assertThat(after.groups()).hasSize(2);
    assertThat(after.quality().excluded()).containsExactly(entry(DataQuality.INCOMPLETE, 1L));
  }

  @Test
  void anEvaluationOfAnotherRubricVersionIsRefusedNotMixedIn() {
    Rubric v2 = Rubric.builder(SEED_000.id()).version("2").scale(5)
        .dimension("d", d -> d.indicator("i", i -> i.levels().range(1, 5))).build();
    Evaluation other = v2.evaluate(Observations.builder("x").value("i", 5).build());
    assertThatThrownBy(() -> bySubject().add(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evaluation x is of rubric `crm-service-quality` version 2, this report is of rubric "
            + "`crm-service-quality`" + SEED_000.version().map(v -> " version " + v).orElse(" (no version)")
            + "; report each rubric version on its own");
  }

  @Test
  void aRefusedObservationIsCountedUnderTheReasonOfItsFirstProblem() {
    Reporter reporter = bySubject();
    ObservationException missing = org.assertj.core.api.Assertions.catchThrowableOfType(ObservationException.class,
        () -> SEED_000.evaluate(Observations.builder("m1").value("clarity", 3).build()));
    ObservationException unknown = org.assertj.core.api.Assertions.catchThrowableOfType(ObservationException.class,
        () -> SEED_000.evaluate(AnalyticsFixtures.seed000("u1", 3).value("clarty", 3).build()));
    reporter.exclude(missing).exclude(unknown);
    assertThat(reporter.quality().excluded())
        .containsOnly(entry(DataQuality.INCOMPLETE, 1L), entry(DataQuality.UNKNOWN_FIELD, 1L));
    assertThat(reporter.quality().ids(DataQuality.INCOMPLETE)).containsExactly("m1");
    assertThat(reporter.report().summary().count()).isZero();
    assertThat(reporter.report().summary().mean()).isEmpty();
  }

  @Test
  void badSettingsAreRefusedWhenSet() {
    assertThatThrownBy(() -> Reporter.builder(SEED_000).topShare(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the top share must be above 0 and at most 1, got 0");
    assertThatThrownBy(() -> Reporter.builder(SEED_000).topShare(new BigDecimal("1.5")))
        .hasMessage("the top share must be above 0 and at most 1, got 1.5");
    assertThatThrownBy(() -> Reporter.builder(SEED_000).groupBy(GroupBy.subject(), GroupBy.subject()))
        .isInstanceOf(AnalyticsException.class).hasMessageContaining("subject");
    assertThatThrownBy(() -> Reporter.builder(SEED_000)
        .periodRules(List.of(StreakRule.of("three-c", "C", 3, PeriodUnit.MONTH))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period rule three-c names grade `C`, which rubric `crm-service-quality` does not have");
    assertThatThrownBy(() -> Reporter.builder(null)).isInstanceOf(NullPointerException.class).hasMessage("rubric");
  }

  @Test
  void reportersOfOtherSettingsDoNotMerge() {
    Reporter byTeam = Reporter.builder(SEED_000).groupBy(GroupBy.tag("team")).build();
    assertThatThrownBy(() -> bySubject().addAll(byTeam)).isInstanceOf(AnalyticsException.class)
        .hasMessageContaining("grouped by [tag.team]").hasMessageContaining("build both with the same settings");
  }

  @Test
  void externalKpisAreListedUnmeasured() {
    Kpi external = Kpi.builder("nps").of("external.nps").target("[40, 100]").build();
    Report r = Reporter.builder(SEED_000).kpis(List.of(external)).build()
        .add(AnalyticsFixtures.seed000("e1", "agent-1", "2024-07-03", 5)).report();
    assertThat(r.kpis()).singleElement().satisfies(k -> {
      assertThat(k.kpi()).isEqualTo(external);
      assertThat(k.measured()).isFalse();
    });
    assertThat(r.groups().get(0).kpis()).singleElement().extracting(KpiOutcome::measured).isEqualTo(false);
  }

  @Property(tries = 60)
  void mergingReportersOfTwoPartsEqualsOneReporterOfAll(
      @ForAll("evaluations") @Size(max = 30) List<Evaluation> evaluations, @ForAll @IntRange(max = 30) int cut) {
    int at = Math.min(cut, evaluations.size());
    Reporter.Builder settings = Reporter.builder(SEED_000).groupBy(GroupBy.tag("team"), GroupBy.period(PeriodUnit.QUARTER));
    Reporter whole = settings.build();
    evaluations.forEach(whole::add);
    Reporter first = settings.build();
    Reporter second = settings.build();
    evaluations.subList(0, at).forEach(first::add);
    evaluations.subList(at, evaluations.size()).forEach(second::add);
    assertSameReport(first.addAll(second).report(), whole.report());
    assertSameReport(evaluations.parallelStream().collect(settings.collector()), whole.report());
  }

  @Provide
  Arbitrary<List<Evaluation>> evaluations() {
    return AnalyticsFixtures.seed000Evaluations().list();
  }

  private static void assertSameReport(Report actual, Report expected) {
    assertThat(actual.summary()).isEqualTo(expected.summary());
    assertThat(new ArrayList<>(actual.groups())).isEqualTo(new ArrayList<>(expected.groups()));
    assertThat(new ArrayList<>(actual.trend())).isEqualTo(new ArrayList<>(expected.trend()));
    assertThat(new ArrayList<>(actual.ranking())).isEqualTo(new ArrayList<>(expected.ranking()));
    assertThat(actual.quality()).isEqualTo(expected.quality());
    assertThat(actual.groupExclusions()).isEqualTo(expected.groupExclusions());
    assertThat(actual.distribution()).isEqualTo(expected.distribution());
  }
}
