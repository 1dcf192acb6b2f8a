/**
 * Tools for the people who review and maintain a rubric.
 *
 * <p>{@link org.rubric4j.review.Calibration} measures agreement between reviewers who rated the same
 * interactions ({@link org.rubric4j.review.Rating}), per level indicator, with
 * {@link org.rubric4j.review.Agreement}'s coefficients (Krippendorff's alpha, weighted Cohen's kappa).
 * {@link org.rubric4j.review.Coach} finds, for one evaluation, the smallest change of each indicator
 * that reaches its next band and the cheapest set of changes that reaches the next grade.
 * {@link org.rubric4j.review.VersionReplay} re-scores stored observations under two versions of a
 * rubric and reports who changes grade and by how much, before the new version goes live.
 */
package org.rubric4j.review;
