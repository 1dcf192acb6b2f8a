package org.rubric4j.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.rubric4j.PeriodUnit;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.GroupBy;
import org.rubric4j.analytics.ScoreCategories;
import org.rubric4j.analytics.StreakRule;

/** What a reporter was built with; the trend's unit is the grouping's period, or months. */
record Settings(Layout layout, List<GroupBy> groupBy, PeriodUnit trendUnit, List<StreakRule> periodRules,
    Optional<ScoreCategories> categories, BigDecimal topShare) {

  Rubric rubric() {
    return layout.rubric();
  }

  /** Whether the report's groups are the subjects alone, so the ranking reads them instead of a copy. */
  boolean groupsAreSubjects() {
    return groupBy.equals(List.of(GroupBy.subject()));
  }
}
