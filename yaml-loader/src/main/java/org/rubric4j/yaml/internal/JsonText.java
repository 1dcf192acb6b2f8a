package org.rubric4j.yaml.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small JSON writer for rubric4j's report-like outputs (the report, the command line's
 * agreement): ordered maps, lists, text, decimals (plain, never with an exponent, scale kept:
 * {@code 4.00}), whole numbers, booleans, {@code null} and empty optionals (written as
 * {@code null}). Compact, or indented by two spaces with lists of scalars on one line: the
 * layout of {@code rubric4j report --format json}.
 */
public final class JsonText {

  private JsonText() {}

  /** {@code value} on one line. */
  public static String compact(Object value) {
    StringBuilder out = new StringBuilder();
    try {
      write(value, out, -1);
    } catch (IOException e) {
      throw new AssertionError("a StringBuilder does not fail", e);
    }
    return out.toString();
  }

  /**
   * Writes {@code value} to {@code out} on one line, an {@link Iterable} that is not a
   * {@link List} while it is iterated.
   *
   * @throws UncheckedIOException when {@code out} fails
   */
  public static void compact(Object value, Appendable out) {
    try {
      write(value, out, -1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} indented by two spaces per level, ending with a line break. */
  public static String pretty(Object value) {
    StringBuilder out = new StringBuilder();
    pretty(value, out);
    return out.toString();
  }

  /**
   * Writes {@code value} to {@code out} as {@link #pretty(Object)} does. An {@link Iterable} that
   * is not a {@link List} is written as a list of objects while it is iterated, so a report's
   * hundreds of thousands of groups never stand in memory as one tree.
   *
   * @throws UncheckedIOException when {@code out} fails
   */
  public static void pretty(Object value, Appendable out) {
    try {
      write(value, out, 0);
      out.append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Object v, Appendable out, int indent) throws IOException {
    if (v instanceof Optional<?> o) {
      write(o.orElse(null), out, indent);
    } else if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      string(s, out);
    } else if (v instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else if (v instanceof Number || v instanceof Boolean) {
      out.append(String.valueOf(v));
    } else if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        if (indent >= 0) {
          newline(out, indent + 1);
        }
        string(String.valueOf(e.getKey()), out);
        out.append(indent >= 0 ? ": " : ":");
        write(e.getValue(), out, indent < 0 ? -1 : indent + 1);
      }
      if (indent >= 0) {
        newline(out, indent);
      }
      out.append('}');
    } else if (v instanceof Iterable<?> items) {
      // A list of scalars goes on one line. Any Iterable that is not a List (a report's groups) is
      // written while it is iterated, as a list of objects, so it never stands in memory whole.
      java.util.Iterator<?> it = items.iterator();
      if (!it.hasNext()) {
        out.append("[]");
        return;
      }
      boolean scalars = v instanceof List<?> l && l.stream().noneMatch(x -> x instanceof Map || x instanceof List);
      out.append('[');
      for (boolean first = true; it.hasNext(); first = false) {
        if (!first) {
          out.append(scalars && indent >= 0 ? ", " : ",");
        }
        if (!scalars && indent >= 0) {
          newline(out, indent + 1);
        }
        write(it.next(), out, indent < 0 ? -1 : indent + 1);
      }
      if (!scalars && indent >= 0) {
        newline(out, indent);
      }
      out.append(']');
    } else {
      string(v.toString(), out);
    }
  }

  private static void newline(Appendable out, int indent) throws IOException {
    out.append('\n').append("  ".repeat(indent));
  }

  private static void string(String s, Appendable out) throws IOException {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
