package org.rubric4j.yaml.internal;

/**
 * Checks bytes for well-formed UTF-8 one byte at a time (Unicode's table 3-7: no overlong forms,
 * no surrogates, nothing above U+10FFFF), the bytes Java's UTF-8 decoder reads without an
 * error. A state is {@link #WHOLE} between characters, {@link #BAD} once a byte broke the form,
 * and otherwise says how many continuation bytes are still due and the range the next one
 * must fall in; a run of bytes is well formed when it ends {@link #WHOLE} and never was
 * {@link #BAD}. ASCII bytes, most of a data file, keep {@link #WHOLE} as it is.
 */
final class Utf8Check {

  /** Between characters: the state before the first byte and after a whole character. */
  static final int WHOLE = 0;

  /** A byte broke the form; stays so. */
  static final int BAD = -1;

  private static final int ANY = 0x80BF;

  private Utf8Check() {}

  /** The state after {@code b} in {@code state}. */
  static int step(int state, byte b) {
    int x = b & 0xFF;
    if (state == WHOLE) {
      return x < 0x80 ? WHOLE : first(x);
    }
    if (state == BAD) {
      return BAD;
    }
    int low = state >> 8 & 0xFF;
    int high = state & 0xFF;
    if (x < low || x > high) {
      return BAD;
    }
    int due = (state >>> 16) - 1;
    return due == 0 ? WHOLE : due << 16 | ANY;
  }

  /**
   * Whether {@code length} bytes of {@code bytes} from {@code from} are well-formed UTF-8: what
   * {@link #after} tells from {@link #WHOLE}, a character at a time instead of a byte.
   */
  static boolean wellFormed(byte[] bytes, int from, int length) {
    int end = from + length;
    int k = from;
    while (k < end) {
      int x = bytes[k] & 0xFF;
      if (x < 0x80) {
        k++;
        continue;
      }
      int state = first(x);
      if (state == BAD) {
        return false;
      }
      int due = state >>> 16;
      if (end - k <= due) {
        return false; // the input ends inside the character
      }
      int second = bytes[k + 1] & 0xFF;
      if (second < (state >> 8 & 0xFF) || second > (state & 0xFF)) {
        return false;
      }
      for (int j = 2; j <= due; j++) {
        if ((bytes[k + j] & 0xC0) != 0x80) {
          return false;
        }
      }
      k += due + 1;
    }
    return true;
  }

  /** The state after {@code length} bytes of {@code bytes} from {@code from}, in {@code state}. */
  static int after(int state, byte[] bytes, int from, int length) {
    for (int k = from; k < from + length && state != BAD; k++) {
      state = step(state, bytes[k]);
    }
    return state;
  }

  /** The state after the first byte {@code x} (0x80 or more) of a character. */
  private static int first(int x) {
    if (x >= 0xC2 && x <= 0xDF) {
      return 1 << 16 | ANY;
    }
    if (x == 0xE0) {
      return 2 << 16 | 0xA0BF; // below A0 would be an overlong form
    }
    if (x == 0xED) {
      return 2 << 16 | 0x809F; // above 9F would be a surrogate
    }
    if (x >= 0xE1 && x <= 0xEF) {
      return 2 << 16 | ANY;
    }
    if (x == 0xF0) {
      return 3 << 16 | 0x90BF; // below 90 would be an overlong form
    }
    if (x == 0xF4) {
      return 3 << 16 | 0x808F; // above 8F would be beyond U+10FFFF
    }
    if (x >= 0xF1 && x <= 0xF3) {
      return 3 << 16 | ANY;
    }
    return BAD; // a continuation byte first, C0, C1, or F5 and above
  }
}
