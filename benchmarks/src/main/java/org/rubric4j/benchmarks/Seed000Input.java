package org.rubric4j.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import org.rubric4j.Measure;
import org.rubric4j.Observations;
import org.rubric4j.Quantity;

/**
 * One seed 000 evaluation as typed fields, for the hand-written baselines, and the same as
 * {@link Observations} for rubric4j. Both are built before measuring, so no benchmark parses.
 *
 * @param firstResponse first response time
 * @param resolution resolution time
 * @param fcr first-contact resolution as a fraction of one
 * @param solution solution quality level 1–5
 * @param clarity clarity level 1–5
 * @param expertise expertise level 1–5
 * @param emotion emotional care level 1–5
 * @param followUp follow-up level 1–5
 */
public record Seed000Input(Duration firstResponse, Duration resolution, BigDecimal fcr, int solution,
    int clarity, int expertise, int emotion, int followUp) {

  /**
   * The same evaluation as text, as a CSV reader hands its cells over ({@code 1h45m53s},
   * {@code 88.4%}, {@code 5}): the values a tool builds observations from.
   */
  public String[] asText() {
    return new String[] {org.rubric4j.Quantity.of(firstResponse).toString(), org.rubric4j.Quantity.of(resolution).toString(),
        org.rubric4j.Quantity.of(org.rubric4j.Measure.PERCENT, fcr).toString(), Integer.toString(solution),
        Integer.toString(clarity), Integer.toString(expertise), Integer.toString(emotion), Integer.toString(followUp)};
  }

  /** The same evaluation as typed observations. */
  public Observations toObservations(String id) {
    return Observations.builder(id)
        .value("first-response-time", Quantity.of(firstResponse))
        .value("resolution-time", Quantity.of(resolution))
        .value("first-contact-resolution", Quantity.of(org.rubric4j.Measure.PERCENT, fcr))
        .value("solution-quality", Quantity.level(solution))
        .value("clarity", Quantity.level(clarity))
        .value("expertise", Quantity.level(expertise))
        .value("emotion-care", Quantity.level(emotion))
        .value("follow-up-visit", Quantity.level(followUp))
        .build();
  }
}
