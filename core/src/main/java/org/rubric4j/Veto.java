package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.internal.ValueText;

/**
 * A rule that overrides the score after scoring: "review manipulation → unqualified", a
 * contact centre's critical (auto-fail) item.
 *
 * <p>When it fires, the total becomes {@code score} and the grade {@code grade} (default the
 * lowest grade); the evaluation keeps the total before vetoes and still reports every
 * dimension. A veto that {@code keepsScore} ({@code score: keep}) leaves the total as scored and
 * imposes only the grade (evaluagent's "show calculated result, outcome fail"); it applies to the
 * whole rubric. A veto scoped to a dimension drops only that dimension to {@code score} (on the
 * rubric's scale) and the total is recomputed. When several fire, a veto that imposes a score
 * wins over one that keeps it, and of those the lowest score (the first of equals). Immutable and
 * thread-safe.
 *
 * @param id unique among the vetoes
 * @param name display name; empty when none
 * @param trigger when it fires
 * @param grade the grade it imposes; empty for the lowest grade
 * @param score the score it imposes, in [0, scale]
 * @param scope the id of the dimension it drops; empty for the whole rubric
 * @param keepsScore whether the total stays as scored ({@code score: keep}); then {@code score}
 *     is 0 and unused
 */
public record Veto(String id, Optional<String> name, Trigger trigger, Optional<String> grade,
    BigDecimal score, Optional<String> scope, boolean keepsScore) {

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
    if (keepsScore && (score.signum() != 0 || scope.isPresent())) {
      throw new IllegalArgumentException("veto " + id + " keeps the score, so it imposes none"
          + (scope.isPresent() ? " and applies to the whole rubric, not to dimension " + scope.get() : ""));
    }
  }

  /** A veto that imposes {@code score}: the canonical constructor with {@code keepsScore} false. */
  public Veto(String id, Optional<String> name, Trigger trigger, Optional<String> grade, BigDecimal score,
      Optional<String> scope) {
    this(id, name, trigger, grade, score, scope, false);
  }

  /** What makes a veto fire. */
  public sealed interface Trigger permits OnFlag, OnScoreBelow, OnAnswer {}

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

  /**
   * Fires when the indicator {@code indicator} is scored and its answer is one of {@code in}: the
   * level of a {@code levels} rule, the band's score of a {@code bands} rule, the points of any
   * other (an auto-fail option, as Amazon Connect's and Genesys' fatal questions).
   *
   * @param indicator the indicator's id
   * @param in the answers that fire it, at least one
   */
  public record OnAnswer(String indicator, List<BigDecimal> in) implements Trigger {
    /** Checks both parts are present, copies the answers and makes them canonical. */
    public OnAnswer {
      Objects.requireNonNull(indicator, "indicator");
      in = Objects.requireNonNull(in, "in").stream().map(a -> ValueText.canonical(Objects.requireNonNull(a, "answer")))
          .toList();
      if (in.isEmpty()) {
        throw new IllegalArgumentException("a veto on the answer of " + indicator + " needs at least one answer");
      }
    }

    /** Whether {@code points} is one of the answers. */
    public boolean holds(BigDecimal points) {
      for (BigDecimal a : in) {
        if (a.compareTo(points) == 0) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return indicator + " in [" + String.join(", ", in.stream().map(ValueText::plain).toList()) + "]";
    }
  }

  /** The name, or the id when there is no name. */
  public String displayName() {
    return name.orElse(id);
  }
}
