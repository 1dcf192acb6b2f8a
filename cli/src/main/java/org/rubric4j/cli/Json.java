package org.rubric4j.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small JSON writer for the command line's own outputs: ordered maps, lists, text, decimals
 * (plain, never with an exponent), whole numbers, booleans, {@code null} and empty optionals
 * (written as {@code null}). Compact, or indented by two spaces.
 */
final class Json {

  private Json() {}

  /** {@code value} on one line. */
  static String compact(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, -1);
    return out.toString();
  }

  /** {@code value} indented by two spaces per level, ending with a line break. */
  static String pretty(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0);
    return out.append('\n').toString();
  }

  private static void write(Object v, StringBuilder out, int indent) {
    if (v instanceof Optional<?> o) {
      write(o.orElse(null), out, indent);
    } else if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      string(s, out);
    } else if (v instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else if (v instanceof Number || v instanceof Boolean) {
      out.append(v);
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
    } else if (v instanceof List<?> l) {
      if (l.isEmpty()) {
        out.append("[]");
        return;
      }
      boolean scalars = l.stream().noneMatch(x -> x instanceof Map || x instanceof List);
      out.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          out.append(scalars && indent >= 0 ? ", " : ",");
        }
        if (!scalars && indent >= 0) {
          newline(out, indent + 1);
        }
        write(l.get(i), out, indent < 0 ? -1 : indent + 1);
      }
      if (!scalars && indent >= 0) {
        newline(out, indent);
      }
      out.append(']');
    } else {
      string(v.toString(), out);
    }
  }

  private static void newline(StringBuilder out, int indent) {
    out.append('\n').append("  ".repeat(indent));
  }

  private static void string(String s, StringBuilder out) {
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
