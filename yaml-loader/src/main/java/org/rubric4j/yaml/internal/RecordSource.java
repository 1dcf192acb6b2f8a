package org.rubric4j.yaml.internal;

import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.rubric4j.yaml.ObservationRecord;

/**
 * The iterator every observation source is: it fetches one record ahead, turns an input failure
 * into a last {@link ObservationRecord.Invalid} and stops after it, and makes the valid or invalid
 * record of a checked {@link ObservationChecks.Draft}. A subclass only says how to fetch the next
 * record and which line it is reading.
 */
abstract class RecordSource implements Iterator<ObservationRecord> {
  final String source;
  final ObservationChecks checks;
  private ObservationRecord next;
  private boolean done;

  RecordSource(String source, ObservationChecks checks) {
    this.source = source;
    this.checks = checks;
  }

  /** The next record, or null at the end. */
  abstract ObservationRecord fetch();

  /** The line being read, from 1: where an input failure is reported when it names no line itself. */
  abstract long currentLine();

  /** The line of an input failure {@code e}: the line of a byte that is not UTF-8, or the line being read. */
  long failureLine(Throwable e) {
    return e instanceof Utf8Reader.Malformed m ? m.line() : Math.max(1, currentLine());
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = fetch();
      } catch (UncheckedIOException e) {
        next = invalid(failureLine(e.getCause()), Optional.empty(), "cannot read the input: " + ioMessage(e.getCause()));
        finish();
      }
      if (next == null) {
        done = true;
      }
    }
    return next != null;
  }

  @Override
  public ObservationRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ObservationRecord r = next;
    next = null;
    return r;
  }

  /** Stops after the record being returned. */
  void finish() {
    done = true;
  }

  /** A record the input could not be read into (syntax, encoding, size, a failing stream): coded {@code unreadable}. */
  ObservationRecord invalid(long line, Optional<String> id, String reason) {
    return invalid(line, id, java.util.List.of(org.rubric4j.Problem.error("", JsonObservationDecoder.UNREADABLE, reason)));
  }

  ObservationRecord invalid(long line, Optional<String> id, java.util.List<org.rubric4j.Problem> problems) {
    return new ObservationRecord.Invalid(source, line, id, problems);
  }

  ObservationRecord record(long line, ObservationChecks.Draft d) {
    return d.build().<ObservationRecord>map(o -> new ObservationRecord.Valid(source, line, o))
        .orElseGet(() -> invalid(line, d.id(), d.problems()));
  }

  /** What a user is told about an input failure {@code e}, without the class names of its cause. */
  static String ioMessage(Throwable e) {
    if (e instanceof Utf8Reader.Malformed || e instanceof java.nio.charset.CharacterCodingException) {
      return "the input is not valid UTF-8; save it as UTF-8";
    }
    return e == null || e.getMessage() == null ? "input/output error" : ParserMessages.clean(e.getMessage());
  }
}
