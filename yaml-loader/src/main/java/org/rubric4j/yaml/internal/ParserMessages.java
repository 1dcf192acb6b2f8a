package org.rubric4j.yaml.internal;

import static org.rubric4j.yaml.internal.TreeReader.MAX_DEPTH;
import static org.rubric4j.yaml.internal.TreeReader.MAX_TOKENS;

import java.util.regex.Pattern;
import org.rubric4j.yaml.internal.TreeReader.Issue;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns what a parser reports, its exceptions and their locations, into positions and messages
 * a user can act on: the problem in plain words, without the class names of Jackson or
 * snakeyaml, source excerpts or Jackson's location suffix, since loader messages must never
 * leak a parser's internals. Used by {@link TreeReader} and by the observation sources.
 */
final class ParserMessages {

  private static final Pattern CLASS_NAME =
      Pattern.compile("\\(?\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*\\)?");

  /** snakeyaml's {@code Version{major=2, minor=0}} in the message of an unknown %YAML directive. */
  private static final Pattern YAML_VERSION = Pattern.compile("Version\\{major=(\\d+), minor=(\\d+)\\}");

  private ParserMessages() {}

  /** A parser message without class names, for callers that met a parser exception. */
  static String describe(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return limitMessage(String.valueOf(e.getOriginalMessage()));
    }
    return syntaxIssue(e, TreeReader.Syntax.JSON).message();
  }

  /** The position of a parser location, or {@link Node.Pos#UNKNOWN} when it names no line. */
  static Node.Pos location(TokenStreamLocation l) {
    if (l == null || l.getLineNr() <= 0) {
      return Node.Pos.UNKNOWN;
    }
    return new Node.Pos(l.getLineNr(), Math.max(1, l.getColumnNr()));
  }

  /** The issue of a syntax error met while reading a document of {@code syntax}. */
  static Issue syntaxIssue(JacksonException e, TreeReader.Syntax syntax) {
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYamlEngineException m) {
      Node.Pos at = m.getProblemMark().map(k -> new Node.Pos(k.getLine() + 1, k.getColumn() + 1))
          .orElse(location(e.getLocation()));
      String context = m.getContext() == null ? "" : " (" + clean(m.getContext())
          + m.getContextMark().map(k -> " that starts at " + (k.getLine() + 1) + ":" + (k.getColumn() + 1)).orElse("")
          + ")";
      return new Issue(at, "", "syntax", "YAML syntax error: " + clean(String.valueOf(m.getProblem())) + context);
    }
    String message = e.getOriginalMessage();
    if (cause != null && (message == null || message.isBlank())) {
      message = cause.getMessage();
    }
    String prefix = syntax == TreeReader.Syntax.YAML ? "YAML syntax error: " : "JSON syntax error: ";
    return new Issue(location(e.getLocation()), "", "syntax", prefix + clean(String.valueOf(message)));
  }

  /** What a user is told when the parser stopped at one of its limits, from the parser's message. */
  static String limitMessage(String original) {
    String m = original.toLowerCase(java.util.Locale.ROOT);
    if (m.contains("nesting depth")) {
      return "the document nests deeper than " + MAX_DEPTH + " levels; no rubric or observation needs that many";
    }
    if (m.contains("number value length")) {
      return "a number is longer than " + Scalars.MAX_NUMBER_LENGTH + " characters";
    }
    if (m.contains("string value length") || m.contains("name length")) {
      return "a text or key is too long";
    }
    if (m.contains("token count")) {
      return "the document has more than " + MAX_TOKENS + " tokens; split it or remove what is not needed";
    }
    if (m.contains("document length")) {
      return "the document is larger than 1 MiB; split it or remove what is not needed";
    }
    return "the document exceeds a safety limit of the reader";
  }

  /** A parser message without class names, source excerpts or Jackson's location suffix. */
  static String clean(String message) {
    String first = message.lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("in reader") && !l.equals("^") && !l.startsWith("at ["))
        .findFirst().orElse("unreadable input");
    if (first.contains("'NaN'") || first.contains("'Infinity'") || first.contains("'-Infinity'")
        || first.contains("'+Infinity'")) {
      return "NaN and infinities are not numbers here";
    }
    if (first.contains("ALLOW_COMMENTS")) {
      return "JSON has no comments; remove it (in YAML, # starts a comment)";
    }
    java.util.regex.Matcher version = YAML_VERSION.matcher(first);
    if (version.find()) {
      return "YAML " + version.group(1) + "." + version.group(2) + " is not a version this reader knows;"
          + " remove the %YAML line or write %YAML 1.2";
    }
    first = first.replaceAll("\\+SEQ(?: \\[\\])?", "the start of a list").replaceAll("-SEQ\\b", "the end of a list")
        .replaceAll("\\+MAP(?: \\{\\})?", "the start of a mapping").replaceAll("-MAP\\b", "the end of a mapping")
        .replace("but found '?'", "but found a key");
    first = first.replaceAll(":?\\s*enable `[^`]*` to allow", "")
        .replaceAll("`[A-Za-z]+\\.[A-Za-z_.()]+`", "")
        .replaceAll("\\(code \\d+\\)", "");
    first = CLASS_NAME.matcher(first).replaceAll("").replaceAll("\\s+", " ").strip();
    int cut = first.indexOf(" at [Source");
    if (cut >= 0) {
      first = first.substring(0, cut).replaceAll("\\s*\\(start marker$", "");
    }
    return first.length() > 300 ? first.substring(0, 300) + "…" : first;
  }
}
