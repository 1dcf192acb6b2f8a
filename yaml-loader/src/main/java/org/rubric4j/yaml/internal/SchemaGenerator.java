package org.rubric4j.yaml.internal;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the JSON Schema (draft 2020-12) of the rubric format from {@link Format}, the same
 * description the reader checks keys against, so the schema and the reader cannot drift apart.
 */
public final class SchemaGenerator {

  /** Where the schema is published. */
  public static final String ID = "https://rubric4j.org/schema/rubric.schema.json";

  private static final String PERCENT = "^\\s*[0-9]+(\\.[0-9]+)?\\s*%\\s*$";
  private static final String INTERVAL = "^\\s*([\\[(].*,.*[\\])]|(<=|>=|<|>)\\s*\\S.*)\\s*$";

  private SchemaGenerator() {}

  /** The schema as pretty-printed JSON, ending with a line break. */
  public static String generate() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", ID);
    root.put("title", "rubric4j rubric");
    Format.Obj rubric = Format.object("rubric");
    root.put("description", rubric.description() + " See docs/rubric-format.md.");
    root.putAll(object(rubric));
    Map<String, Object> defs = new LinkedHashMap<>();
    for (Format.Obj o : Format.OBJECTS.values()) {
      if (!o.name().equals("rubric")) {
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("description", o.description());
        def.putAll(object(o));
        defs.put(o.name(), def);
      }
    }
    root.put("$defs", defs);
    StringWriter out = new StringWriter();
    TreeWriter.write(root, false, out);
    return out.toString().replace("\r\n", "\n") + "\n";
  }

  private static Map<String, Object> object(Format.Obj o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "object");
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    for (Format.Key k : o.keys()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("description", k.description());
      p.putAll(shape(k.shape()));
      properties.put(k.name(), p);
      if (k.required()) {
        required.add(k.name());
      }
    }
    m.put("properties", properties);
    if (!required.isEmpty()) {
      m.put("required", required);
    }
    m.put("additionalProperties", Boolean.FALSE);
    for (List<String> group : o.exactlyOneOf()) {
      List<Object> oneOf = new ArrayList<>();
      for (String key : group) {
        oneOf.add(Map.of("required", List.of(key)));
      }
      m.put("oneOf", oneOf);
    }
    return m;
  }

  private static Map<String, Object> shape(Format.Shape shape) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (shape instanceof Format.Ref r) {
      m.put("$ref", "#/$defs/" + r.object());
    } else if (shape instanceof Format.ListOf l) {
      m.put("type", "array");
      m.put("items", shape(l.item()));
    } else if (shape instanceof Format.MapOf mo) {
      m.put("type", "object");
      if (!mo.keyPattern().isEmpty()) {
        m.put("propertyNames", Map.of("pattern", "^" + mo.keyPattern() + "$"));
      }
      m.put("additionalProperties", shape(mo.value()));
    } else if (shape instanceof Format.Scalar s) {
      switch (s.type()) {
        case TEXT -> m.put("type", "string");
        case ID -> {
          m.put("type", "string");
          m.put("pattern", "^" + Definition.NODE_ID + "$");
        }
        case RUBRIC_ID -> {
          m.put("type", "string");
          m.put("pattern", "^" + Definition.RUBRIC_ID + "$");
        }
        case NUMBER -> m.put("type", "number");
        case VETO_SCORE -> m.put("anyOf", List.of(ordered("type", "number", "minimum", java.math.BigDecimal.ZERO),
            ordered("enum", List.of("keep"))));
        case INTEGER -> m.put("type", "integer");
        case WEIGHT -> m.put("anyOf", List.of(
            ordered("type", "string", "pattern", PERCENT),
            ordered("type", "number", "minimum", java.math.BigDecimal.ZERO)));
        case QUANTITY -> m.put("type", List.of("string", "number"));
        case INTERVAL -> {
          m.put("type", "string");
          m.put("pattern", INTERVAL);
        }
        case ENUM -> m.put("enum", new ArrayList<Object>(s.values()));
        case SCALAR -> m.put("type", List.of("string", "number", "boolean"));
        case BOOLEAN -> m.put("type", "boolean");
      }
    }
    return m;
  }

  private static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
