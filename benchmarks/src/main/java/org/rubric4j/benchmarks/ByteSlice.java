package org.rubric4j.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * A stretch {@code bytes[from, to)} of well-formed UTF-8, reused from row to row so that
 * {@link HandWrittenPipeline} allocates nothing for most cells. Mutable, not thread-safe.
 */
final class ByteSlice {

  byte[] bytes;
  int from;
  int to;

  /**
   * Makes this slice {@code b[from, to)} without leading and trailing white space, as
   * {@link String#strip()} removes it ({@link Character#isWhitespace}): rubric4j strips ids,
   * subjects, periods and values. ASCII ends are stripped in place; only a cell that begins or
   * ends with another character is decoded, stripped and encoded again (U+3000, the ideographic
   * space, is white space).
   */
  ByteSlice strip(byte[] b, int from, int to) {
    while (from < to && isAsciiWhitespace(b[from])) {
      from++;
    }
    while (to > from && isAsciiWhitespace(b[to - 1])) {
      to--;
    }
    if (from < to && (b[from] < 0 || b[to - 1] < 0)) {
      byte[] stripped = new String(b, from, to - from, StandardCharsets.UTF_8).strip()
          .getBytes(StandardCharsets.UTF_8);
      return set(stripped, 0, stripped.length);
    }
    return set(b, from, to);
  }

  ByteSlice set(byte[] b, int from, int to) {
    this.bytes = b;
    this.from = from;
    this.to = to;
    return this;
  }

  int length() {
    return to - from;
  }

  boolean isEmpty() {
    return from == to;
  }

  byte at(int k) {
    return bytes[from + k];
  }

  boolean isAscii() {
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether this is {@code n/a} in any case, rubric4j's not-applicable value. */
  boolean isNotApplicable() {
    return to - from == 3 && (bytes[from] | 0x20) == 'n' && bytes[from + 1] == '/' && (bytes[from + 2] | 0x20) == 'a';
  }

  /** Its length in UTF-16 characters, as rubric4j's 64-character limit on a value counts. */
  int chars() {
    return isAscii() ? to - from : new String(bytes, from, to - from, StandardCharsets.UTF_8).length();
  }

  /**
   * A key equal for equal bytes and different for different ones: one char per byte (Latin-1
   * decoding never fails and is one-to-one), cheaper than decoding UTF-8, for the set of ids seen.
   */
  String key() {
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** The text, for messages. */
  @Override
  public String toString() {
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  /** {@link Character#isWhitespace} for the ASCII characters: tab to carriage return, 0x1C to 0x1F, space. */
  static boolean isAsciiWhitespace(byte c) {
    return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
  }
}
