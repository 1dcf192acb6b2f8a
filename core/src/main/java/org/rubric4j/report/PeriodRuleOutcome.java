package org.rubric4j.report;

import java.util.List;
import java.util.Objects;
import org.rubric4j.analytics.StreakRule;

/**
 * A period rule of the report ("C in three consecutive months") and the subjects it matched.
 *
 * @param rule the rule as declared
 * @param matches each subject that met it, with the periods of the streak, in subject order
 */
public record PeriodRuleOutcome(StreakRule rule, List<StreakRule.Match> matches) {

  /** Checks the rule is present and copies the matches. */
  public PeriodRuleOutcome {
    Objects.requireNonNull(rule, "rule");
    matches = List.copyOf(matches);
  }
}
