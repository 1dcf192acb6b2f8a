package org.rubric4j.yaml;

import java.util.Objects;
import org.rubric4j.Severity;
import org.rubric4j.internal.Text;

/**
 * One problem of a file: where it is (source, line, column, and the key path), how serious, and
 * what to do about it.
 *
 * <p>{@link #toString()} is the form a command line prints and editors understand:
 * {@code rubric.yaml:12:17: error: dimensions[0].weight: "85" is not a weight; write 85% or a
 * fraction in [0, 1]}. Immutable.
 *
 * @param severity error or warning
 * @param source the file name, or a description such as {@code <string>}
 * @param line the line, from 1; 0 only for a problem of the whole input: a file larger than
 *     {@link RubricReader#MAX_BYTES} or that cannot be read at all (code {@code too-large} or
 *     {@code unreadable})
 * @param column the column, from 1; 0 with line 0
 * @param path the key path in the file's structure, such as {@code dimensions[1].indicators[0].bands[2].range}; empty for the whole file
 * @param code a stable kebab-case identifier of the kind of problem, such as {@code unknown-key}
 * @param message what was found, what was expected and how to fix it
 */
public record LoadProblem(Severity severity, String source, int line, int column, String path,
    String code, String message) {

  /** Checks every part is present. */
  public LoadProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code source:line:column}, or just {@code source} when the line is unknown. */
  public String location() {
    return line > 0 ? source + ":" + line + ":" + column : source;
  }

  /** {@code source:line:column: severity: path: message}. */
  @Override
  public String toString() {
    return Text.oneLine(location() + ": " + severity.word() + ": " + (path.isEmpty() ? "" : path + ": ") + message);
  }
}
