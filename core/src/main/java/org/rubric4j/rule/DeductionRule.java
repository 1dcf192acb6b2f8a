package org.rubric4j.rule;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.Interval;
import org.rubric4j.Measure;
import org.rubric4j.Quantity;
import org.rubric4j.internal.RuleChecks;
import org.rubric4j.internal.ValueText;

/**
 * Full points within a target, minus a fixed deduction per step beyond it, and zero in an
 * optional cut-off: "first response ≤ 30 s scores 20, each 10 s over deducts 2, over 60 s
 * scores 0"; "FCR ≥ 85 % scores 30, each 1 % below deducts 1, below 75 % scores 0".
 *
 * <p>The distance beyond the target is measured to its nearest end. With
 * {@link StepCounting#STARTED} every started step counts, and a value on an exclusive end of
 * the target counts as one step; with {@link StepCounting#COMPLETED} only whole steps do.
 * The score is never below 0. Invariants: {@code max}, {@code step} and {@code deduct} above
 * 0; target, step and zero on the rule's measure; the zero interval does not meet the target.
 * Immutable and thread-safe.
 *
 * @param measure the measure of the scored values (not level or flag)
 * @param max the points within the target
 * @param target the values that earn {@code max}
 * @param step the size of one step beyond the target, on the rule's measure
 * @param deduct the points each step costs
 * @param zero values that score 0 whatever the steps, when given
 * @param counting whether started or only completed steps deduct
 */
public record DeductionRule(Measure measure, BigDecimal max, Interval target, Quantity step,
    BigDecimal deduct, Optional<Interval> zero, StepCounting counting) implements ScoringRule {

  /** Checks the invariants above. */
  public DeductionRule {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(deduct, "deduct");
    Objects.requireNonNull(zero, "zero");
    Objects.requireNonNull(counting, "counting");
    max = ValueText.canonical(max);
    deduct = ValueText.canonical(deduct);
    RuleChecks.requireNone(RuleChecks.deduction(measure, max, target, step, deduct, zero.orElse(null)),
        target.toString());
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
    BigDecimal amount = value.amount();
    if (zero.isPresent() && zero.get().contains(amount)) {
      return RuleScore.deferred(BigDecimal.ZERO, () -> "in " + zero.get() + " → 0");
    }
    if (target.contains(amount)) {
      return RuleScore.deferred(max, () -> "within " + target);
    }
    BigInteger steps = steps(amount);
    BigDecimal points = max.subtract(deduct.multiply(new BigDecimal(steps))).max(BigDecimal.ZERO);
    return RuleScore.deferred(points, () -> steps + (steps.equals(BigInteger.ONE) ? " step" : " steps")
        + " of " + step + " beyond " + target);
  }

  /** How many steps {@code amount}, outside the target, lies beyond it. */
  private BigInteger steps(BigDecimal amount) {
    BigDecimal distance;
    if (target.isBelow(amount)) {
      distance = target.lower().amountOrNull().subtract(amount);
    } else {
      distance = amount.subtract(target.upper().amountOrNull());
    }
    BigDecimal ratio = distance.divide(step.amount(), 0,
        counting == StepCounting.STARTED ? RoundingMode.CEILING : RoundingMode.FLOOR);
    BigInteger steps = ratio.toBigIntegerExact();
    return counting == StepCounting.STARTED && steps.signum() == 0 ? BigInteger.ONE : steps;
  }

  @Override
  public String kind() {
    return "deduction";
  }

}
