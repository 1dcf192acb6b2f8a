package org.rubric4j;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rubric definition has errors; {@link #problems()} lists every one of them, each with the
 * path of the element at fault, so all can be fixed in one pass.
 *
 * <p>Thrown by {@link RubricBuilder#build()}. Warnings found alongside the errors are
 * included too, after the errors.
 */
public final class RubricDefinitionException extends RubricException {

  private static final long serialVersionUID = 1L;

  private final String rubricId;
  private final transient List<Problem> problems;

  RubricDefinitionException(String rubricId, List<Problem> problems) {
    super(problems.stream().filter(Problem::isError).findFirst().map(Problem::path).orElse(""),
        message(rubricId, problems), null);
    this.rubricId = rubricId;
    this.problems = List.copyOf(problems);
  }

  /** The id of the rubric that could not be built. */
  public String rubricId() {
    return rubricId;
  }

  /** Every problem found, errors first; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(String rubricId, List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    return "rubric " + rubricId + " has " + errors + (errors == 1 ? " error" : " errors") + ":\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
