package org.rubric4j.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import org.rubric4j.Measure;
import org.rubric4j.Observations;
import org.rubric4j.Quantity;

/**
 * One seed 003 monthly assessment as typed fields and as observations.
 *
 * @param firstResponse average first response
 * @param slips attitude violations found in the sample
 * @param fcr first-contact resolution as a fraction of one
 * @param recordErrors record errors found in the sample
 * @param recommendation recommendation rate as a fraction of one
 * @param fraud whether the review-manipulation flag is set
 */
public record Seed003Input(Duration firstResponse, int slips, BigDecimal fcr, int recordErrors,
    BigDecimal recommendation, boolean fraud) {

  /** The same assessment as typed observations. */
  public Observations toObservations(String id) {
    return Observations.builder(id)
        .value("first-response-time", Quantity.of(firstResponse))
        .value("emotion-management", Quantity.count(slips))
        .value("fcr", Quantity.of(Measure.PERCENT, fcr))
        .value("record-errors", Quantity.count(recordErrors))
        .value("recommendation-rate", Quantity.of(Measure.PERCENT, recommendation))
        .flag("review-manipulated", fraud)
        .build();
  }
}
