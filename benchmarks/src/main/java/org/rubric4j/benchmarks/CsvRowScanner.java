package org.rubric4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits UTF-8 CSV bytes into records, by hand, for {@link HandWrittenPipeline}: RFC 4180 (cells
 * separated by commas, records by line breaks, quoted cells with {@code ""} for a quote and line
 * breaks inside), with the rules rubric4j's CSV reader applies, so that both take and refuse
 * the same rows: a leading BOM is dropped, lines are counted as editors count them ({@code \n},
 * {@code \r\n}, a lone {@code \r}), a record with text after a closing quote, a cell over
 * 1 MiB characters or bytes that are not UTF-8 is refused at its first line and the next record
 * is read, and a quote never closed ends the reading.
 *
 * <p>It works on bytes: every byte that matters to the syntax is ASCII, so UTF-8 text passes
 * through untouched and is never decoded. The cells of the current record are copied, unquoted,
 * into one reusable buffer. Not thread-safe.
 */
final class CsvRowScanner {

  /** The longest cell rubric4j's reader takes, in UTF-16 characters (ObservationSources.MAX_RECORD_CHARS). */
  static final int MAX_CELL_CHARS = 1024 * 1024;

  private static final int EOF = -1;

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean atStart = true;
  private boolean ended;
  private long line = 1;

  /** The unquoted bytes of the current record's cells, one after the other. */
  private byte[] row = new byte[1024];
  private int rowLength;
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private int cells;
  private long firstLine;
  private String problem;
  private boolean stopped;

  CsvRowScanner(InputStream in) {
    this.in = in;
  }

  /** Reads the next record; false at the end of the input (or after a quote never closed). */
  boolean next() throws IOException {
    if (ended) {
      return false;
    }
    if (atStart) {
      atStart = false;
      skipBom();
    }
    int c = read();
    if (c == EOF) {
      ended = true;
      return false;
    }
    firstLine = line;
    rowLength = 0;
    cells = 0;
    problem = null;
    int cellStart = 0;
    int cellChars = 0;
    boolean nonAscii = false;
    boolean quoted = false;
    boolean afterQuote = false;
    long quoteLine = 0;
    while (true) {
      if (quoted) {
        if (c == EOF) {
          ended = true;
          stopped = true;
          problem = "CSV syntax error: the quoted cell opened on line " + quoteLine
              + " is never closed; reading stopped here";
          return true;
        }
        if (c == '"') {
          int d = read();
          if (d != '"') {
            quoted = false;
            afterQuote = true;
            c = d;
            continue;
          }
        } else if (c == '\n' || c == '\r' && peek() != '\n') {
          line++; // a line break inside the cell, \r\n once
        }
        cellChars = append(c, cellChars);
        nonAscii |= c >= 0x80;
      } else if (c == ',' || c == '\n' || c == '\r' || c == EOF) {
        endCell(cellStart, cellChars, nonAscii);
        cellStart = rowLength;
        cellChars = 0;
        nonAscii = false;
        afterQuote = false;
        if (c != ',') {
          endLine(c);
          return true;
        }
      } else if (afterQuote) {
        if (problem == null) {
          problem = "CSV syntax error: cell " + (cells + 1) + " has text after its closing quote; quote the whole cell";
        }
        cellChars = append(c, cellChars);
        nonAscii |= c >= 0x80;
      } else if (c == '"' && cellChars == 0) {
        quoted = true;
        quoteLine = line;
      } else {
        cellChars = append(c, cellChars);
        nonAscii |= c >= 0x80;
      }
      c = read();
    }
  }

  /** The number of cells of the current record. */
  int cells() {
    return cells;
  }

  /** The unquoted bytes of every cell; cell {@code k} is {@code [start(k), end(k))}. */
  byte[] bytes() {
    return row;
  }

  int start(int cell) {
    return starts[cell];
  }

  int end(int cell) {
    return ends[cell];
  }

  /** The line, from 1, the current record starts on. */
  long firstLine() {
    return firstLine;
  }

  /** What is wrong with the current record's syntax or encoding, or null. */
  String problem() {
    return problem;
  }

  /** Whether nothing after the current record can be read (a quote never closed). */
  boolean stopped() {
    return stopped;
  }

  /** Counts a byte of a cell in UTF-16 characters, as the limit is counted, and keeps it while under the limit. */
  private int append(int c, int cellChars) {
    if ((c & 0xC0) != 0x80) {
      cellChars += c >= 0xF0 ? 2 : 1; // a 4-byte sequence is a surrogate pair; continuation bytes add nothing
    }
    if (cellChars <= MAX_CELL_CHARS + 1) {
      if (rowLength == row.length) {
        row = java.util.Arrays.copyOf(row, row.length * 2);
      }
      row[rowLength++] = (byte) c;
    }
    return cellChars;
  }

  private void endCell(int cellStart, int cellChars, boolean nonAscii) {
    if (cells == starts.length) {
      starts = java.util.Arrays.copyOf(starts, cells * 2);
      ends = java.util.Arrays.copyOf(ends, cells * 2);
    }
    starts[cells] = cellStart;
    ends[cells] = rowLength;
    cells++;
    if (cellChars > MAX_CELL_CHARS) {
      ends[cells - 1] = cellStart; // rubric4j keeps no text of a cell over the limit
      if (problem == null) {
        problem = "CSV syntax error: cell " + cells + " is longer than " + MAX_CELL_CHARS + " characters";
      }
    }
    // Bytes that are not UTF-8 make the whole record unreadable, whatever else is wrong with it.
    if (nonAscii && !Utf8.isWellFormed(row, cellStart, ends[cells - 1])) {
      problem = "the row is not valid UTF-8; save the file as UTF-8";
    }
  }

  /** Consumes the line break {@code c} that ends a record ({@code \r\n} as one). */
  private void endLine(int c) throws IOException {
    if (c == EOF) {
      ended = true;
      return;
    }
    if (c == '\r' && peek() == '\n') {
      read();
    }
    line++;
  }

  private void skipBom() throws IOException {
    if (limit - position < 3 && !fillAtLeast(3)) {
      return;
    }
    if ((buffer[position] & 0xFF) == 0xEF && (buffer[position + 1] & 0xFF) == 0xBB
        && (buffer[position + 2] & 0xFF) == 0xBF) {
      position += 3;
    }
  }

  private int peek() throws IOException {
    if (position == limit && !refill()) {
      return EOF;
    }
    return buffer[position] & 0xFF;
  }

  private int read() throws IOException {
    if (position == limit && !refill()) {
      return EOF;
    }
    return buffer[position++] & 0xFF;
  }

  private boolean refill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  /** Reads until {@code n} bytes are buffered from the start; false if the input is shorter. */
  private boolean fillAtLeast(int n) throws IOException {
    while (limit < n) {
      int got = in.read(buffer, limit, buffer.length - limit);
      if (got <= 0) {
        return false;
      }
      limit += got;
    }
    return true;
  }
}
