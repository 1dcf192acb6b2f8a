package org.rubric4j.yaml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.Problem;
import org.rubric4j.internal.Text;

/**
 * One evaluation read from an observations file: either {@link Valid} observations, or an
 * {@link Invalid} record saying which line could not be read and why. Reading goes on after
 * an invalid record, so one bad row never hides the others.
 */
public sealed interface ObservationRecord permits ObservationRecord.Valid, ObservationRecord.Invalid {

  /** The file name, or a description such as {@code <stream>}. */
  String source();

  /** The line the record starts on, from 1 (for a JSON array, the line of the element). */
  long line();

  /** The evaluation id, when it could be read. */
  Optional<String> id();

  /** {@code source:line}. */
  default String location() {
    return source() + ":" + line();
  }

  /**
   * Observations read successfully.
   *
   * @param source the file name
   * @param line the line it starts on
   * @param observations the observations
   */
  record Valid(String source, long line, Observations observations) implements ObservationRecord {
    /** Checks every part is present. */
    public Valid {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(observations, "observations");
    }

    @Override
    public Optional<String> id() {
      return Optional.of(observations.id());
    }
  }

  /**
   * A row, line or element that could not be read.
   *
   * @param source the file name
   * @param line the line it starts on
   * @param id the evaluation id, when it could be read
   * @param problems every problem, in order, each with where ({@code values.fcr}, {@code column fcr})
   *     and a code ({@code invalid-value}, {@code unknown-indicator}, {@code unreadable}, ...); never empty
   */
  record Invalid(String source, long line, Optional<String> id, List<Problem> problems) implements ObservationRecord {
    /** Checks every part is present and copies the problems. */
    public Invalid {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(id, "id");
      problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an invalid record needs at least one problem");
      }
    }

    /** A record with one problem that belongs to no one field: {@code reason}, coded {@code invalid-observation}. */
    public Invalid(String source, long line, Optional<String> id, String reason) {
      this(source, line, id, List.of(Problem.error("", "invalid-observation", Objects.requireNonNull(reason, "reason"))));
    }

    /** Every problem as one line, {@code where: message; where: message}, such as {@code column fcr: "85" is not a percent; write 85% or 0.85}. */
    public String reason() {
      return Text.joined(problems);
    }

    /**
     * The same problems as the exception {@link org.rubric4j.Rubric#evaluate} throws for an
     * observation it cannot score, so that an application handles both in one place.
     */
    public ObservationException toException() {
      return new ObservationException(id.orElse(""), problems);
    }

    /** {@code source:line: error: [id: ]reason}. */
    @Override
    public String toString() {
      return Text.oneLine(location() + ": error: " + id.map(i -> i + ": ").orElse("") + reason());
    }
  }
}
