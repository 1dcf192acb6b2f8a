package org.rubric4j.internal;

import java.util.regex.Pattern;

/**
 * The syntax of ids in rubrics and its wording, in one place: the builder's checks and the
 * loader's Jakarta Validation constraints both take their patterns and messages from here.
 */
public final class Ids {

  /** A rubric id, as a regular expression (a constant, so annotations can use it). */
  public static final String RUBRIC_ID_REGEX = "[a-z0-9][a-z0-9-]{0,127}";

  /** What a rubric id may hold, as a phrase: "use ..." or "must be ...". */
  public static final String RUBRIC_ID_RULE =
      "lowercase letters, digits and '-', starting with a letter or digit, at most 128 characters";

  /**
   * Any other id (dimension, indicator, grade, veto, flag), as a regular expression: letters,
   * digits, '-' and '_'. No dots or spaces, so CSV columns {@code tag.x}, {@code flag.x} stay
   * unambiguous.
   */
  public static final String NODE_ID_REGEX = "[A-Za-z0-9][A-Za-z0-9_-]{0,127}";

  /** What any other id may hold, as a phrase. */
  public static final String NODE_ID_RULE =
      "letters, digits, '-' and '_', starting with a letter or digit, at most 128 characters";

  /** {@link #RUBRIC_ID_REGEX} compiled. */
  public static final Pattern RUBRIC_ID = Pattern.compile(RUBRIC_ID_REGEX);

  /** {@link #NODE_ID_REGEX} compiled. */
  public static final Pattern NODE_ID = Pattern.compile(NODE_ID_REGEX);

  private Ids() {}

  /** Null when {@code id} is a valid node id, otherwise why not. */
  public static String nodeIdProblem(String what, String id) {
    if (NODE_ID.matcher(id).matches()) {
      return null;
    }
    return what + " id \"" + Text.shorten(id) + "\" is not valid; use " + NODE_ID_RULE;
  }

  /** Null when {@code id} is a valid rubric id, otherwise why not. */
  public static String rubricIdProblem(String id) {
    if (RUBRIC_ID.matcher(id).matches()) {
      return null;
    }
    return "rubric id \"" + Text.shorten(id) + "\" is not valid; use " + RUBRIC_ID_RULE;
  }
}
