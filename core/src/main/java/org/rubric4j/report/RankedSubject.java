package org.rubric4j.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One subject of a report's ranking by mean total, higher first.
 *
 * @param subject the subject (an agent, a team)
 * @param rank its standard competition rank ("1224": ties share the best rank)
 * @param mean its mean total, rounded half-up to the rubric's precision
 * @param percentile its mid-rank percentile, exact (see {@link org.rubric4j.analytics.Ranking})
 * @param top whether it is within the report's top share, ties at the cut-off included
 */
public record RankedSubject(String subject, int rank, BigDecimal mean, BigDecimal percentile, boolean top) {

  /** Checks every part is present and the rank is at least 1. */
  public RankedSubject {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(percentile, "percentile");
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be at least 1, got " + rank);
    }
  }
}
