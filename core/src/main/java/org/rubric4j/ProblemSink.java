package org.rubric4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Collects the problems of one rubric definition as the builder goes, each at its path. */
final class ProblemSink {

  private final List<Problem> problems = new ArrayList<>();

  void error(String path, String code, String message) {
    problems.add(Problem.error(path, code, message));
  }

  void warning(String path, String code, String message) {
    problems.add(Problem.warning(path, code, message));
  }

  /** Applies {@code parser} to {@code text}; on failure records an error at {@code path} and returns empty. */
  <T> Optional<T> read(String path, String text, Function<String, T> parser) {
    try {
      return Optional.of(parser.apply(text));
    } catch (InvalidValueException e) {
      error(path, "invalid-value", e.getMessage());
      return Optional.empty();
    }
  }

  /** Records {@code found}, whose paths are relative to {@code base}; returns whether any is an error. */
  boolean addAll(String base, List<Problem> found) {
    boolean errors = false;
    for (Problem p : found) {
      problems.add(new Problem(p.severity(), join(base, p.path()), p.code(), p.message()));
      errors |= p.isError();
    }
    return errors;
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** Errors first, then warnings, each group in the order found. */
  List<Problem> all() {
    List<Problem> out = new ArrayList<>(errors());
    out.addAll(warnings());
    return out;
  }

  static String join(String path, String child) {
    return path.isEmpty() ? child : path + "." + child;
  }
}
