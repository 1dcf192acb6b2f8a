package org.rubric4j.spring;

import java.util.List;
import org.rubric4j.yaml.LoadProblem;

/**
 * The rubric files of an application cannot all be loaded: every problem of every file, each
 * with {@code file:line:column}. Start-up fails with it, and
 * {@link RubricFilesFailureAnalyzer} tells the person starting the application what to fix.
 */
public final class RubricFilesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<LoadProblem> problems;

  /** An exception with {@code problems}, at least one, and what was loaded from where. */
  public RubricFilesException(String summary, List<LoadProblem> problems, Throwable cause) {
    super(summary + ":\n" + String.join("\n", problems.stream().map(LoadProblem::toString).toList()), cause);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a RubricFilesException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in file order. */
  public List<LoadProblem> problems() {
    return problems;
  }
}
