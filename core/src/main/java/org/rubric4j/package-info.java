/**
 * The rubric model, its builders, and evaluation: what a user of rubric4j learns first.
 *
 * <p>{@link org.rubric4j.Rubric#builder(String)} is the one entry point for building a rubric in
 * Java: dimensions nest to any depth, indicators hold one {@link org.rubric4j.rule.ScoringRule},
 * grades and vetoes hang off the rubric or a dimension. {@link org.rubric4j.Observations} holds what
 * one evaluation measured; {@link org.rubric4j.Rubric#evaluate(Observations)} gives an immutable
 * {@link org.rubric4j.Evaluation} with its total, grade, fired vetoes, a result per dimension and
 * indicator, and {@link org.rubric4j.Evaluation#explain()}.
 *
 * <p>Value types ({@link org.rubric4j.Interval}, {@link org.rubric4j.Quantity},
 * {@link org.rubric4j.Weight}, {@link org.rubric4j.ReportingPeriod}) are immutable, compare by
 * value, and their {@code toString()} is what their {@code parse} reads back. Every model type is
 * immutable and thread-safe; a {@code Rubric} is safe to share between threads and to serialise.
 * All arithmetic is exact decimal: a score is never a binary floating-point number.
 *
 * <p>Errors are unchecked and rooted at {@link org.rubric4j.RubricException}: definition problems
 * ({@link org.rubric4j.RubricDefinitionException}) carry every {@link org.rubric4j.Problem} of a
 * rubric at once, each with its path; observations that cannot be scored raise
 * {@link org.rubric4j.ObservationException}. The evaluation engine is package-private.
 */
package org.rubric4j;
