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
 *
 * <p>It also finds an anchor written on a scalar ({@code weight: &w 40%}): Jackson's YAML parser
 * reports anchors on mappings and lists but drops those on scalars, and the loader must refuse
 * every anchor.
 */
final class QuoteLookup {

  private final String text;
  private int[] lineStarts;

  QuoteLookup(String text) {
    this.text = text;
  }

  /** Whether the scalar at {@code pos} starts with a quote or a block indicator. */
  boolean quotedAt(Node.Pos pos) {
    int index = indexOf(pos);
    return isQuote(index) || isQuote(byCodePoints(index, pos));
  }

  /** The name of the anchor that starts the scalar at {@code pos} ({@code &w}), or null. */
  String anchorAt(Node.Pos pos) {
    for (int index : new int[] {indexOf(pos), byCodePoints(indexOf(pos), pos)}) {
      if (index >= 0 && index < text.length() && text.charAt(index) == '&') {
        int end = index + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
          end++;
        }
        return text.substring(index + 1, end);
      }
    }
    return null;
  }

  /** The index in the text of the column of {@code pos} counted in characters; -1 when off the text. */
  private int indexOf(Node.Pos pos) {
    if (pos.line() <= 0) {
      return -1;
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
      return -1;
    }
    return lineStarts[pos.line() - 1] + pos.column() - 1;
  }

  /** The same column counted in code points; -1 when off the text. */
  private int byCodePoints(int charIndex, Node.Pos pos) {
    if (charIndex < 0) {
      return -1;
    }
    int start = charIndex - (pos.column() - 1);
    try {
      return text.offsetByCodePoints(start, pos.column() - 1);
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
