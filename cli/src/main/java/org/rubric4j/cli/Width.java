package org.rubric4j.cli;

/** The width of text in a terminal: East Asian wide and full-width characters take two columns. */
final class Width {

  private Width() {}

  static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  /** The common wide ranges: CJK, Hangul, Hiragana/Katakana, full-width forms. */
  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** {@code text} padded with spaces to {@code width} columns. */
  static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - of(text)));
  }
}
