package org.rubric4j;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.internal.RuleChecks;
import org.rubric4j.rule.OccurrenceRule;
import org.rubric4j.rule.ScoringRule;

/**
 * Describes an {@link OccurrenceRule}: {@code .max(15).deduct(3).zeroAt(3)}.
 *
 * <p>{@code max} and {@code deduct} are required.
 */
public final class OccurrencesBuilder {

  private final String indicatorPath;
  private final String path;
  private BigDecimal max;
  private BigDecimal deduct;
  private Integer zeroAt;

  OccurrencesBuilder(String indicatorPath) {
    this.indicatorPath = indicatorPath;
    this.path = ProblemSink.join(indicatorPath, "occurrences");
  }

  /** The points with no occurrence. */
  public OccurrencesBuilder max(BigDecimal max) {
    this.max = Objects.requireNonNull(max, "max");
    return this;
  }

  /** The points with no occurrence. */
  public OccurrencesBuilder max(long max) {
    return max(BigDecimal.valueOf(max));
  }

  /** The points each occurrence costs. */
  public OccurrencesBuilder deduct(BigDecimal deduct) {
    this.deduct = Objects.requireNonNull(deduct, "deduct");
    return this;
  }

  /** The points each occurrence costs. */
  public OccurrencesBuilder deduct(long deduct) {
    return deduct(BigDecimal.valueOf(deduct));
  }

  /** The count from which the score is 0. */
  public OccurrencesBuilder zeroAt(int zeroAt) {
    this.zeroAt = zeroAt;
    return this;
  }

  Optional<ScoringRule> validate(ProblemSink sink) {
    int before = sink.errors().size();
    if (max == null) {
      sink.error(path, "missing-max", "an occurrences rule needs max");
    }
    if (deduct == null) {
      sink.error(path, "missing-deduct", "an occurrences rule needs deduct");
    }
    sink.addAll(indicatorPath, RuleChecks.occurrences(max, deduct, zeroAt));
    if (sink.errors().size() > before) {
      return Optional.empty();
    }
    return Optional.of(new OccurrenceRule(max, deduct, Optional.ofNullable(zeroAt)));
  }
}
