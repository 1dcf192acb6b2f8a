package org.rubric4j.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rubric4j.Evaluation;
import org.rubric4j.analytics.Aggregator;
import org.rubric4j.analytics.DataQuality;
import org.rubric4j.analytics.GroupBy;
import org.rubric4j.analytics.StreakRule;

/**
 * The aggregates a reporter fills: all evaluations, the groups, the trend, the subjects (for
 * the ranking; the groups themselves when grouped by subject alone, since a copy doubled the
 * heap with 400 000 subjects), one per period rule, the data quality and the totals' tenths.
 */
final class State {

  final Aggregator overall;
  final Aggregator groups;
  final Aggregator trend;
  final Aggregator subjects;
  final Map<StreakRule, Aggregator> streaks;
  DataQuality quality;
  /** How many totals fell in each tenth of the scale, the lowest first (the last tenth includes the scale). */
  final long[] tenths;

  private State(Aggregator overall, Aggregator groups, Aggregator trend, Aggregator subjects,
      Map<StreakRule, Aggregator> streaks, DataQuality quality, long[] tenths) {
    this.overall = overall;
    this.groups = groups;
    this.trend = trend;
    this.subjects = subjects;
    this.streaks = streaks;
    this.quality = quality;
    this.tenths = tenths;
  }

  static State empty(Settings s) {
    Aggregator groups = Aggregator.groupingBy(s.groupBy());
    Map<StreakRule, Aggregator> streaks = new LinkedHashMap<>();
    for (StreakRule r : s.periodRules()) {
      streaks.put(r, Aggregator.groupingBy(GroupBy.subject(), GroupBy.period(r.unit())));
    }
    return new State(Aggregator.groupingBy(), groups, Aggregator.groupingBy(GroupBy.period(s.trendUnit())),
        s.groupsAreSubjects() ? groups : Aggregator.groupingBy(GroupBy.subject()), streaks, DataQuality.empty(),
        new long[10]);
  }

  /** An independent copy, with the groups still serving as the subjects when they did. */
  State copy() {
    Aggregator groupsCopy = groups.copy();
    Map<StreakRule, Aggregator> streaksCopy = new LinkedHashMap<>();
    streaks.forEach((r, a) -> streaksCopy.put(r, a.copy()));
    return new State(overall.copy(), groupsCopy, trend.copy(), subjects == groups ? groupsCopy : subjects.copy(),
        streaksCopy, quality, tenths.clone());
  }

  void add(Evaluation e, BigDecimal scale) {
    overall.add(e);
    int tenth = e.total().multiply(BigDecimal.TEN).divide(scale, 0, RoundingMode.FLOOR).intValue();
    tenths[Math.max(0, Math.min(9, tenth))]++;
    groups.add(e);
    trend.add(e);
    if (subjects != groups) {
      subjects.add(e);
    }
    streaks.values().forEach(a -> a.add(e));
    quality = quality.withAccepted(1);
  }

  void addAll(State other) {
    overall.addAll(other.overall);
    groups.addAll(other.groups);
    trend.addAll(other.trend);
    if (subjects != groups) {
      subjects.addAll(other.subjects);
    }
    streaks.forEach((r, a) -> a.addAll(other.streaks.get(r)));
    quality = quality.merge(other.quality);
    for (int i = 0; i < tenths.length; i++) {
      tenths[i] += other.tenths[i];
    }
  }
}
