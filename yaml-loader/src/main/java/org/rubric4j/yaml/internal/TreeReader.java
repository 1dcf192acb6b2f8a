package org.rubric4j.yaml.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.internal.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one YAML or JSON document into a {@link Node} tree, defensively: anchors, aliases, tags
 * and merge keys are refused, duplicate keys are errors, scalars are typed strictly (see
 * {@link Scalars}), and nesting depth, document size, number length and token count are
 * limited. Problems that leave the token stream intact are all collected; a syntax error or a
 * limit stops the reading. No parser exception escapes.
 *
 * <p>This class builds the tree and makes the checks that need the token stream. The parsers
 * and the limits they enforce are in {@link ParserFactories}, the wording of parser errors in
 * {@link ParserMessages}, and whether a YAML scalar was written quoted in {@link QuoteLookup}.
 */
public final class TreeReader {

  /** Deepest nesting of mappings and lists. */
  public static final int MAX_DEPTH = 32;
  /** Largest document, in characters (and, by the callers, in bytes). */
  public static final int MAX_CHARS = 1024 * 1024;
  /** Most problems collected before reading stops. */
  public static final int MAX_ISSUES = 100;
  /** Most tokens in one document. */
  public static final int MAX_TOKENS = 200_000;

  /** The syntax of a document. */
  public enum Syntax {
    /** YAML 1.2, restricted as described above. */
    YAML,
    /** JSON (RFC 8259). */
    JSON
  }

  /**
   * A problem met while reading.
   *
   * @param pos where
   * @param path the key path, such as {@code dimensions[1].weight}; empty for the document
   * @param code a stable identifier
   * @param message what was found and how to fix it
   */
  public record Issue(Node.Pos pos, String path, String code, String message) {}

  /**
   * The tree, when the document could be read to its end, and the problems found.
   *
   * @param root the tree; empty after a syntax error or a limit
   * @param issues every problem found, in document order
   */
  public record Result(Optional<Node> root, List<Issue> issues) {}

  private final String text;
  private final Syntax syntax;
  private final List<Issue> issues = new ArrayList<>();
  private final QuoteLookup quotes;
  private long tokens;

  private TreeReader(String text, Syntax syntax) {
    this.text = text;
    this.syntax = syntax;
    this.quotes = new QuoteLookup(text);
  }

  /** Reads {@code text} (already decoded, without BOM) as one document of {@code syntax}. */
  public static Result read(String text, Syntax syntax) {
    return new TreeReader(text, syntax).run();
  }

  /**
   * Reads one JSON value from {@code p}, whose current token is {@code first}, with the same
   * checks as a whole document; for streams of observations. Syntax errors propagate as the
   * parser's exception; the token limit counts this value only.
   */
  public static Result readValue(JsonParser p, JsonToken first) {
    TreeReader r = new TreeReader("", Syntax.JSON);
    try {
      Node root = r.value(p, first, KeyPath.ROOT, 0);
      return new Result(Optional.of(root), r.issues);
    } catch (Stop stop) {
      return new Result(Optional.empty(), r.issues);
    }
  }

  /** The line of a parser exception, or 0. */
  public static int lineOf(JacksonException e) {
    return ParserMessages.location(e.getLocation()).line();
  }

