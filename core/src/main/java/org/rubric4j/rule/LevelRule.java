package org.rubric4j.rule;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Measure;
import org.rubric4j.Quantity;
import org.rubric4j.internal.RuleChecks;

/**
 * A reviewer picks one of the declared levels, and the level is the score: 1 of 1–5 is worth
 * 1 point, and its fraction is 1/5 under {@code normalize: ratio}.
 *
 * <p>Invariants: at least one level, no level twice, levels in ascending order.
 * {@link #maximum()} is the highest level. Immutable and thread-safe.
 *
 * @param levels the declared levels, ascending
 */
public record LevelRule(List<Level> levels) implements ScoringRule {

  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);

  /** Checks the invariants above and copies the levels in ascending order. */
  public LevelRule {
    levels = levels.stream().sorted(Comparator.comparingInt(Level::value)).toList();
    RuleChecks.requireNone(RuleChecks.levels(levels.stream().map(Level::value).toList()), levels.toString());
  }

  /** A rule with {@code levels}, in any order. */
  public static LevelRule of(List<Level> levels) {
    return new LevelRule(levels);
  }

  @Override
  public Measure measure() {
    return Measure.LEVEL;
  }

  @Override
  public BigDecimal maximum() {
    return BigDecimal.valueOf(levels.get(levels.size() - 1).value());
  }

  @Override
  public BigDecimal minimum() {
    return BigDecimal.valueOf(levels.get(0).value());
  }

  @Override
  public RuleScore score(Quantity value) {
    ScoringRule.requireMeasure(this, value);
    BigDecimal amount = value.amount();
    if (amount.compareTo(INT_MAX) <= 0 && amount.compareTo(INT_MIN) >= 0) {
      int chosen = amount.intValue(); // a level amount is always whole
      for (Level level : levels) {
        if (level.value() == chosen) {
          return RuleScore.of(level, amount);
        }
      }
    }
    throw InvalidValueException.of(value.toString(), "level " + value + " is not declared; "
        + "the levels are " + levels.stream().map(l -> Integer.toString(l.value()))
            .reduce((a, b) -> a + ", " + b).orElse(""));
  }

  @Override
  public String kind() {
    return "levels";
  }
}
