package org.rubric4j.internal;

import java.util.regex.Pattern;

/** The syntax of ids in rubrics. */
public final class Ids {

  /** A rubric id: lowercase letters, digits and '-', starting with a letter or digit. */
  public static final Pattern RUBRIC_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,127}");

  /**
   * Any other id (dimension, indicator, grade, veto, flag): letters, digits, '-' and '_'. No
   * dots or spaces, so CSV columns {@code tag.x}, {@code flag.x} stay unambiguous.
   */
  public static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");

  private Ids() {}

  /** Null when {@code id} is a valid node id, otherwise why not. */
  public static String nodeIdProblem(String what, String id) {
    if (NODE_ID.matcher(id).matches()) {
      return null;
    }
    return what + " id \"" + ValueText.shorten(id) + "\" is not valid; use letters, digits, '-' "
        + "and '_' (at most 128), starting with a letter or digit";
  }
}
