package org.rubric4j.yaml.internal;

import static org.rubric4j.yaml.internal.ObservationSources.MAX_RECORD_CHARS;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.rubric4j.yaml.ObservationRecord;

/**
 * The evaluations of a JSON Lines document, one JSON object a line; blank lines are skipped.
 * Each line is read as a document of its own, so a bad line gives an invalid record and the
 * reading goes on with the next; a line is cut while it is read so that a huge one cannot
 * exhaust memory.
 */
final class JsonLinesSource extends RecordSource {
  private final BufferedReader in;
  private long lineNumber;

  JsonLinesSource(Reader in, String source, ObservationChecks checks) {
    super(source, checks);
    this.in = new BufferedReader(in, 64 * 1024);
  }

  @Override
  long currentLine() {
    return lineNumber + 1;
  }

  @Override
  ObservationRecord fetch() {
    while (true) {
      String line = readLine();
      if (line == null) {
        return null;
      }
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      if (line.length() > MAX_RECORD_CHARS) {
        return invalid(lineNumber, Optional.empty(), "the line is longer than " + MAX_RECORD_CHARS + " characters");
      }
      TreeReader.Result tree = TreeReader.read(lineNumber == 1 ? Input.withoutBom(line) : line, TreeReader.Syntax.JSON);
      return JsonObservationDecoder.decode(this, lineNumber, tree);
    }
  }

  /** The next line, cut at {@link ObservationSources#MAX_RECORD_CHARS} + 1 characters so a huge line cannot exhaust memory. */
  private String readLine() {
    try {
      StringBuilder b = new StringBuilder();
      int c;
      boolean any = false;
      while ((c = in.read()) >= 0) {
        any = true;
        if (c == '\n') {
          break;
        }
        if (c == '\r') {
          in.mark(1);
          if (in.read() != '\n') {
            in.reset();
          }
          break;
        }
        if (b.length() <= MAX_RECORD_CHARS) {
          b.append((char) c);
        }
      }
      return any ? b.toString() : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
