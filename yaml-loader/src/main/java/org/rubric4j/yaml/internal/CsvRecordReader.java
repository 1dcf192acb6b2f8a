package org.rubric4j.yaml.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180: cells separated by commas, records by line breaks,
 * quoted cells with {@code ""} for a quote and line breaks inside), counting lines as editors
 * do. A record that breaks the syntax (text after a closing quote, a cell longer than the
 * limit, bytes that are not UTF-8) comes back with its problem and its first line, and the
 * next record is read after the line break that ends it: one bad row never takes the rows
 * after it. Only a quote that is never closed ends the reading, since everything after it is
 * inside the cell.
 */
final class CsvRecordReader {

  /** One record: its first line, its cells, and what is wrong with it (null when nothing). */
  record Raw(long line, List<String> cells, String problem) {}

  private static final int EOF = -1;

  /** The problem of a record that held bytes that are not UTF-8 (its cells are then not trusted). */
  static final String NOT_UTF8 = "the row is not valid UTF-8; save the file as UTF-8";

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

  CsvRecordReader(Reader in, int maxCell) {
    this.in = in;
    this.utf8 = in instanceof Utf8Reader u ? u : null;
    this.maxCell = maxCell;
  }

  /** The next record, or null at the end of the input. */
  Raw next() {
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
          return new Raw(first, cells, "CSV syntax error: the quoted cell opened on line " + quoteLine
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
    return new Raw(first, cells, problem);
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
