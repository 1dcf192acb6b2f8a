package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.internal.RuleChecks;
import org.rubric4j.internal.ValueText;
import org.rubric4j.rule.DeductionRule;
import org.rubric4j.rule.ScoringRule;
import org.rubric4j.rule.StepCounting;

/**
 * Describes a {@link DeductionRule}:
 * {@code .max(20).target("<= 30s").step("10s").deduct(2).zero("> 60s")}.
 *
 * <p>{@code max}, {@code target}, {@code step} and {@code deduct} are required.
 */
public final class DeductionBuilder {

  private final Measure measure;
  private final String indicatorPath;
  private final String path;
  private final List<Problem> parseProblems;
  private BigDecimal max;
  private Optional<Interval> target = Optional.empty();
  private boolean targetGiven;
  private Optional<Quantity> step = Optional.empty();
  private boolean stepGiven;
  private BigDecimal deduct;
  private Optional<Interval> zero = Optional.empty();
  private boolean zeroUnreadable;
  private StepCounting counting = StepCounting.STARTED;

  DeductionBuilder(Measure measure, String indicatorPath, List<Problem> parseProblems) {
    this.measure = measure;
    this.indicatorPath = indicatorPath;
    this.path = ProblemSink.join(indicatorPath, "deduction");
    this.parseProblems = parseProblems;
  }

  /** The points within the target. */
  public DeductionBuilder max(BigDecimal max) {
    this.max = Objects.requireNonNull(max, "max");
    return this;
  }

  /** The points within the target. */
  public DeductionBuilder max(long max) {
    return max(BigDecimal.valueOf(max));
  }

  /** The values that earn the maximum, such as {@code "<= 30s"} or {@code ">= 85%"}. */
  public DeductionBuilder target(String target) {
    targetGiven = true;
    this.target = readInterval("target", Objects.requireNonNull(target, "target"));
    return this;
  }

  /** The values that earn the maximum. */
  public DeductionBuilder target(Interval target) {
    targetGiven = true;
    this.target = Optional.of(Objects.requireNonNull(target, "target"));
    return this;
  }

  /** The size of one step beyond the target, such as {@code "10s"} or {@code "1%"}. */
  public DeductionBuilder step(String step) {
    stepGiven = true;
    Objects.requireNonNull(step, "step");
    try {
      this.step = Optional.of(measure.parse(step));
    } catch (InvalidValueException e) {
      parseProblems.add(Problem.error(ProblemSink.join(path, "step"), "invalid-value", e.getMessage()));
      this.step = Optional.empty();
    }
    return this;
  }

  /** The size of one step beyond the target. */
  public DeductionBuilder step(Quantity step) {
    stepGiven = true;
    this.step = Optional.of(Objects.requireNonNull(step, "step"));
    return this;
  }

  /** The points each step costs. */
  public DeductionBuilder deduct(BigDecimal deduct) {
    this.deduct = Objects.requireNonNull(deduct, "deduct");
    return this;
  }

  /** The points each step costs. */
  public DeductionBuilder deduct(long deduct) {
    return deduct(BigDecimal.valueOf(deduct));
  }

  /** Values that score 0 whatever the steps, such as {@code "> 60s"}. */
  public DeductionBuilder zero(String zero) {
    this.zero = readInterval("zero", Objects.requireNonNull(zero, "zero"));
    zeroUnreadable = this.zero.isEmpty();
    return this;
  }

  /** Values that score 0 whatever the steps. */
  public DeductionBuilder zero(Interval zero) {
    this.zero = Optional.of(Objects.requireNonNull(zero, "zero"));
    zeroUnreadable = false;
    return this;
  }

  /** Whether started (the default) or only completed steps deduct. */
  public DeductionBuilder steps(StepCounting counting) {
    this.counting = Objects.requireNonNull(counting, "counting");
    return this;
  }

  private Optional<Interval> readInterval(String key, String text) {
    try {
      return Optional.of(Interval.parse(measure, text));
    } catch (InvalidValueException e) {
      parseProblems.add(Problem.error(ProblemSink.join(path, key), "invalid-value", e.getMessage()));
      return Optional.empty();
    }
  }

  Optional<ScoringRule> validate(ProblemSink sink) {
    int before = sink.errors().size();
    String wrongMeasure = RuleChecks.deductionMeasureProblem(measure);
    if (wrongMeasure != null) {
      sink.error(path, "deduction-measure", wrongMeasure);
      return Optional.empty();
    }
    require(sink, max != null, "max");
    require(sink, targetGiven, "target");
    require(sink, stepGiven, "step");
    require(sink, deduct != null, "deduct");
    sink.addAll(indicatorPath, RuleChecks.deduction(measure, max, target.orElse(null), step.orElse(null),
        deduct, zero.orElse(null)));
    if (sink.errors().size() > before || target.isEmpty() || step.isEmpty() || zeroUnreadable) {
      return Optional.empty();
    }
    return Optional.of(new DeductionRule(measure, max, target.get(), step.get(), deduct, zero, counting));
  }

  private void require(ProblemSink sink, boolean given, String key) {
    if (!given) {
      sink.error(path, "missing-" + key, "a deduction rule needs " + key);
    }
  }

  @Override
  public String toString() {
    return "deduction max " + (max == null ? "?" : ValueText.plain(max));
  }
}
