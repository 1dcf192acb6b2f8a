package org.rubric4j.yaml.internal;

import java.util.List;
import java.util.Optional;
import org.rubric4j.internal.Text;

/**
 * The value tree of one rubric or observation document, independent of YAML or JSON, with the
 * line and column of every node. Immutable.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

  /** Where the node starts. */
  Pos pos();

  /** A short description of what kind of value this is, for messages: "a list", "the text `x`". */
  String describe();

  /**
   * A position in the source, both 1-based; line 0 means unknown.
   *
   * @param line the line
   * @param column the column
   */
  record Pos(int line, int column) {
    /** An unknown position. */
    public static final Pos UNKNOWN = new Pos(0, 0);

    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  /**
   * One key of a mapping.
   *
   * @param key the key's text
   * @param keyPos where the key is
   * @param value the value
   */
  record Entry(String key, Pos keyPos, Node value) {}

  /**
   * A mapping, keys in file order, no key twice.
   *
   * @param pos where it starts
   * @param entries the keys and values in file order
   */
  record MapNode(Pos pos, List<Entry> entries) implements Node {
    /** Copies the entries. */
    public MapNode {
      entries = List.copyOf(entries);
    }

    /** The entry for {@code key}. */
    public Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** The value of {@code key}. */
    public Optional<Node> get(String key) {
      return entry(key).map(Entry::value);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /**
   * A list.
   *
   * @param pos where it starts
   * @param items the items in file order
   */
  record ListNode(Pos pos, List<Node> items) implements Node {
    /** Copies the items. */
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** What a scalar is, decided strictly from how it is written. */
  enum Kind {
    /** Quoted text, or plain text that cannot be read as anything else. */
    STRING,
    /** A number in plain decimal or exponent form, within the limits. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** {@code null} or an empty value. */
    NULL,
    /** A scalar that was already reported as an error (ambiguous, alias, tagged); skipped later. */
    INVALID
  }

  /**
   * A scalar.
   *
   * @param pos where it starts
   * @param kind what it is
   * @param text its text as written (the unquoted content for strings)
   */
  record Scalar(Pos pos, Kind kind, String text) implements Node {
    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "the text `" + Text.shorten(text) + "`";
        case NUMBER -> "the number `" + text + "`";
        case BOOLEAN -> "the boolean `" + text + "`";
        case NULL -> "no value (null)";
        case INVALID -> "`" + Text.shorten(text) + "`";
      };
    }
  }
}
