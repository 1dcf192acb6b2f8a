package org.rubric4j.yaml.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells from a YAML document's text whether the scalar or key at a position was written quoted
 * or as a block. The parser can give a quoted and a plain scalar the same token ({@code on} and
 * {@code "on"} are both text, {@code <<} and {@code "<<"} both keys), but {@link TreeReader}
 * refuses only the plain ones, so it looks at the character where the token starts. The line
 * starts are found when first asked; the parser's column is tried both as a count of
 * characters and as a count of code points.
 */
final class QuoteLookup {

  private final String text;
  private int[] lineStarts;

  QuoteLookup(String text) {
    this.text = text;
  }

  /** Whether the scalar at {@code pos} starts with a quote or a block indicator. */
  boolean quotedAt(Node.Pos pos) {
    if (pos.line() <= 0) {
      return false;
    }
    if (lineStarts == null) {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          starts.add(i + 1);
        }
      }
      lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }
    if (pos.line() > lineStarts.length) {
      return false;
    }
    int start = lineStarts[pos.line() - 1];
    return isQuote(start + pos.column() - 1) || isQuote(byCodePoints(start, pos.column() - 1));
  }

  private int byCodePoints(int start, int count) {
    try {
      return text.offsetByCodePoints(start, count);
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }

  private boolean isQuote(int index) {
    if (index < 0 || index >= text.length()) {
      return false;
    }
    char c = text.charAt(index);
    return c == '"' || c == '\'' || c == '|' || c == '>';
  }
}
