package org.rubric4j.rule;

import java.math.BigDecimal;
import java.util.Objects;
import org.rubric4j.Interval;
import org.rubric4j.InvalidValueException;
import org.rubric4j.internal.RuleChecks;
import org.rubric4j.internal.ValueText;

/**
 * One band of a {@link BandRule}: a value in {@code range} scores {@code score}.
 *
 * @param score the points, at least 0
 * @param range the values that earn them
 */
public record Band(BigDecimal score, Interval range) {

  /** Checks the score is not negative and makes it canonical. */
  public Band {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(range, "range");
    String problem = RuleChecks.bandScoreProblem(score);
    if (problem != null) {
      throw InvalidValueException.of(score.toPlainString(), problem);
    }
    score = ValueText.canonical(score);
  }

  /** The band scoring {@code score} for values in {@code range}. */
  public static Band of(BigDecimal score, Interval range) {
    return new Band(score, range);
  }

  @Override
  public String toString() {
    return ValueText.plain(score) + " for " + range;
  }
}
