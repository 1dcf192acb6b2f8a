package org.rubric4j.yaml;

import java.util.List;
import java.util.stream.Collectors;
import org.rubric4j.RubricException;

/**
 * A rubric file cannot be loaded; {@link #problems()} lists <em>every</em> problem of the file,
 * each with its line, column, key path and a hint, so that all can be fixed in one pass.
 *
 * <p>The message lists the problems one per line, as a compiler would. The cause, when there
 * is one, is kept for debugging but never shown in the message.
 */
public final class RubricLoadException extends RubricException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<LoadProblem> problems;

  /**
   * An exception for the file {@code source} with {@code problems}, at least one of them an error.
   *
   * @param source the file name, or a description such as {@code <string>}
   * @param problems every problem found, in file order
   * @param cause the underlying cause, or null
   */
  public RubricLoadException(String source, List<LoadProblem> problems, Throwable cause) {
    super(problems.stream().filter(LoadProblem::isError).findFirst().map(LoadProblem::path).orElse(""),
        message(source, problems), cause);
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** The file name, or a description such as {@code <string>}. */
  public String source() {
    return source;
  }

  /** Every problem found, errors and warnings, in file order; at least one is an error. */
  public List<LoadProblem> problems() {
    return problems;
  }

  /** The errors only. */
  public List<LoadProblem> errors() {
    return problems.stream().filter(LoadProblem::isError).toList();
  }

  private static String message(String source, List<LoadProblem> problems) {
    long errors = problems.stream().filter(LoadProblem::isError).count();
    return source + " cannot be loaded: " + errors + (errors == 1 ? " error" : " errors") + "\n"
        + problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n"));
  }
}
