package org.rubric4j;

import java.util.Objects;
import java.util.Optional;
import org.rubric4j.rule.ScoringRule;

/**
 * A leaf of the rubric: one thing that is measured and the rule that scores it.
 *
 * <p>Immutable and thread-safe. Built through {@link RubricBuilder}; the builder checks
 * everything that involves other nodes (unique ids, weights summing to 100 %).
 *
 * @param id unique across the rubric's dimensions and indicators
 * @param name display name, such as {@code 首次响应时间}
 * @param description what is measured and how, when given
 * @param weight the share among sibling indicators, under its dimension's weighting; empty when
 *     the siblings share equally (or by points)
 * @param appliesWhen when given, the indicator applies only to observations that match
 * @param notApplicable what {@code n/a} means for this indicator, when it says so; empty when it
 *     inherits (see {@link Rubric#notApplicablePolicyOf})
 * @param critical whether the indicator counts towards {@link Evaluation#criticalScore()} instead
 *     of {@link Evaluation#nonCriticalScore()} (Genesys' critical questions); the total counts it
 *     like any other
 * @param bonus whether the indicator is a bonus item: it takes no share of its siblings' weights,
 *     and what it earns is added to its dimension after the others are combined (see
 *     {@link IndicatorBuilder#bonus()})
 * @param rule how a value becomes points
 */
public record Indicator(String id, Optional<String> name, Optional<String> description,
    Optional<Weight> weight, Optional<Condition> appliesWhen, Optional<NotApplicablePolicy> notApplicable,
    boolean critical, boolean bonus, ScoringRule rule) {

  /** Checks every part is present. */
  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(appliesWhen, "appliesWhen");
    Objects.requireNonNull(notApplicable, "notApplicable");
    Objects.requireNonNull(rule, "rule");
  }

  /** An indicator that is neither critical nor a bonus. */
  public Indicator(String id, Optional<String> name, Optional<String> description,
      Optional<Weight> weight, Optional<Condition> appliesWhen, Optional<NotApplicablePolicy> notApplicable,
      ScoringRule rule) {
    this(id, name, description, weight, appliesWhen, notApplicable, false, false, rule);
  }

  /** The name, or the id when there is no name. */
  public String displayName() {
    return name.orElse(id);
  }
}
