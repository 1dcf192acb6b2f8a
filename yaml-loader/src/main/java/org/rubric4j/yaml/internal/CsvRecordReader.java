package org.rubric4j.yaml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits CSV bytes, UTF-8 without a BOM, into records (RFC 4180: cells separated by commas,
 * records by line breaks, quoted cells with {@code ""} for a quote and line breaks inside),
 * counting lines as editors do ({@code \n}, {@code \r\n} and a lone {@code \r} each end one).
 * A record that breaks the syntax (text after a closing quote, a cell longer than the limit,
 * bytes that are not UTF-8) comes back with its problem and its first line, and the next record
 * is read after the line break that ends it: one bad row never takes the rows after it. Only a
 * quote that is never closed ends the reading, since everything after it is inside the cell.
 *
 * <p>Every delimiter is an ASCII byte, which no byte of a multi-byte character can be, so the
 * bytes are split before they are decoded: a cell is cut from the buffer in one piece and
 * decoded on its own (an ASCII cell, most of them, by a plain copy). Cells that are quoted or
 * cross the end of the buffer are read a byte at a time. Each cell's bytes are checked to be
 * UTF-8 as Java's decoder checks them, so a record holding a bad byte is the one refused.
 */
final class CsvRecordReader {

  /** One record: its first line, its cells, and what is wrong with it (null when nothing). */
  record Raw(long line, List<String> cells, String problem) {}

  /** The problem of a record that held bytes that are not UTF-8 (its cells are then not trusted). */
  static final String NOT_UTF8 = "the row is not valid UTF-8; save the file as UTF-8";

  private static final int EOF = -1;
  /** What {@link #readCell} gives for a quoted cell that is never closed. */
  private static final int UNCLOSED = -2;
  /** What {@link #endOfPlainCell} gives when the cell is quoted. */
  private static final int QUOTED = -2;

  private final InputStream in;
  private final int maxCell;
  /** More bytes than this hold more than {@link #maxCell} characters: a character takes at most 3. */
  private final int maxCellBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean inputEnded;
  private long line = 1;
  private boolean ended;
  /** The most cells a record had so far, to size the next one's list. */
  private int cellsPerRecord = 8;

  /** The bytes of a cell read a byte at a time, at most {@link #maxCellBytes} of them. */
  private byte[] cell = new byte[256];
  private int cellLength;
  private boolean cellOverLimit;
  /** Once over the limit, the {@link Utf8Check} state after the cell's bytes so far. */
  private int overLimitState;
  /** Whether the last {@link #endOfPlainCell} met a byte that is not ASCII. */
  private boolean plainCellWide;

  /** The record being read: its first problem, whether a byte of it is not UTF-8, and where an unclosed quote opened. */
  private String problem;
  private boolean malformed;
  private long quoteLine;

  CsvRecordReader(InputStream in, int maxCell) {
    this.in = Objects.requireNonNull(in, "in");
    this.maxCell = maxCell;
    this.maxCellBytes = (int) Math.min(Integer.MAX_VALUE - 16, 3L * maxCell);
  }

  /** The next record, or null at the end of the input. */
  Raw next() {
    if (ended) {
      return null;
    }
    if (position == limit && !refill()) {
      ended = true;
      return null;
    }
    long first = line;
    List<String> cells = new ArrayList<>(cellsPerRecord);
    problem = null;
    malformed = false;
    while (true) {
      int delimiter = readCell(cells);
      if (delimiter == UNCLOSED) {
        ended = true;
        return new Raw(first, cells, "CSV syntax error: the quoted cell opened on line " + quoteLine
            + " is never closed; reading stopped here");
      }
      if (delimiter != ',') {
        endLine(delimiter);
        break;
      }
    }
    cellsPerRecord = Math.max(cellsPerRecord, cells.size());
    return new Raw(first, cells, malformed ? NOT_UTF8 : problem);
  }

  /** Reads the cell at the position into {@code cells}; gives the delimiter after it, {@link #EOF} or {@link #UNCLOSED}. */
  private int readCell(List<String> cells) {
    int end = endOfPlainCell();
    if (end == EOF && keepAndRefill()) {
      end = endOfPlainCell();
    }
    if (end < 0 || end - position > maxCellBytes) {
      return readCellByBytes(cells);
    }
    cells.add(text(buffer, position, end - position, plainCellWide, cells.size() + 1));
    position = end + 1;
    return buffer[end];
  }

