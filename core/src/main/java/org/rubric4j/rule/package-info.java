/**
 * The scoring rules: how one indicator turns a measured value into points.
 *
 * <p>{@link org.rubric4j.rule.ScoringRule} is sealed: {@link org.rubric4j.rule.BandRule} (the band
 * whose interval holds the value), {@link org.rubric4j.rule.LevelRule} (a reviewer's chosen level),
 * {@link org.rubric4j.rule.DeductionRule} (full points within a target, minus a deduction per step
 * beyond it) and {@link org.rubric4j.rule.OccurrenceRule} (minus a deduction per occurrence, zero at
 * a count). Each rule is an immutable record that checks its own invariants once, in one place, and
 * reports them with the same wording whether it is built directly or through the rubric builder.
 * {@link org.rubric4j.rule.RuleScore} is what a rule gives for one value: points and the text that
 * explains them.
 *
 * <p>Rules are usually added through {@link org.rubric4j.IndicatorBuilder} ({@code bands(...)},
 * {@code levels()}, {@code deduction(...)}, {@code occurrences()}), which collects every problem of
 * the rubric with its path instead of failing at the first.
 */
package org.rubric4j.rule;
