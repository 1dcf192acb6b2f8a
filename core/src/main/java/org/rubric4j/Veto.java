package org.rubric4j;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.internal.ValueText;

/**
 * A rule that overrides the score after scoring: "review manipulation → unqualified", a
 * contact centre's critical (auto-fail) item.
 *
 * <p>When it fires, the total becomes {@code score} and the grade {@code grade} (default the
 * lowest grade); the evaluation keeps the total before vetoes and still reports every
 * dimension. A veto scoped to a dimension drops only that dimension to {@code score} (on the
 * rubric's scale) and the total is recomputed. Immutable and thread-safe.
 *
 * @param id unique among the vetoes
 * @param name display name; empty when none
 * @param trigger when it fires
 * @param grade the grade it imposes; empty for the lowest grade
 * @param score the score it imposes, in [0, scale]
 * @param scope the id of the dimension it drops; empty for the whole rubric
 */
public record Veto(String id, Optional<String> name, Trigger trigger, Optional<String> grade,
    BigDecimal score, Optional<String> scope) {

  /** Checks the parts are present and the score is not negative. */
  public Veto {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(scope, "scope");
    if (score.signum() < 0) {
      throw InvalidValueException.of(score.toPlainString(),
          "a veto's score must be at least 0, was " + score.toPlainString());
    }
    score = ValueText.canonical(score);
  }

  /** What makes a veto fire. */
  public sealed interface Trigger permits OnFlag, OnScoreBelow {}

  /**
   * Fires when the observation's flag {@code flag} is true.
   *
   * @param flag the flag's id
   */
  public record OnFlag(String flag) implements Trigger {
    /** Checks the flag is named. */
    public OnFlag {
      Objects.requireNonNull(flag, "flag");
    }

    @Override
    public String toString() {
      return "flag " + flag;
    }
  }

  /**
   * Fires when the indicator {@code indicator} is applicable and scores below {@code below}.
   *
   * @param indicator the indicator's id
   * @param below the points under which it fires
   */
  public record OnScoreBelow(String indicator, BigDecimal below) implements Trigger {
    /** Checks both parts are present. */
    public OnScoreBelow {
      Objects.requireNonNull(indicator, "indicator");
      below = ValueText.canonical(Objects.requireNonNull(below, "below"));
    }

    @Override
    public String toString() {
      return indicator + " below " + ValueText.plain(below);
    }
  }

  /** The name, or the id when there is no name. */
  public String displayName() {
    return name.orElse(id);
  }
}
