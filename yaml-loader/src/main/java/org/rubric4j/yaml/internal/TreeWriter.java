package org.rubric4j.yaml.internal;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Writes a plain tree (ordered maps, lists, text, decimals, booleans) as YAML or JSON with
 * Jackson's generators. YAML text is quoted whenever the strict reader would not read it back
 * as the same text ({@code yes}, {@code 010}, {@code "[0, 2h]"}); decimals are written in plain
 * notation, never with an exponent.
 */
public final class TreeWriter {

  /** Quotes what {@link Scalars} would not read back as text. */
  private static final class Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || !Scalars.isSafePlainText(value);
    }

    @Override
    public boolean needToQuoteName(String name) {
      if (name.matches(Format.LEVEL_KEY)) {
        return false; // a level: keys are always read as text
      }
      return super.needToQuoteName(name) || !Scalars.isSafePlainText(name);
    }
  }

  private static final YAMLFactory YAML = YAMLFactory.builder()
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
      .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
      .disable(YAMLWriteFeature.SPLIT_LINES)
      .stringQuotingChecker(new Quoting())
      .build();

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private TreeWriter() {}

  /** Writes {@code tree} to {@code out} as YAML or (pretty-printed) JSON; does not close {@code out}. */
  public static void write(Object tree, boolean yaml, Writer out) {
    try (JsonGenerator g = yaml ? YAML.createGenerator(ObjectWriteContext.empty(), out)
        : JSON.createGenerator(PRETTY, out)) {
      value(g, tree);
    }
  }

  /** The JSON factory, for generators of other documents. */
  public static JsonFactory json() {
    return JSON;
  }

  private static void value(JsonGenerator g, Object v) {
    if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object item : l) {
        value(g, item);
      }
      g.writeEndArray();
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d.toPlainString());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v == null) {
      g.writeNull();
    } else {
      g.writeString(v.toString());
    }
  }
}