  private Result run() {
    if (text.length() > MAX_CHARS) {
      issues.add(new Issue(Node.Pos.UNKNOWN, "", "too-large", "the document is larger than 1 MiB ("
          + text.length() + " characters); split it or remove what is not needed"));
      return new Result(Optional.empty(), issues);
    }
    if (text.strip().isEmpty()) {
      issues.add(new Issue(new Node.Pos(1, 1), "", "empty", "the document is empty"));
      return new Result(Optional.empty(), issues);
    }
    Issue forbidden = syntax == Syntax.YAML ? ForbiddenCharacters.inDocument(text) : null;
    if (forbidden != null) {
      issues.add(forbidden);
      return new Result(Optional.empty(), issues);
    }
    TokenStreamFactory factory = ParserFactories.factory(syntax, text.length());
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = next(p);
      if (first == null) {
        issues.add(new Issue(new Node.Pos(1, 1), "", "empty", "the document is empty"));
        return new Result(Optional.empty(), issues);
      }
      Node root = value(p, first, KeyPath.ROOT, 0);
      JsonToken after = next(p);
      if (after != null) {
        issues.add(new Issue(pos(p), "", "second-document", syntax == Syntax.YAML
            ? "the file holds more than one document; a rubric file holds exactly one (remove the second `---` and what follows)"
            : "the file holds more than one JSON value; a rubric file holds exactly one (remove what follows the first)"));
        return new Result(Optional.empty(), issues);
      }
      return new Result(Optional.of(root), issues);
    } catch (Stop stop) {
      return new Result(Optional.empty(), issues);
    } catch (StreamConstraintsException e) {
      issues.add(new Issue(ParserMessages.location(e.getLocation()), "", "limit",
          ParserMessages.limitMessage(String.valueOf(e.getOriginalMessage()))));
      return new Result(Optional.empty(), issues);
    } catch (JacksonException e) {
      issues.add(ParserMessages.syntaxIssue(e, syntax));
      return new Result(Optional.empty(), issues);
    } catch (RuntimeException e) {
      issues.add(new Issue(Node.Pos.UNKNOWN, "", "unreadable", "the document cannot be read: "
          + ParserMessages.clean(String.valueOf(e.getMessage()))));
      return new Result(Optional.empty(), issues);
    }
  }

  /** Thrown to stop reading after a fatal issue was recorded. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** Records a problem that leaves the token stream intact; stops after {@link #MAX_ISSUES}. */
  private void note(Issue issue) {
    issues.add(issue);
    if (issues.size() >= MAX_ISSUES) {
      issues.add(new Issue(issue.pos(), "", "too-many-problems", "more than " + MAX_ISSUES
          + " problems; reading stopped here, fix these first"));
      throw new Stop();
    }
  }

  private JsonToken next(JsonParser p) {
    JsonToken t = p.nextToken();
    if (t != null && ++tokens > MAX_TOKENS) {
      issues.add(new Issue(pos(p), "", "limit", "the document has more than " + MAX_TOKENS
          + " tokens; split it or remove what is not needed"));
      throw new Stop();
    }
    return t;
  }

  private Node value(JsonParser p, JsonToken t, KeyPath path, int depth) {
    Node.Pos pos = pos(p);
    boolean rejected = yamlMarkers(p, t, path, pos);
    switch (t) {
      case START_OBJECT -> {
        checkDepth(depth + 1, path, pos);
        List<Node.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        JsonToken k;
        while ((k = next(p)) == JsonToken.PROPERTY_NAME) {
          String key = p.currentName();
          Node.Pos keyPos = pos(p);
          KeyPath childPath = path.child(key);
          String forbidden = ForbiddenCharacters.inKey(key);
          if (forbidden != null) {
            note(new Issue(keyPos, path.toString(), "forbidden-character", "key: " + forbidden));
          }
          Node child = value(p, next(p), childPath, depth + 1);
          if (syntax == Syntax.YAML && key.equals("<<") && !quotes.quotedAt(keyPos)) {
            note(new Issue(keyPos, childPath.toString(), "merge-key", "merge keys (`<<`) are not supported; "
                + "write the keys out in full"));
          } else if (!keys.add(key)) {
            note(new Issue(keyPos, childPath.toString(), "duplicate-key", "key `" + Text.shorten(key)
                + "` appears twice in the same mapping; keep one"));
          } else {
            entries.add(new Node.Entry(key, keyPos, child));
          }
        }
        return new Node.MapNode(pos, entries);
      }
      case START_ARRAY -> {
        checkDepth(depth + 1, path, pos);
        List<Node> items = new ArrayList<>();
        JsonToken i;
        while ((i = next(p)) != JsonToken.END_ARRAY) {
          if (i == null) {
            throw new Stop();
          }
          items.add(value(p, i, path.item(items.size()), depth + 1));
        }
        return new Node.ListNode(pos, items);
      }
      default -> {
        return scalar(p, t, path, pos, rejected);
      }
    }
  }

  private Node scalar(JsonParser p, JsonToken t, KeyPath path, Node.Pos pos, boolean rejected) {
    String raw = p.getString();
    if (raw == null) {
      raw = "";
    }
    if (rejected) {
      return new Node.Scalar(pos, Node.Kind.INVALID, raw);
    }
    String forbidden = ForbiddenCharacters.inText(raw);
    if (forbidden != null) {
      note(new Issue(pos, path.toString(), "forbidden-character", forbidden));
      return new Node.Scalar(pos, Node.Kind.INVALID, raw);
    }
    if (syntax == Syntax.JSON) {
      return switch (t) {
        case VALUE_STRING -> new Node.Scalar(pos, Node.Kind.STRING, raw);
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(pos, path, raw);
        case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(pos, Node.Kind.BOOLEAN, raw);
        case VALUE_NULL -> new Node.Scalar(pos, Node.Kind.NULL, "null");
        default -> invalid(pos, path, raw, "unexpected `" + Text.shorten(raw) + "`");
      };
    }
    boolean quoted = quotes.quotedAt(pos);
    if (quoted) {
      return new Node.Scalar(pos, Node.Kind.STRING, raw);
    }
    if (raw.isEmpty() && t == JsonToken.VALUE_STRING) {
      return new Node.Scalar(pos, Node.Kind.NULL, "null");
    }
    return switch (t) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(pos, path, raw);
      case VALUE_TRUE, VALUE_FALSE -> raw.equals("true") || raw.equals("false")
          ? new Node.Scalar(pos, Node.Kind.BOOLEAN, raw)
          : invalid(pos, path, raw, Scalars.ambiguityOfPlainText(raw));
      case VALUE_NULL -> raw.isEmpty() || raw.equals("null")
          ? new Node.Scalar(pos, Node.Kind.NULL, "null")
          : invalid(pos, path, raw, "`" + raw + "` means null in YAML; write null or leave the key out");
      default -> {
        String why = Scalars.ambiguityOfPlainText(raw);
        yield why == null ? new Node.Scalar(pos, Node.Kind.STRING, raw) : invalid(pos, path, raw, why);
      }
    };
  }

  private Node number(Node.Pos pos, KeyPath path, String raw) {
    String problem = Scalars.numberProblem(raw);
    return problem == null ? new Node.Scalar(pos, Node.Kind.NUMBER, raw) : invalid(pos, path, raw, problem);
  }

  private Node invalid(Node.Pos pos, KeyPath path, String raw, String why) {
    note(new Issue(pos, path.toString(), "ambiguous-scalar", why == null ? "`" + Text.shorten(raw)
        + "` cannot be read; quote it" : why));
    return new Node.Scalar(pos, Node.Kind.INVALID, raw);
  }

  /** Reports anchors, aliases and tags; true when the node itself must be ignored. */
  private boolean yamlMarkers(JsonParser p, JsonToken t, KeyPath path, Node.Pos pos) {
    if (!(p instanceof YAMLParser y)) {
      return false;
    }
    boolean rejected = false;
    if (y.isCurrentAlias()) {
      note(new Issue(pos, path.toString(), "alias", "YAML aliases (`*" + Text.shorten(p.getString())
          + "`) are not supported; write the value out in full"));
      return true;
    }
    Object anchor = y.getObjectId();
    if (anchor == null && t.isScalarValue()) {
      anchor = quotes.anchorAt(pos);
    }
    if (anchor != null && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
      note(new Issue(pos, path.toString(), "anchor", "YAML anchors (`&" + Text.shorten(anchor.toString())
          + "`) are not supported; write each value out in full"));
      rejected = true;
    }
    Object tag = y.getTypeId();
    if (tag != null) {
      note(new Issue(pos, path.toString(), "tag", "YAML tags (`" + Text.shorten(tag.toString())
          + "`) are not supported; remove the tag and write the value plainly (quote it for text)"));
      rejected = true;
    }
    return rejected && t.isScalarValue();
  }

  private void checkDepth(int depth, KeyPath path, Node.Pos pos) {
    if (depth > MAX_DEPTH) {
      issues.add(new Issue(pos, path.toString(), "limit", "the document nests deeper than " + MAX_DEPTH
          + " levels; no rubric or observation needs that many"));
      throw new Stop();
    }
  }

  /**
   * Where a node is ({@code dimensions[1].weight}), made into text only for an issue: a line of
   * JSON Lines has a dozen keys and, most often, no issue.
   */
  private record KeyPath(KeyPath parent, String key, int index) {
    static final KeyPath ROOT = new KeyPath(null, null, -1);

    KeyPath child(String key) {
      return new KeyPath(this, key, -1);
    }

    KeyPath item(int index) {
      return new KeyPath(this, null, index);
    }

    /** The path as issues give it: empty for the document, keys joined by dots, items in brackets. */
    @Override
    public String toString() {
      if (parent == null) {
        return "";
      }
      String above = parent.toString();
      return key == null ? above + "[" + index + "]" : above.isEmpty() ? key : above + "." + key;
    }
  }

  private Node.Pos pos(JsonParser p) {
    return ParserMessages.location(p.currentTokenLocation());
  }
}
