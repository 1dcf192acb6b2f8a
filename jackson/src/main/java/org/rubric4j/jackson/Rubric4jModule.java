package org.rubric4j.jackson;

import java.io.ByteArrayOutputStream;
import org.rubric4j.Evaluation;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.report.Report;
import org.rubric4j.yaml.ObservationReader;
import org.rubric4j.yaml.ObservationWriter;
import org.rubric4j.yaml.ReportWriter;
import org.rubric4j.yaml.ResultWriter;
import org.rubric4j.yaml.RubricLoadException;
import org.rubric4j.yaml.RubricReader;
import org.rubric4j.yaml.RubricWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The rubric4j types in Jackson 3, in rubric4j's JSON formats, for a JSON mapper:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new Rubric4jModule()).build();
 * String json = mapper.writeValueAsString(rubric.evaluate(observations));   // the result JSON
 * Observations o = mapper.readValue(body, Observations.class);               // the observation JSON
 * }</pre>
 *
 * <ul>
 *   <li>{@link Evaluation} is written as the result JSON of {@link ResultWriter}, number for
 *       number ({@code 4.00} stays {@code 4.00}), and with its {@code "explanation"} when the module
 *       is made {@link #withExplanation()}. Only written: a result is an output.</li>
 *   <li>{@link Observations} is read from the observation JSON with the checks and messages of
 *       {@link ObservationReader#readOne}; one it refuses raises that {@link ObservationException},
 *       carrying every problem (within a bean property, Jackson wraps it, and it is the cause).
 *       Written as the same JSON.</li>
 *   <li>{@link Report} is written as the report JSON of {@link ReportWriter} (what
 *       {@code rubric4j report --format json} writes), scores at the rubric's precision. Only
 *       written: a report is an output.</li>
 *   <li>{@link Rubric} is read from and written as the rubric JSON of {@link RubricReader} and
 *       {@link RubricWriter}; a rubric with errors raises the {@link RubricLoadException} listing
 *       them, positions counted within the rubric's own JSON value.</li>
 * </ul>
 *
 * <p>Results and rubrics are embedded as raw JSON values, so the module serves JSON mappers (not
 * YAML or binary formats) and a pretty printer does not indent inside them. Found by
 * {@code JsonMapper.builder().findAndAddModules()} through {@link java.util.ServiceLoader}.
 * Immutable and thread-safe.
 */
public final class Rubric4jModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Writes the nested JSON values this module hands to rubric4j's readers. */
  private static final JsonFactory COPIER = new JsonFactory();

  private final boolean explanation;

  /** The module, writing evaluations without their explanation. */
  public Rubric4jModule() {
    this(false);
  }

  private Rubric4jModule(boolean explanation) {
    super("rubric4j");
    this.explanation = explanation;
    ResultWriter results = explanation ? ResultWriter.create().withExplanation() : ResultWriter.create();
    addSerializer(Evaluation.class, new ValueSerializer<>() {
      @Override
      public void serialize(Evaluation value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeRawValue(results.toJson(value));
      }
    });
    addSerializer(Rubric.class, new ValueSerializer<>() {
      @Override
      public void serialize(Rubric value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeRawValue(RubricWriter.create().toJson(value).strip());
      }
    });
    addDeserializer(Rubric.class, new ValueDeserializer<>() {
      @Override
      public Rubric deserialize(JsonParser p, DeserializationContext ctxt) {
        return RubricReader.create().readJson(copy(p)).rubric();
      }
    });
    addSerializer(Report.class, new ValueSerializer<>() {
      @Override
      public void serialize(Report value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeRawValue(ReportWriter.create().withoutIndentation().toJson(value));
      }
    });
    addSerializer(Observations.class, new ValueSerializer<>() {
      @Override
      public void serialize(Observations value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeRawValue(ObservationWriter.create().toJson(value));
      }
    });
    addDeserializer(Observations.class, new ValueDeserializer<>() {
      @Override
      public Observations deserialize(JsonParser p, DeserializationContext ctxt) {
        return ObservationReader.create().readOne(copy(p));
      }
    });
  }

  /** A module like this one whose evaluations end with {@code "explanation"}: {@link Evaluation#explain()}. */
  public Rubric4jModule withExplanation() {
    return new Rubric4jModule(true);
  }

  /** Whether evaluations are written with their explanation. */
  public boolean writesExplanation() {
    return explanation;
  }

  /**
   * The JSON value at {@code p}, as text. Numbers are copied as the text they were written in
   * ({@code 1e2} stays {@code 1e2}), so rubric4j's reader sees, and names in its messages,
   * exactly what the request held.
   */
  private static String copy(JsonParser p) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = COPIER.createGenerator(ObjectWriteContext.empty(), out)) {
      int depth = 0;
      JsonToken t = p.currentToken();
      do {
        switch (t) {
          case START_OBJECT -> { g.writeStartObject(); depth++; }
          case START_ARRAY -> { g.writeStartArray(); depth++; }
          case END_OBJECT -> { g.writeEndObject(); depth--; }
          case END_ARRAY -> { g.writeEndArray(); depth--; }
          case PROPERTY_NAME -> g.writeName(p.currentName());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getString());
          default -> g.copyCurrentEvent(p);
        }
        if (depth > 0) {
          t = p.nextToken();
        }
      } while (depth > 0);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
