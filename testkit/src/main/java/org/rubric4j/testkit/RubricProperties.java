package org.rubric4j.testkit;

import org.rubric4j.Observations;
import org.rubric4j.Rubric;

/**
 * Ready-made checks of what must hold for a rubric, to call from a user's own jqwik
 * {@code @Property} (or a plain test). Each returns normally when the property holds and
 * otherwise throws a {@link RubricPropertyError} naming the counter-example in the rubric's
 * terms: the indicator, the value, the band or level it fell in, the score, the observations.
 *
 * <pre>{@code
 * @Property
 * void scoresBehave(@ForAll("observations") Observations o) {
 *   RubricProperties.allHold(MY_RUBRIC, o);            // total in [0, scale], determinism, contributions
 * }
 *
 * @Example
 * void slowerFirstResponsesNeverScoreMore() {
 *   RubricProperties.scoreIsMonotonic(MY_RUBRIC, "first-response-time", Direction.LOWER_IS_BETTER);
 * }
 * }</pre>
 *
 * <p>Checks that take observations expect them to be valid under the rubric (as
 * {@link RubricArbitraries#observationsFor} makes them); observations the rubric refuses fail
 * the check with the rubric's reason. Stateless and thread-safe.
 */
public final class RubricProperties {

  private RubricProperties() {}

  /** The checks per observation: {@link #totalIsWithinScale}, {@link #contributionsAddUpToTotal}, {@link #isDeterministic}. */
  public static void allHold(Rubric rubric, Observations observations) {
    totalIsWithinScale(rubric, observations);
    contributionsAddUpToTotal(rubric, observations);
    isDeterministic(rubric, observations);
  }

  /** The checks of the rubric alone: {@link #everyValueFallsInABand(Rubric)} and {@link #everyGradeIsReachable}. */
  public static void allHold(Rubric rubric) {
    everyValueFallsInABand(rubric);
    everyGradeIsReachable(rubric);
  }

  /**
   * The total and the total before vetoes lie in [0, scale]; so does every applicable
   * dimension's score; every applicable indicator scores between its rule's minimum and
   * maximum (an {@code n/a} counted as zero: between 0 and the maximum); with bonus items a
   * dimension's score may pass the scale, and the total too under {@code aboveScale: allowed}; and when the rubric has grades, the total has one.
   */
  public static void totalIsWithinScale(Rubric rubric, Observations observations) {
    EvaluationChecks.totalIsWithinScale(rubric, observations);
  }

  /**
   * The indicator {@code indicatorId} never scores less for a better value, in the declared
   * {@code direction}: its rule is scored on every edge of its bands, targets and steps, the
   * smallest step either side of each, the midpoints between them and values well beyond them,
   * and no better value may score less than a worse one.
   *
   * @throws IllegalArgumentException when the rubric has no such indicator
   */
  public static void scoreIsMonotonic(Rubric rubric, String indicatorId, Direction direction) {
    MonotonicityChecks.scoreIsMonotonic(rubric, indicatorId, direction);
  }

  /**
   * Within {@code observations}, moving the indicator {@code indicatorId} to a better value (in
   * {@code direction}) never lowers its score nor the total before vetoes: the other values stay
   * as they are while this one takes each of its rule's edge values in turn (at most 64).
   * Holds trivially when the indicator's {@code appliesWhen} conditions exclude these
   * observations.
   *
   * @throws IllegalArgumentException when the rubric has no such indicator
   */
  public static void scoreIsMonotonic(Rubric rubric, String indicatorId, Direction direction,
      Observations observations) {
    MonotonicityChecks.scoreIsMonotonic(rubric, indicatorId, direction, observations);
  }

  /**
   * Every value in the domain of each band rule falls in exactly one band: each band bound, the
   * smallest step either side of it, the midpoints between them, the measure's own ends and
   * values well beyond the outermost bound. The domain is the measure's (a duration from 0 up, a
   * percent in [0 %, 100 %], a count from 0 up); numbers and levels have no natural ends, so
   * their domain runs from the lowest to the highest band.
   */
  public static void everyValueFallsInABand(Rubric rubric) {
    RubricChecks.everyValueFallsInABand(rubric);
  }

  /**
   * Every value in the domain of the indicator {@code indicatorId}'s band rule falls in exactly
   * one band; see {@link #everyValueFallsInABand(Rubric)}. Holds trivially for other rule kinds.
   *
   * @throws IllegalArgumentException when the rubric has no such indicator
   */
  public static void everyValueFallsInABand(Rubric rubric, String indicatorId) {
    RubricChecks.everyValueFallsInABand(rubric, indicatorId);
  }

  /**
   * Every grade of the total is reached by some observations, or imposed by a rubric-wide veto
   * that can fire. Searches systematically: each indicator's distinct scores are climbed one
   * at a time from all-lowest to all-highest (so the totals seen rise in steps of at most one
   * score step of one indicator), each indicator alone when {@code n/a} allows, then 2,000
   * random combinations with a fixed seed. A grade the search misses is reported with the
   * nearest totals it did see.
   */
  public static void everyGradeIsReachable(Rubric rubric) {
    RubricChecks.everyGradeIsReachable(rubric);
  }

  /**
   * Scoring the same observations again, from a copy, and on another thread gives an equal
   * evaluation, digit for digit, with the same explanation.
   */
  public static void isDeterministic(Rubric rubric, Observations observations) {
    EvaluationChecks.isDeterministic(rubric, observations);
  }

  /**
   * The parts of the result add up: the top-level dimensions' contributions to the exact total,
   * each dimension's to the sum of its children's (unless a dimension veto replaced it), the
   * indicators' to the exact total when no dimension veto fired, and the rounded total is that
   * sum (capped at the scale unless {@code aboveScale: allowed}) rounded half-up when no veto fired; exactly, or to the 34 significant digits a
   * non-terminating contribution carries. The explanation names every indicator.
   */
  public static void contributionsAddUpToTotal(Rubric rubric, Observations observations) {
    EvaluationChecks.contributionsAddUpToTotal(rubric, observations);
  }
}
