package org.rubric4j.rule;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.Measure;
import org.rubric4j.Quantity;
import org.rubric4j.internal.RuleChecks;
import org.rubric4j.internal.ValueText;

/**
 * Full points minus a deduction per occurrence, and zero once the count reaches
 * {@code zeroAt}: "15 points, minus 3 per record error, zero at three errors".
 *
 * <p>The value is a {@link Measure#COUNT}; the score is never below 0. Invariants:
 * {@code max} and {@code deduct} above 0, {@code zeroAt} at least 1 when given. Immutable
 * and thread-safe.
 *
 * @param max the points with no occurrence
 * @param deduct the points each occurrence costs
 * @param zeroAt the count from which the score is 0, when given
 */
public record OccurrenceRule(BigDecimal max, BigDecimal deduct, Optional<Integer> zeroAt)
    implements ScoringRule {

  /** Checks the invariants above. */
  public OccurrenceRule {
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(deduct, "deduct");
    Objects.requireNonNull(zeroAt, "zeroAt");
    RuleChecks.requireNone(RuleChecks.occurrences(max, deduct, zeroAt.orElse(null)),
        ValueText.plain(max) + " − " + ValueText.plain(deduct));
    max = ValueText.canonical(max);
    deduct = ValueText.canonical(deduct);
  }

  @Override
  public Measure measure() {
    return Measure.COUNT;
  }

  @Override
  public BigDecimal maximum() {
    return max;
  }

  @Override
  public BigDecimal minimum() {
    return BigDecimal.ZERO;
  }

  @Override
  public RuleScore score(Quantity value) {
    ScoringRule.requireMeasure(this, value);
    BigDecimal count = value.amount();
    if (zeroAt.isPresent() && count.compareTo(BigDecimal.valueOf(zeroAt.get())) >= 0) {
      return RuleScore.deferred(BigDecimal.ZERO, () -> times(count) + ", zero at " + zeroAt.get());
    }
    return RuleScore.deferred(max.subtract(deduct.multiply(count)).max(BigDecimal.ZERO),
        () -> times(count) + " × −" + ValueText.plain(deduct));
  }

  private static String times(BigDecimal count) {
    return ValueText.plain(count) + (count.compareTo(BigDecimal.ONE) == 0 ? " occurrence" : " occurrences");
  }

  @Override
  public String kind() {
    return "occurrences";
  }
}
