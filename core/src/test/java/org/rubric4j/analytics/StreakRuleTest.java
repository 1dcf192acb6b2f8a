package org.rubric4j.analytics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rubric4j.AnalyticsFixtures;
import org.rubric4j.Evaluation;
import org.rubric4j.PeriodUnit;
import org.rubric4j.ReportingPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seed 003: "连续2季度考核'需改进'者, 需参加专项培训". */
class StreakRuleTest {

  private static final StreakRule TRAINING = StreakRule.of("training", "needs-improvement", 2, PeriodUnit.QUARTER);

  /** A monthly assessment of 45 points (需改进: FCR below 75 % scores 0, five slips score 0) or 100. */
  private static Evaluation month(String subject, String month, boolean poor) {
    return AnalyticsFixtures.seed003(subject + "@" + month, subject, month, poor ? "74%" : "90%", poor ? 5 : 0);
  }

  @Test
  void twoPoorQuartersInARowSendAnAgentToTraining() {
    Aggregator quarters = Aggregator.groupingBy(GroupBy.subject(), GroupBy.period(PeriodUnit.QUARTER));
    // agent-1: poor in Q1 and Q2. agent-2: poor, fine, poor. agent-3: poor 2024-Q4 and 2025-Q1.
    // agent-4: poor Q1 and Q3, nothing in Q2.
    List.of(month("agent-1", "2024-02", true), month("agent-1", "2024-05", true),
        month("agent-2", "2024-01", true), month("agent-2", "2024-04", false), month("agent-2", "2024-07", true),
        month("agent-3", "2024-11", true), month("agent-3", "2025-01", true),
        month("agent-4", "2024-03", true), month("agent-4", "2024-09", true)).forEach(quarters::add);
    List<StreakRule.Match> matches = TRAINING.apply(quarters.groups(), AnalyticsFixtures.SEED_003);
    assertThat(matches).extracting(StreakRule.Match::toString).containsExactly(
        "agent-1: training (2024-Q1 to 2024-Q2)", "agent-3: training (2024-Q4 to 2025-Q1)");
  }

  @Test
  void aQuartersGradeIsTheGradeOfItsMeanTotal() {
    // 45 and 100 in one quarter: mean 72.5 is 合格, so the quarter is not 需改进.
    Aggregator quarters = Aggregator.groupingBy(GroupBy.subject(), GroupBy.period(PeriodUnit.QUARTER));
    List.of(month("a", "2024-01", true), month("a", "2024-02", false), month("a", "2024-04", true))
        .forEach(quarters::add);
    assertThat(TRAINING.apply(quarters.groups(), AnalyticsFixtures.SEED_003)).isEmpty();
  }

  @Test
  void aLongRunIsOneMatchWithAllItsPeriods() {
    Map<ReportingPeriod, String> grades = new TreeMap<>();
    for (String q : List.of("2024-Q1", "2024-Q2", "2024-Q3")) {
      grades.put(ReportingPeriod.parse(q), "needs-improvement");
    }
    assertThat(TRAINING.applyToGrades(Map.of("a", grades))).singleElement()
        .satisfies(m -> assertThat(m.periods()).hasSize(3));
    assertThat(StreakRule.of("r", "needs-improvement", 4, PeriodUnit.QUARTER).applyToGrades(Map.of("a", grades))).isEmpty();
  }

  @Test
  void badRulesAndInputsAreRefused() {
    assertThatThrownBy(() -> StreakRule.of("r", "g", 1, PeriodUnit.MONTH)).isInstanceOf(AnalyticsException.class)
        .hasMessage("rule r needs at least 2 consecutive periods, was 1");
    assertThatThrownBy(() -> TRAINING.applyToGrades(Map.of("a", Map.of(ReportingPeriod.parse("2024-03"), "x"))))
        .hasMessage("rule training counts quarters, but a has a grade for 2024-03, a month");
    Aggregator byMonth = Aggregator.groupingBy(GroupBy.subject(), GroupBy.period(PeriodUnit.MONTH))
        .add(month("a", "2024-01", true));
    assertThatThrownBy(() -> TRAINING.apply(byMonth.groups(), AnalyticsFixtures.SEED_003))
        .hasMessage("rule training needs groups keyed by subject and period:quarter, was subject=a, period:month=2024-01");
  }
}
