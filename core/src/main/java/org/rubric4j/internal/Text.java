package org.rubric4j.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rubric4j.Problem;

/**
 * Text for messages, the one home of rubric4j's "did you mean" hints and of the shortening of user
 * input quoted in a message; core and the loader both use it, so their messages agree.
 */
public final class Text {

  /** Longest piece of user input quoted in a message, in code points. */
  public static final int MAX_QUOTED = 64;

  private Text() {}

  /**
   * {@code text} cut to {@link #MAX_QUOTED} code points (then {@code …}), with line breaks, tabs
   * and other control characters written as escapes, so a quoted value never forges a line.
   */
  public static String shorten(String text) {
    StringBuilder out = escaped(text.codePoints().limit(MAX_QUOTED));
    if (text.codePointCount(0, text.length()) > MAX_QUOTED) {
      out.append('…');
    }
    return out.toString();
  }

  /** {@code problems} as one line of text: {@code path: message; path: message} (no path, no prefix). */
  public static String joined(List<Problem> problems) {
    StringBuilder out = new StringBuilder();
    for (Problem p : problems) {
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(p.path().isEmpty() ? "" : p.path() + ": ").append(p.message());
    }
    return out.toString();
  }

  /**
   * {@code text} with line breaks, tabs and other control characters written as escapes: one
   * diagnostic is always one line, whatever a key, an id or a value held.
   */
  public static String oneLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        return escaped(text.codePoints()).toString();
      }
    }
    return text;
  }

  private static StringBuilder escaped(java.util.stream.IntStream codePoints) {
    StringBuilder out = new StringBuilder();
    codePoints.forEach(c -> {
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (Character.isISOControl(c)) {
        out.append("\\u").append(String.format("%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out;
  }

  /**
   * The closest of {@code candidates} to {@code word}, ignoring case, when it is close enough to be
   * a likely typo: at most a third of the shorter of the two in edits, and at least 1 (ties: the
   * first in alphabetical order). So {@code clarty} suggests {@code clarity}, {@code median} does
   * not suggest {@code mean}, and {@code xyc} (two of three letters wrong) suggests nothing.
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    String lower = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = editDistance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d <= Math.max(1, Math.min(word.length(), candidate.length()) / 3)
          && (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0))) {
        bestDistance = d;
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code "; did you mean `x`?"} for the {@link #closest} candidate, or nothing. */
  public static String didYouMean(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> "; did you mean `" + c + "`?").orElse("");
  }

  /**
   * The Levenshtein distance between {@code a} and {@code b}, an adjacent transposition counting as
   * one edit; {@link Integer#MAX_VALUE} for texts over 200 characters, which are never typos of ids.
   */
  public static int editDistance(String a, String b) {
    if (a.length() > 200 || b.length() > 200) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
