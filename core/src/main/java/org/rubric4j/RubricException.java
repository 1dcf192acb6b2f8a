package org.rubric4j;

import java.util.Objects;

/**
 * The root of every exception rubric4j throws: unchecked, and always naming <em>where</em>
 * (a path into the rubric or the observations) and <em>what</em>.
 *
 * <p>The path uses the rubric file's own structure, for example
 * {@code dimensions[1].indicators[0].bands[2]}; it is empty for the whole object.
 */
public abstract class RubricException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;

  protected RubricException(String path, String message, Throwable cause) {
    super(message, cause);
    this.path = Objects.requireNonNull(path, "path");
  }

  /** The path of the offending element, such as {@code dimensions[1].weight}; empty for the root. */
  public String path() {
    return path;
  }
}