  /**
   * Where the unquoted cell at the position ends, the index of the delimiter after it, noting in
   * {@link #plainCellWide} whether it holds a byte that is not ASCII; {@link #QUOTED}, or
   * {@link #EOF} when the buffer ends first.
   */
  private int endOfPlainCell() {
    int at = position;
    if (at < limit && buffer[at] == '"') {
      return QUOTED;
    }
    int bits = 0;
    while (at < limit) {
      byte b = buffer[at];
      if (b == ',' || b == '\n' || b == '\r') {
        plainCellWide = bits < 0;
        return at;
      }
      bits |= b;
      at++;
    }
    return EOF;
  }

  /** {@link #readCell} a byte at a time: a quoted cell, or one that crosses the end of the buffer. */
  private int readCellByBytes(List<String> cells) {
    cellLength = 0;
    cellOverLimit = false;
    int c = read();
    if (c == '"') {
      long opened = line;
      while (true) {
        c = read();
        if (c == EOF) {
          quoteLine = opened;
          return UNCLOSED;
        }
        if (c == '"') {
          if (peek() != '"') {
            c = read();
            break;
          }
          read();
        } else {
          countLine(c);
        }
        keep(c);
      }
      if (!isDelimiter(c)) {
        problem("CSV syntax error: cell " + (cells.size() + 1) + " has text after its closing quote; quote the whole cell");
        while (!isDelimiter(c)) {
          keep(c);
          c = read();
        }
      }
    } else {
      while (!isDelimiter(c)) {
        keep(c);
        c = read();
      }
    }
    if (cellOverLimit) {
      cells.add(tooLong(cells.size() + 1));
      malformed |= overLimitState != Utf8Check.WHOLE;
    } else {
      cells.add(text(cell, 0, cellLength, true, cells.size() + 1));
    }
    return c;
  }

  private static boolean isDelimiter(int c) {
    return c == ',' || c == '\n' || c == '\r' || c == EOF;
  }

  /**
   * The text of {@code length} bytes of {@code bytes} from {@code from}, cell {@code number} of
   * the record; empty, with the record's problem, when it is longer than the limit.
   */
  private String text(byte[] bytes, int from, int length, boolean wide, int number) {
    String text;
    if (!wide) {
      text = new String(bytes, from, length, StandardCharsets.ISO_8859_1); // ASCII: the same text
    } else {
      malformed |= !Utf8Check.wellFormed(bytes, from, length);
      text = new String(bytes, from, length, StandardCharsets.UTF_8);
    }
    return text.length() > maxCell ? tooLong(number) : text;
  }

  /** What cell {@code number}, over the limit, is read as: empty, with the record's problem saying why. */
  private String tooLong(int number) {
    problem("CSV syntax error: cell " + number + " is longer than " + maxCell + " characters");
    return "";
  }

  /** Keeps the first problem of the record. */
  private void problem(String found) {
    if (problem == null) {
      problem = found;
    }
  }

  /**
   * Keeps byte {@code c} of the cell read a byte at a time. Past {@link #maxCellBytes} the cell
   * is refused as too long and its bytes are no longer kept, only checked to be UTF-8.
   */
  private void keep(int c) {
    if (cellOverLimit) {
      overLimitState = Utf8Check.step(overLimitState, (byte) c);
      return;
    }
    if (cellLength == cell.length) {
      if (cellLength >= maxCellBytes) {
        cellOverLimit = true;
        overLimitState = Utf8Check.step(Utf8Check.after(Utf8Check.WHOLE, cell, 0, cellLength), (byte) c);
        return;
      }
      cell = java.util.Arrays.copyOf(cell, (int) Math.min(maxCellBytes, 2L * cell.length));
    }
    cell[cellLength++] = (byte) c;
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
    return buffer[position] & 0xFF;
  }

  private int read() {
    if (position == limit && !refill()) {
      return EOF;
    }
    return buffer[position++] & 0xFF;
  }

  /** Reads more bytes into an empty buffer; false at the end of the input. */
  private boolean refill() {
    position = 0;
    limit = 0;
    return keepAndRefill();
  }

  /**
   * Moves the bytes not read yet to the front of the buffer and reads more after them; false
   * when nothing more could be read (the input ended, or the buffer is full).
   */
  private boolean keepAndRefill() {
    if (inputEnded) {
      return false;
    }
    int kept = limit - position;
    if (kept == buffer.length) {
      return false;
    }
    System.arraycopy(buffer, position, buffer, 0, kept);
    position = 0;
    limit = kept;
    try {
      int n = in.read(buffer, kept, buffer.length - kept);
      if (n < 0) {
        inputEnded = true;
        return false;
      }
      limit += n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
