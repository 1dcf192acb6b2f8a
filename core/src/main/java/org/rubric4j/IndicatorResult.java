package org.rubric4j;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How one indicator scored in one {@link Evaluation}.
 *
 * <p>For an applicable indicator: the value, what matched (band, level, steps), the points
 * and the maximum. {@code weight} is its share among the applicable sibling indicators,
 * {@code effectiveWeight} its share of the whole total (the product of the shares on its path),
 * and {@code contribution} = points / maximum × effective weight × scale: the contributions
 * of all indicators add up to {@link Evaluation#unroundedTotal()} unless a dimension veto fired.
 * A not-applicable indicator has no score, weight 0 and contribution 0, and says why.
 * Contributions are exact unless their decimal expansion does not end, in which case they
 * carry 34 significant digits.
 *
 * @param id the indicator's id
 * @param name its display name
 * @param rule the kind of its scoring rule: {@code bands}, {@code levels}, {@code deduction} or {@code occurrences}
 * @param applicable whether it was scored
 * @param reason why it was not applicable; empty when it was
 * @param value the value scored; empty when not applicable, or when an {@code n/a} was counted
 *     as full marks or zero ({@code notApplicable: full-marks} or {@code zero}; {@code matched} says which)
 * @param matched what decided the points; empty when not applicable
 * @param score the points; empty when not applicable
 * @param max the rule's maximum
 * @param weight the share among applicable siblings
 * @param effectiveWeight the share of the whole total
 * @param contribution the points this indicator adds to the total, on the rubric's scale
 * @param evidence free-text evidence from the observations
 */
public record IndicatorResult(String id, String name, String rule, boolean applicable, Optional<String> reason,
    Optional<Quantity> value, Optional<String> matched, Optional<BigDecimal> score, BigDecimal max,
    BigDecimal weight, BigDecimal effectiveWeight, BigDecimal contribution, Optional<String> evidence) {

  /** Checks every part is present. */
  public IndicatorResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(matched, "matched");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(effectiveWeight, "effectiveWeight");
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(evidence, "evidence");
  }
}
