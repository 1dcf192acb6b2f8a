package org.rubric4j;

import java.util.List;
import org.rubric4j.internal.Text;

/**
 * An observation cannot be scored under a rubric: an unknown indicator, a value on the wrong
 * measure, a level that is not declared, a value in no band, a missing value under
 * {@code missing: error}. {@link #problems()} lists every such problem of the observation,
 * each with its path ({@code values.first-response-time}) and the offending value.
 *
 * <p>Nothing is scored when this is thrown: a partial score would be a wrong score.
 */
public final class ObservationException extends RubricException {

  private static final long serialVersionUID = 1L;

  private final String evaluationId;
  private final transient List<Problem> problems;

  /**
   * An exception for the observation {@code evaluationId} with at least one problem; an empty
   * id stands for an observation whose id could not be read.
   */
  public ObservationException(String evaluationId, List<Problem> problems) {
    super(problems.isEmpty() ? "" : problems.get(0).path(), message(evaluationId, problems), null);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an ObservationException needs at least one problem");
    }
    this.evaluationId = java.util.Objects.requireNonNull(evaluationId, "evaluationId");
    this.problems = List.copyOf(problems);
  }

  /** The id of the observation that could not be scored; empty when its id could not be read. */
  public String evaluationId() {
    return evaluationId;
  }

  /** Every problem found in the observation; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  /** The problems as one line: {@code path: message; path: message}. */
  public String reason() {
    return Text.joined(problems);
  }

  private static String message(String evaluationId, List<Problem> problems) {
    return (evaluationId == null || evaluationId.isEmpty() ? "the observation" : "evaluation " + evaluationId)
        + " cannot be scored: " + Text.joined(problems);
  }
}
