package org.rubric4j;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The two partial scores of an evaluation under a rubric that marks indicators
 * {@code critical}: the same weighted mean as the total, on the rubric's scale and rounded
 * half-up to its precision, over the critical indicators only and over the others only.
 *
 * <p>Each mean renormalises the shares over the indicators of its kind that apply, as an
 * {@code n/a} does, so a critical item weighing 10 % of the rubric scores on its own scale. Vetoes
 * do not change either score: they say what the rules measured, the total says what the vetoes
 * made of it. Immutable.
 *
 * @param criticalScore over the critical indicators; empty when none of them applies
 * @param nonCriticalScore over the other indicators; empty when none of them applies
 */
public record CriticalScores(Optional<BigDecimal> criticalScore, Optional<BigDecimal> nonCriticalScore) {

  /** Checks both parts are present. */
  public CriticalScores {
    Objects.requireNonNull(criticalScore, "criticalScore");
    Objects.requireNonNull(nonCriticalScore, "nonCriticalScore");
  }
}
