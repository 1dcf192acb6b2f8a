package org.rubric4j;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes one {@link Veto}: {@code v -> v.name("刷好评").whenFlag("review-manipulated").grade("needs-improvement")}.
 *
 * <p>Exactly one trigger ({@link #whenFlag}, {@link #whenScoreBelow} or {@link #whenAnswerIn}) is required; the
 * flags, indicators, grades and dimensions it names are checked by {@link RubricBuilder#build()}.
 */
public final class VetoBuilder {

  private final String id;
  private final String path;
  private Optional<String> name = Optional.empty();
  private int triggers;
  private Veto.Trigger trigger;
  private Optional<String> grade = Optional.empty();
  private BigDecimal score = BigDecimal.ZERO;
  private Optional<String> scope = Optional.empty();
  private boolean keepsScore;
  private final java.util.List<Problem> parseProblems;

  VetoBuilder(String id, String path, java.util.List<Problem> parseProblems) {
    this.id = Objects.requireNonNull(id, "id");
    this.path = path;
    this.parseProblems = parseProblems;
  }

  /** The display name, such as {@code 刷好评或引导客户修改评价}. */
  public VetoBuilder name(String name) {
    this.name = Optional.of(Objects.requireNonNull(name, "name"));
    return this;
  }

  /** Fires when the observation's flag {@code flag} is true. */
  public VetoBuilder whenFlag(String flag) {
    trigger = new Veto.OnFlag(Objects.requireNonNull(flag, "flag"));
    triggers++;
    return this;
  }

  /** Fires when the indicator {@code indicator} scores below {@code below}. */
  public VetoBuilder whenScoreBelow(String indicator, BigDecimal below) {
    trigger = new Veto.OnScoreBelow(Objects.requireNonNull(indicator, "indicator"),
        Objects.requireNonNull(below, "below"));
    triggers++;
    return this;
  }

  /** Fires when the indicator {@code indicator} scores below {@code below}. */
  public VetoBuilder whenScoreBelow(String indicator, long below) {
    return whenScoreBelow(indicator, BigDecimal.valueOf(below));
  }

  /**
   * Fires when the indicator {@code indicator} is scored and its answer (a level, a band's score,
   * or points) is one of {@code answers}: an auto-fail option.
   */
  public VetoBuilder whenAnswerIn(String indicator, java.util.List<BigDecimal> answers) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(answers, "answers");
    if (answers.isEmpty()) {
      parseProblems.add(Problem.error(ProblemSink.join(path, "in"), "invalid-value",
          "veto " + id + " on the answer of " + indicator + " lists no answer; give at least one"));
      triggers++;
      return this;
    }
    trigger = new Veto.OnAnswer(indicator, answers);
    triggers++;
    return this;
  }

  /** Fires when the indicator {@code indicator}'s answer is one of {@code answers}, such as level 0. */
  public VetoBuilder whenAnswerIn(String indicator, long... answers) {
    Objects.requireNonNull(answers, "answers");
    return whenAnswerIn(indicator, java.util.Arrays.stream(answers).mapToObj(BigDecimal::valueOf).toList());
  }

  /** The grade it imposes (default: the lowest grade). */
  public VetoBuilder grade(String grade) {
    this.grade = Optional.of(Objects.requireNonNull(grade, "grade"));
    return this;
  }

  /** The score it imposes (default 0). */
  public VetoBuilder score(BigDecimal score) {
    this.score = Objects.requireNonNull(score, "score");
    this.keepsScore = false;
    return this;
  }

  /**
   * Keeps the total as scored and imposes only the grade ({@code score: keep}): the evaluation
   * still lists the veto. Applies to the whole rubric.
   */
  public VetoBuilder keepScore() {
    this.score = BigDecimal.ZERO;
    this.keepsScore = true;
    return this;
  }

  /** The score it imposes, written as a number, or {@code keep} for {@link #keepScore()}. */
  public VetoBuilder score(String score) {
    Objects.requireNonNull(score, "score");
    if (score.strip().equals("keep")) {
      return keepScore();
    }
    try {
      return score(new BigDecimal(score.strip()));
    } catch (NumberFormatException e) {
      parseProblems.add(Problem.error(ProblemSink.join(path, "score"), "invalid-value", "veto " + id + " score "
          + org.rubric4j.internal.Text.shorten(score.strip()) + " is neither a number nor keep"));
      return this;
    }
  }

  /** The score it imposes (default 0). */
  public VetoBuilder score(long score) {
    return score(BigDecimal.valueOf(score));
  }

  /** Drops only the dimension {@code dimensionId} instead of the whole rubric. */
  public VetoBuilder scope(String dimensionId) {
    this.scope = Optional.of(Objects.requireNonNull(dimensionId, "dimensionId"));
    return this;
  }

  String id() {
    return id;
  }

  String path() {
    return path;
  }

  /** Checks what this veto can check alone; the rubric checks the names it refers to. */
  Optional<Veto> validate(ProblemSink sink, BigDecimal scale) {
    int before = sink.errors().size();
    String idProblem = org.rubric4j.internal.Ids.nodeIdProblem("veto", id);
    if (idProblem != null) {
      sink.error(path, "invalid-id", idProblem);
    }
    if (triggers == 0) {
      sink.error(path, "no-trigger", "veto " + id + " needs a trigger: a flag, or an indicator with below");
    } else if (triggers > 1) {
      sink.error(path, "two-triggers", "veto " + id + " has " + triggers + " triggers; give exactly one");
    }
    if (keepsScore && scope.isPresent()) {
      sink.error(ProblemSink.join(path, "score"), "veto-keep-scope", "veto " + id + " keeps the score and imposes"
          + " a grade on the total, so it cannot be scoped to dimension " + scope.get()
          + "; remove the scope, or impose a score on the dimension");
    }
    if (score.signum() < 0 || score.compareTo(scale) > 0) {
      sink.error(ProblemSink.join(path, "score"), "veto-score", "veto " + id + " score "
          + score.stripTrailingZeros().toPlainString() + " is outside the scale [0, "
          + scale.stripTrailingZeros().toPlainString() + "]");
    }
    if (sink.errors().size() > before || trigger == null) {
      return Optional.empty(); // a trigger that could not be read is reported where it was given
    }
    return Optional.of(new Veto(id, name, trigger, grade, score, scope, keepsScore));
  }
}
