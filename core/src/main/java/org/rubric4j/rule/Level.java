package org.rubric4j.rule;

import java.util.Objects;
import org.rubric4j.InvalidValueException;
import org.rubric4j.internal.RuleChecks;

/**
 * One level a reviewer may pick, with the anchor text that says when it applies
 * ({@code 5: 方案超出客户预期}).
 *
 * @param value the level, at least 0
 * @param anchor the description of this level; may be empty
 */
public record Level(int value, String anchor) {

  /** Checks the level is not negative. */
  public Level {
    Objects.requireNonNull(anchor, "anchor");
    String problem = RuleChecks.levelProblem(value);
    if (problem != null) {
      throw InvalidValueException.of(Integer.toString(value), problem);
    }
  }

  @Override
  public String toString() {
    return anchor.isEmpty() ? Integer.toString(value) : value + " " + anchor;
  }
}
