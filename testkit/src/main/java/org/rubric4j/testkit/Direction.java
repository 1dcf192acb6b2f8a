package org.rubric4j.testkit;

/**
 * Which way along an indicator's measure is better, as its author declares it: the direction
 * in which {@link RubricProperties#scoreIsMonotonic} expects the score never to drop.
 */
public enum Direction {
  /** A higher value never scores less: resolution rate, satisfaction level. */
  HIGHER_IS_BETTER,
  /** A lower value never scores less: response time, error count. */
  LOWER_IS_BETTER;

  /** {@code higher is better} or {@code lower is better}, for messages. */
  public String words() {
    return this == HIGHER_IS_BETTER ? "higher is better" : "lower is better";
  }
}
