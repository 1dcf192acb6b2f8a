package org.rubric4j.rule;

import java.math.BigDecimal;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Measure;
import org.rubric4j.Quantity;

/**
 * How an indicator turns one measured value into points. A closed set: a new kind is added
 * here and the compiler then finds every switch that must handle it.
 *
 * <ul>
 *   <li>{@link BandRule}: the value falls in exactly one band, whose score it gets;</li>
 *   <li>{@link LevelRule}: a reviewer picks one of the declared levels;</li>
 *   <li>{@link DeductionRule}: full points within a target, minus a deduction per step beyond it;</li>
 *   <li>{@link OccurrenceRule}: full points minus a deduction per occurrence;</li>
 *   <li>{@link ChecklistRule}: the points of the items a reviewer ticks, capped.</li>
 * </ul>
 *
 * <p>Every rule is immutable and thread-safe, and {@link #score} is a pure function.
 */
public sealed interface ScoringRule permits BandRule, LevelRule, DeductionRule, OccurrenceRule, ChecklistRule {

  /** The measure of the values this rule scores. */
  Measure measure();

  /** The highest score this rule gives: the indicator's maximum. */
  BigDecimal maximum();

  /** The lowest score this rule can give. */
  BigDecimal minimum();

  /**
   * Scores {@code value}.
   *
   * @throws InvalidValueException when the value cannot be scored: another measure, a value
   *     in no band, a level that is not declared
   */
  RuleScore score(Quantity value);

  /** The rule's key in rubric files: {@code bands}, {@code levels}, {@code deduction}, {@code occurrences}, {@code checklist}. */
  String kind();

  /** Refuses a value of another measure than the rule's. */
  static void requireMeasure(ScoringRule rule, Quantity value) {
    if (value.measure() != rule.measure()) {
      throw InvalidValueException.of(value.toString(), "\"" + value + "\" is a "
          + value.measure().key() + ", but this indicator measures a " + rule.measure().key());
    }
  }
}
