package org.rubric4j;

import java.util.Objects;
import org.rubric4j.internal.Text;

/**
 * One finding about a rubric or an observation: where it is, how serious, and what it is.
 *
 * <p>{@code path} follows the rubric file's structure ({@code dimensions[1].indicators[0].bands[2]});
 * {@code code} is a stable kebab-case identifier tools may filter on ({@code band-gap},
 * {@code weight-sum}); {@code message} says what was found, what was expected and how to fix it.
 *
 * @param severity error or warning
 * @param path where, in the rubric's own structure; empty for the rubric itself
 * @param code a stable identifier of the kind of problem
 * @param message a sentence a person can act on
 */
public record Problem(Severity severity, String path, String code, String message) {

  /** Checks every part is present. */
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** An error at {@code path}. */
  public static Problem error(String path, String code, String message) {
    return new Problem(Severity.ERROR, path, code, message);
  }

  /** A warning at {@code path}. */
  public static Problem warning(String path, String code, String message) {
    return new Problem(Severity.WARNING, path, code, message);
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * {@code path: severity: message}, or {@code severity: message} at the root; always one line
   * (control characters in the path or message are escaped).
   */
  @Override
  public String toString() {
    return Text.oneLine((path.isEmpty() ? "" : path + ": ") + severity.word() + ": " + message);
  }
}
