package org.rubric4j.yaml.internal;

/**
 * The characters a rubric file may not hold, found before the parser sees them, so that the
 * problem names the character and its real line and column (the YAML parser reports a control
 * character at 1:1, and a lone surrogate read from a JSON escape only fails later, when the text
 * is written out). Control characters other than tab, line feed and carriage return, and code
 * units that are half of a surrogate pair, are refused.
 */
final class ForbiddenCharacters {

  private ForbiddenCharacters() {}

  /** The first forbidden character of a whole YAML document, as an issue at its position; or null. */
  static TreeReader.Issue inDocument(String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      String why = why(text, i);
      if (why != null) {
        return new TreeReader.Issue(new Node.Pos(line, column), "", "forbidden-character", why);
      }
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
      i += Character.charCount(c);
    }
    return null;
  }

  /**
   * Keys found good, by identity: the parser hands out one canonical instance per key text, so
   * the keys of every line of a JSON Lines file are checked once. A slot holds the last good key
   * that fell on it; threads may overwrite each other's, which only means a check made again.
   */
  private static final String[] GOOD_KEYS = new String[256];

  /** {@link #inText} for a key of a mapping. */
  static String inKey(String key) {
    int slot = key.hashCode() & (GOOD_KEYS.length - 1);
    if (GOOD_KEYS[slot] == key) {
      return null;
    }
    String why = inText(key);
    if (why == null) {
      GOOD_KEYS[slot] = key;
    }
    return why;
  }

  /** Why a text read from a scalar or key cannot be used, or null when it can. */
  static String inText(String text) {
    int plain = 0;
    while (plain < text.length() && isPlainAscii(text.charAt(plain))) {
      plain++; // printable ASCII, most texts throughout: never forbidden, never half a pair
    }
    for (int i = plain; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      String why = why(text, i);
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  private static boolean isPlainAscii(char c) {
    return c >= 0x20 && c < 0x7f;
  }

  /** Why the code unit at {@code i} cannot be used, or null when it can; for tests too. */
  static String why(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
        || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
      return String.format("U+%04X is half of a surrogate pair, not a character; write the whole character"
          + " or remove the escape", (int) c);
    }
    if (c != '\t' && c != '\n' && c != '\r' && (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0 && c != 0x85))) {
      return String.format("the control character U+%04X is not allowed in a rubric file; remove it", (int) c);
    }
    return null;
  }
}
