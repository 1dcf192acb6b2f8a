package org.rubric4j.yaml.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV splitter rubric4j used before {@link CsvRecordReader} read bytes: characters decoded
 * by {@link Utf8Reader} (tolerant: bad bytes remembered by offset), split one at a time. Kept,
 * unchanged but for its name and record type, as the oracle that {@code CsvBytesAgreementTest}
 * holds the byte splitter to: the same records, lines, cells and problems on any input.
 */
final class CharCsvRecordReader {


  private static final int EOF = -1;

  /** The problem of a record that held bytes that are not UTF-8 (its cells are then not trusted). */
  static final String NOT_UTF8 = CsvRecordReader.NOT_UTF8;

  private final Reader in;
  private final Utf8Reader utf8;
  private final int maxCell;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  /** Characters consumed so far: the offset of the next one. */
  private long offset;
  private long line = 1;
  private boolean ended;
  /** The most cells a record had so far, to size the next one's list. */
  private int cellsPerRecord = 8;

  CharCsvRecordReader(Reader in, int maxCell) {
    this.in = in;
    this.utf8 = in instanceof Utf8Reader u ? u : null;
    this.maxCell = maxCell;
  }

  /** The next record, or null at the end of the input. */
  CsvRecordReader.Raw next() {
    if (ended) {
      return null;
    }
    int c = read();
    if (c == EOF) {
      ended = true;
      return null;
    }
    long first = line;
    long start = offset - 1;
    List<String> cells = new ArrayList<>(cellsPerRecord);
    StringBuilder cell = new StringBuilder();
    String whole = null; // an unquoted cell taken from the buffer in one piece
    String problem = null;
    boolean quoted = false;
    boolean afterQuote = false;
    long quoteLine = 0;
    while (true) {
      if (quoted) {
        if (c == EOF) {
          ended = true;
          return new CsvRecordReader.Raw(first, cells, "CSV syntax error: the quoted cell opened on line " + quoteLine
              + " is never closed; reading stopped here");
        }
        if (c == '"') {
          int d = read();
          if (d == '"') {
            append(cell, '"');
          } else {
            quoted = false;
            afterQuote = true;
            c = d;
            continue;
          }
        } else {
          append(cell, (char) c);
          countLine(c);
        }
      } else if (c == ',' || c == '\n' || c == '\r' || c == EOF) {
        cells.add(whole != null ? whole : cell.length() > maxCell ? "" : cell.toString());
        whole = null;
        if (cell.length() > maxCell && problem == null) {
          problem = "CSV syntax error: cell " + cells.size() + " is longer than " + maxCell + " characters";
        }
        cell.setLength(0);
        afterQuote = false;
        if (c != ',') {
          endLine(c);
          break;
        }
      } else if (afterQuote) {
        if (problem == null) {
          problem = "CSV syntax error: cell " + (cells.size() + 1) + " has text after its closing quote;"
              + " quote the whole cell";
        }
        append(cell, (char) c);
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
        quoteLine = line;
      } else if (cell.length() == 0 && whole == null && (whole = unquotedCell()) != null) {
        c = read(); // the delimiter after the cell
        continue;
      } else {
        append(cell, (char) c);
      }
      c = read();
    }
    if (utf8 != null && utf8.malformedBetween(start, offset)) {
      problem = NOT_UTF8;
    }
    cellsPerRecord = Math.max(cellsPerRecord, cells.size());
    return new CsvRecordReader.Raw(first, cells, problem);
  }

  /**
   * The unquoted cell whose first character was just read, in one piece from the buffer up to
   * the delimiter after it, which is left to read; null when the buffer ends first or the cell is
   * over the limit, and the cell is then read character by character.
   */
  private String unquotedCell() {
    int from = position - 1;
    int end = position;
    while (end < limit) {
      char x = buffer[end];
      if (x == ',' || x == '\n' || x == '\r') {
        break;
      }
      end++;
    }
    if (end == limit || end - from > maxCell) {
      return null;
    }
    offset += end - position;
    position = end;
    return new String(buffer, from, end - from);
  }

  /** Appends {@code c} unless the cell is already over the limit (its text is then not kept). */
  private void append(StringBuilder cell, char c) {
    if (cell.length() <= maxCell) {
      cell.append(c);
    }
  }

  /** Counts a line break inside a quoted cell ({@code \r\n} once). */
  private void countLine(int c) {
    if (c == '\n' || (c == '\r' && peek() != '\n')) {
      line++;
    }
  }

  /** Consumes the line break {@code c} that ends a record ({@code \r\n} as one). */
  private void endLine(int c) {
    if (c == '\r' && peek() == '\n') {
      read();
    }
    if (c != EOF) {
      line++;
    } else {
      ended = true;
    }
  }

  private int peek() {
    if (position == limit && !refill()) {
      return EOF;
    }
    return buffer[position];
  }

  private int read() {
    if (position == limit && !refill()) {
      return EOF;
    }
    offset++;
    return buffer[position++];
  }

  private boolean refill() {
    try {
      int n = in.read(buffer, 0, buffer.length);
      if (n <= 0) {
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
