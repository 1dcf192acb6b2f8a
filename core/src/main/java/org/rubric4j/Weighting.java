package org.rubric4j;

import java.util.Objects;

/**
 * How the children of the rubric or of a dimension share it: set on the rubric (for every level
 * below) or on a dimension (for its children and their descendants, until another dimension says
 * otherwise). The default is {@link #DECLARED}.
 */
public enum Weighting {
  /** Siblings' weights are percentages or fractions adding up to exactly 100 %, or none are given (equal shares). */
  DECLARED,
  /**
   * Siblings' weights are non-negative numbers of any size (Zendesk QA's integer weights, Genesys'
   * group weights): a child's share is its weight over the sum of its applicable siblings'
   * weights. All or none are given; weight 0 counts for nothing; all 0 is an error.
   */
  RELATIVE,
  /**
   * No weights: a child's share is its maximum points over the sum of its applicable siblings'
   * maxima, so the score is earned points over possible points (MaestroQA's total points, Amazon
   * Connect's points mode). A dimension's maximum is the sum of its children's maxima.
   */
  POINTS;

  /** The key in rubric files: {@code declared}, {@code relative} or {@code points}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The weighting of {@code key}.
   *
   * @throws InvalidValueException when {@code key} is not {@code declared}, {@code relative} or {@code points}
   */
  public static Weighting ofKey(String key) {
    Objects.requireNonNull(key, "key");
    for (Weighting w : values()) {
      if (w.key().equals(key.strip())) {
        return w;
      }
    }
    throw InvalidValueException.of(key, "weighting must be declared, relative or points, was " + key.strip()
        + org.rubric4j.internal.Text.didYouMean(key.strip(), java.util.List.of("declared", "relative", "points")));
  }
}
