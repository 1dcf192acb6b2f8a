package org.rubric4j.yaml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A strict UTF-8 reader that knows the line of the first byte that is not UTF-8: every character
 * decoded before it is delivered first, then {@link #read} throws {@link Malformed} with that
 * line, so an observations reader can report the line the bad byte is on (an
 * {@code InputStreamReader} decodes ahead and says only that something was malformed).
 *
 * <p>Lines are counted as editors count them: {@code \n}, {@code \r\n} and a lone {@code \r}
 * each end one.
 *
 * <p>A reader whose records can each be refused on their own (CSV) calls {@link #tolerateMalformed}:
 * then each bad sequence becomes U+FFFD, its offset is remembered, and {@link #malformedBetween}
 * tells the reader which record held it, so one bad byte never stops the rows after it.
 */
final class Utf8Reader extends Reader {

  /** The input is not UTF-8, at {@link #line()}. */
  static final class Malformed extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final long line;

    Malformed(long line) {
      this.line = line;
    }

    /** The line, from 1, of the first byte that is not UTF-8. */
    long line() {
      return line;
    }

    @Override
    public String getMessage() {
      return "line " + line + ": the input is not valid UTF-8; save it as UTF-8";
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private boolean eof;
  private boolean flushed;
  private boolean malformed;
  private boolean tolerant;
  /** Offsets of the characters that stand for bad bytes, when tolerant; pruned as records are read. */
  private final java.util.ArrayDeque<Long> badOffsets = new java.util.ArrayDeque<>();
  private long line = 1;
  private boolean afterCr;
  /** Characters delivered so far. */
  private long delivered;
  /** Where each of the last {@link #REMEMBERED} lines starts, as a character offset; line L at L % REMEMBERED. */
  private final long[] starts = new long[REMEMBERED];

  /** How many line starts are remembered for {@link #lineAt}: constant memory, whatever the input. */
  static final int REMEMBERED = 4096;

  Utf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /** From now on, bad bytes become U+FFFD and are remembered instead of ending the reading. */
  void tolerateMalformed() {
    tolerant = true;
  }

  /**
   * Whether a bad byte stood among the characters at offsets {@code from} (inclusive) to {@code to}
   * (exclusive); forgets every bad byte before {@code to}, as records are read in order.
   */
  boolean malformedBetween(long from, long to) {
    boolean found = false;
    while (!badOffsets.isEmpty() && badOffsets.peekFirst() < to) {
      found |= badOffsets.pollFirst() >= from;
    }
    return found;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (malformed) {
        throw new Malformed(line);
      }
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    for (int i = offset; i < offset + n; i++) {
      char c = buffer[i];
      long at = delivered + (i - offset);
      if (c == '\n') {
        if (!afterCr) {
          line++;
        }
        starts[(int) (line % REMEMBERED)] = at + 1; // after \r\n the line starts past the \n
        afterCr = false;
      } else if (c == '\r') {
        line++;
        starts[(int) (line % REMEMBERED)] = at + 1;
        afterCr = true;
      } else {
        afterCr = false;
      }
    }
    delivered += n;
    return n;
  }

  /**
   * The line, from 1, of the character at {@code offset} (counted from 0, as parsers count it),
   * among the characters delivered so far; 0 when it is older than the remembered lines. Parsers'
   * own line counts can drift (Jackson's CSV parser counts one line too many after some
   * {@code \r\n} in long quoted values); offsets do not.
   */
  long lineAt(long offset) {
    if (offset < 0) {
      return 0;
    }
    long oldest = Math.max(1, line - REMEMBERED + 1);
    if (oldest > 1 && offset < startOf(oldest)) {
      return 0;
    }
    long lo = oldest;
    long hi = line;
    while (lo < hi) { // the last line starting at or before offset
      long mid = (lo + hi + 1) >>> 1;
      if (startOf(mid) <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private long startOf(long l) {
    return l == 1 ? 0 : starts[(int) (l % REMEMBERED)];
  }

  /** Decodes more characters; false at the end of the input. */
  private boolean fill() throws IOException {
    if (flushed) {
      return false;
    }
    chars.clear();
    try {
      while (chars.position() == 0) {
        if (!bytes.hasRemaining() && !eof) {
          bytes.clear();
          int n = in.read(bytes.array(), 0, bytes.capacity());
          bytes.limit(Math.max(n, 0));
          eof = n < 0;
        }
        CoderResult r = decoder.decode(bytes, chars, eof);
        if (r.isError()) {
          if (tolerant && chars.hasRemaining()) {
            replace(r.length());
            continue;
          }
          if (!tolerant) {
            malformed = true;
          }
          break;
        }
        if (eof && r.isUnderflow()) {
          if (bytes.hasRemaining()) {
            if (tolerant && chars.hasRemaining()) {
              replace(bytes.remaining()); // a truncated sequence at the end
              continue;
            }
            if (!tolerant) {
              malformed = true; // a truncated sequence at the end
            }
            break;
          }
          decoder.flush(chars);
          flushed = true;
          break;
        }
        if (r.isUnderflow() && bytes.hasRemaining()) {
          bytes.compact();
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            eof = true;
          } else {
            bytes.position(bytes.position() + n);
          }
          bytes.flip();
        }
      }
    } finally {
      chars.flip();
    }
    return chars.hasRemaining() || malformed;
  }

  /** Skips {@code length} bad bytes, puts U+FFFD in their place and remembers where. */
  private void replace(int length) {
    badOffsets.addLast(delivered + chars.position());
    bytes.position(bytes.position() + length);
    chars.put('\uFFFD');
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
