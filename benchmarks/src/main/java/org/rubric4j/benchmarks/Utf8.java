package org.rubric4j.benchmarks;

/**
 * Checks bytes are well-formed UTF-8 (the Unicode standard's table 3-7, which is what Java's
 * decoder accepts: no overlong forms, no surrogates, nothing above U+10FFFF), without decoding
 * them: {@link CsvRowScanner} refuses a record holding any other byte, as rubric4j's reader does.
 */
final class Utf8 {

  private Utf8() {}

  /** Whether {@code b[from, to)} is well-formed UTF-8. */
  static boolean isWellFormed(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int length;
      int low = 0x80;
      int high = 0xBF; // the range of the second byte; later ones are always 80..BF
      if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0) {
          low = 0xA0; // below is an overlong form
        } else if (c == 0xED) {
          high = 0x9F; // above are surrogates
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0) {
          low = 0x90;
        } else if (c == 0xF4) {
          high = 0x8F; // above is beyond U+10FFFF
        }
      } else {
        return false;
      }
      if (i + length > to) {
        return false;
      }
      int second = b[i + 1] & 0xFF;
      if (second < low || second > high) {
        return false;
      }
      for (int k = 2; k < length; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += length;
    }
    return true;
  }
}
