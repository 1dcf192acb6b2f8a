package org.rubric4j.yaml.internal;

import static org.rubric4j.yaml.internal.ObservationSources.MAX_RECORD_CHARS;

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
  private final Reader in;
  private final Utf8Reader utf8;
  /** What has been read of {@link #in} and not yet consumed: {@code buffer[position, limit)}. */
  private final char[] buffer = new char[64 * 1024];
  private int position;
  private int limit;
  /** A line that runs over the end of {@link #buffer}, gathered in pieces. */
  private final StringBuilder pieces = new StringBuilder();
  private long lineNumber;
  /** Characters consumed so far, as the {@link Utf8Reader} counts its offsets. */
  private long offset;

  JsonLinesSource(Reader in, String source, ObservationChecks checks) {
    super(source, checks);
    this.utf8 = in instanceof Utf8Reader u ? u : null;
    if (utf8 != null) {
      utf8.tolerateMalformed();
    }
    this.in = in;
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

  /**
   * The next line, cut at {@link ObservationSources#MAX_RECORD_CHARS} + 1 characters so a huge
   * line cannot exhaust memory; null at the end. A line break is {@code \n}, {@code \r\n} or a
   * lone {@code \r}. The buffer is scanned for the break and the line taken in one piece where it
   * lies in it (most lines), in pieces where it runs over.
   */
  private String readLine() {
    pieces.setLength(0);
    boolean any = false;
    while (true) {
      if (position == limit && !refill()) {
        return any ? pieces.toString() : null;
      }
      any = true;
      int from = position;
      int end = from;
      while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
        end++;
      }
      offset += end - from;
      position = end;
      if (end == limit) {
        keep(from, end);
        continue; // the line goes on in the next buffer
      }
      String line = pieces.length() == 0
          ? new String(buffer, from, Math.min(end - from, MAX_RECORD_CHARS + 1))
          : keep(from, end).toString();
      boolean carriageReturn = buffer[position] == '\r';
      position++;
      offset++;
      if (carriageReturn && (position < limit || refill()) && buffer[position] == '\n') {
        position++;
        offset++;
      }
      return line;
    }
  }

  /** Adds {@code buffer[from, end)} to {@link #pieces}, up to the cut. */
  private StringBuilder keep(int from, int end) {
    int room = MAX_RECORD_CHARS + 1 - pieces.length();
    if (room > 0) {
      pieces.append(buffer, from, Math.min(end - from, room));
    }
    return pieces;
  }

  private boolean refill() {
    try {
      int n;
      do {
        n = in.read(buffer, 0, buffer.length);
      } while (n == 0);
      if (n < 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
