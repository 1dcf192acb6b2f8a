package org.rubric4j.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rubric4j.PeriodUnit;
import org.rubric4j.ReportingPeriod;
import org.rubric4j.Rubric;

/**
 * A period rule: a subject whose grade is {@code grade} in {@code consecutive} periods of
 * {@code unit} in a row triggers {@code action}. Seed 003: "连续2季度考核'需改进'者, 需参加专项培训"
 * is {@code StreakRule.of("training", "needs-improvement", 2, PeriodUnit.QUARTER)}.
 *
 * <p>Consecutive means adjacent periods ({@code 2024-Q4} then {@code 2025-Q1}); a period with
 * no grade (no evaluation) breaks a streak, as does any other grade. Every maximal run of at
 * least {@code consecutive} periods is reported once, with all its periods, so a run of three
 * quarters is one match of three, not two overlapping matches.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the rule's id, such as {@code training}
 * @param grade the grade id that must repeat
 * @param consecutive how many periods in a row, at least 2
 * @param unit the length of the periods
 */
public record StreakRule(String id, String grade, int consecutive, PeriodUnit unit) {

  /** Checks every part is present and {@code consecutive} is at least 2. */
  public StreakRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(unit, "unit");
    if (consecutive < 2) {
      throw new AnalyticsException("rules." + id + ".consecutive", "rule " + id
          + " needs at least 2 consecutive periods, was " + consecutive);
    }
  }

  /** The rule "{@code grade} in {@code consecutive} periods of {@code unit} in a row". */
  public static StreakRule of(String id, String grade, int consecutive, PeriodUnit unit) {
    return new StreakRule(id, grade, consecutive, unit);
  }

  /**
   * One run that satisfies the rule.
   *
   * @param rule the rule's id
   * @param subject who
   * @param periods the periods of the run, in order
   */
  public record Match(String rule, String subject, List<ReportingPeriod> periods) {
    /** Checks every part is present and copies the periods. */
    public Match {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(subject, "subject");
      periods = List.copyOf(periods);
    }

    @Override
    public String toString() {
      return subject + ": " + rule + " (" + periods.get(0) + " to " + periods.get(periods.size() - 1) + ")";
    }
  }

  /**
   * Applies the rule to groups keyed by subject and period of this rule's unit (an
   * {@link Aggregator} grouping by {@code subject} and {@code period:UNIT}). A group's grade is
   * the rubric's grade of its mean total, rounded half-up to the rubric's precision, so a
   * quarter with one assessment has that assessment's grade.
   *
   * @throws AnalyticsException when the groups are not keyed by subject and this rule's period
   */
  public List<Match> apply(Map<GroupKey, Aggregate> groups, Rubric rubric) {
    Map<String, SortedMap<ReportingPeriod, String>> grades = new TreeMap<>();
    String periodKey = GroupBy.period(unit).key();
    groups.forEach((k, a) -> {
      String subject = k.subject().orElseThrow(() -> AnalyticsException.of("rule " + id
          + " needs groups keyed by subject and " + periodKey + ", was " + k));
      String period = k.get(periodKey).orElseThrow(() -> AnalyticsException.of("rule " + id
          + " needs groups keyed by subject and " + periodKey + ", was " + k));
      Optional<BigDecimal> mean = a.total().mean();
      mean.flatMap(m -> rubric.gradeOf(m.setScale(rubric.precision(), java.math.RoundingMode.HALF_UP)))
          .ifPresent(g -> grades.computeIfAbsent(subject, s -> new TreeMap<>()).put(ReportingPeriod.parse(period), g.id()));
    });
    return applyToGrades(grades);
  }

  /**
   * Applies the rule to each subject's grade per period.
   *
   * @throws AnalyticsException when a period is not of this rule's unit
   */
  public List<Match> applyToGrades(Map<String, ? extends Map<ReportingPeriod, String>> gradesBySubject) {
    List<Match> matches = new ArrayList<>();
    new TreeMap<>(gradesBySubject).forEach((subject, byPeriod) -> {
      List<ReportingPeriod> run = new ArrayList<>();
      for (Map.Entry<ReportingPeriod, String> e : new TreeMap<>(byPeriod).entrySet()) {
        ReportingPeriod p = e.getKey();
        if (p.unit() != unit) {
          throw AnalyticsException.of("rule " + id + " counts " + unit.key() + "s, but " + subject
              + " has a grade for " + p + ", a " + p.unit().key());
        }
        boolean continues = !run.isEmpty() && run.get(run.size() - 1).next().equals(p);
        if (!continues) {
          flush(subject, run, matches);
        }
        if (e.getValue().equals(grade)) {
          run.add(p);
        } else {
          flush(subject, run, matches);
        }
      }
      flush(subject, run, matches);
    });
    return List.copyOf(matches);
  }

  private void flush(String subject, List<ReportingPeriod> run, List<Match> matches) {
    if (run.size() >= consecutive) {
      matches.add(new Match(id, subject, run));
    }
    run.clear();
  }
}
