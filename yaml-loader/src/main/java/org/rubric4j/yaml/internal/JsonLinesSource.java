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
 * exhaust memory. Bytes that are not UTF-8 make their line an invalid record, and the reading
 * goes on with the next line.
 */
final class JsonLinesSource extends RecordSource {
  private final BufferedReader in;
  private final Utf8Reader utf8;
  private long lineNumber;
  /** Characters consumed so far, as the {@link Utf8Reader} counts its offsets. */
  private long offset;

  JsonLinesSource(Reader in, String source, ObservationChecks checks) {
    super(source, checks);
    this.utf8 = in instanceof Utf8Reader u ? u : null;
    if (utf8 != null) {
      utf8.tolerateMalformed();
    }
    this.in = new BufferedReader(in, 64 * 1024);
  }

  @Override
  long currentLine() {
    return lineNumber + 1;
  }

  @Override
  ObservationRecord fetch() {
    while (true) {
      long start = offset;
      String line = readLine();
      if (line == null) {
        return null;
      }
      lineNumber++;
      if (utf8 != null && utf8.malformedBetween(start, offset)) {
        return invalid(lineNumber, Optional.empty(), "the line is not valid UTF-8; save the file as UTF-8");
      }
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
        offset++;
        if (c == '\n') {
          break;
        }
        if (c == '\r') {
          in.mark(1);
          if (in.read() == '\n') {
            offset++;
          } else {
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
