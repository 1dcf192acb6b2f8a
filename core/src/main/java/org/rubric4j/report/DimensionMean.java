package org.rubric4j.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A leaf dimension's mean score in a group, on the rubric's scale.
 *
 * @param id the dimension's id
 * @param mean its mean rounded half-up to the rubric's precision; empty when the dimension was
 *     never scored in the group (not applicable every time)
 */
public record DimensionMean(String id, Optional<BigDecimal> mean) {

  /** Checks both parts are present. */
  public DimensionMean {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(mean, "mean");
  }
}
