package org.rubric4j;

import java.util.Objects;

/**
 * A text could not be read as a value, an interval or a weight: {@code 85} given as a
 * percent, {@code 2 hours} as a duration, {@code (6h, 2h]} as an interval.
 *
 * <p>The message says what was found, what was expected and, where one helps, how to write
 * it ({@code "85" is not a percent; write 85% or 0.85}). {@link #text()} is the offending
 * input exactly as given.
 */
public final class InvalidValueException extends RubricException {

  private static final long serialVersionUID = 1L;

  private final String text;

  InvalidValueException(String path, String text, String message) {
    super(path, message, null);
    this.text = Objects.requireNonNull(text, "text");
  }

  /** Creates one for {@code text} with a complete message; used by the value parsers. */
  public static InvalidValueException of(String text, String message) {
    return new InvalidValueException("", text, message);
  }

  /** The input that could not be read, exactly as given. */
  public String text() {
    return text;
  }

  /** A copy of this exception located at {@code path}. */
  public InvalidValueException at(String path) {
    return new InvalidValueException(path, text, getMessage());
  }
}
