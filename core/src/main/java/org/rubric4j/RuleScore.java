package org.rubric4j;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a {@link ScoringRule} gave one value: the points and the reason in the rule's own terms.
 *
 * @param points the points awarded, between the rule's minimum and maximum
 * @param matched the band, level or step count that decided it, such as {@code (2h, 6h]},
 *     {@code 5 方案超出客户预期} or {@code 1 step beyond <= 30s}
 */
public record RuleScore(BigDecimal points, String matched) {

  /** Checks both parts are present and makes the points canonical. */
  public RuleScore {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(matched, "matched");
    points = org.rubric4j.internal.ValueText.canonical(points);
  }
}
