package org.rubric4j.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.StringWriter;
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

/**
 * The rubric4j types in Jackson 2, in rubric4j's JSON formats, for an {@code ObjectMapper}
 * (Spring Boot 3 and other applications on Jackson 2):
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new Rubric4jModule());
 * String json = mapper.writeValueAsString(rubric.evaluate(observations));   // the result JSON
 * Observations o = mapper.readValue(body, Observations.class);               // the observation JSON
 * }</pre>
 *
 * <ul>
 *   <li>{@link Evaluation} is written as the result JSON of {@link ResultWriter}, number for
 *       number ({@code 4.00} stays {@code 4.00}), with its {@code "explanation"} when the module
 *       is made {@link #withExplanation()}. Only written: a result is an output.</li>
 *   <li>{@link Observations} is read from the observation JSON with the checks and messages of
 *       {@link ObservationReader#readOne}; one it refuses raises that {@link ObservationException},
 *       carrying every problem (within a bean property, Jackson wraps it in a
 *       {@code JsonMappingException} whose cause it is). Written as the same JSON.</li>
 *   <li>{@link Report} is written as the report JSON of {@link ReportWriter} (what
 *       {@code rubric4j report --format json} writes), scores at the rubric's precision. Only
 *       written: a report is an output.</li>
 *   <li>{@link Rubric} is read from and written as the rubric JSON; a rubric with errors raises
 *       the {@link RubricLoadException} listing them.</li>
 * </ul>
 *
 * <p>The same formats as {@code org.rubric4j.jackson.Rubric4jModule} for Jackson 3. Results and
 * rubrics are embedded as raw JSON values, so the module serves JSON mappers and a pretty printer
 * does not indent inside them. Found by {@code ObjectMapper.findAndRegisterModules()} through
 * {@link java.util.ServiceLoader}. Immutable and thread-safe.
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
    super("rubric4j", Version.unknownVersion());
    this.explanation = explanation;
    ResultWriter results = explanation ? ResultWriter.create().withExplanation() : ResultWriter.create();
    addSerializer(Evaluation.class, new JsonSerializer<>() {
      @Override
      public void serialize(Evaluation value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeRawValue(results.toJson(value));
      }
    });
    addSerializer(Rubric.class, new JsonSerializer<>() {
      @Override
      public void serialize(Rubric value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeRawValue(RubricWriter.create().toJson(value).strip());
      }
    });
    addDeserializer(Rubric.class, new JsonDeserializer<>() {
      @Override
      public Rubric deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return RubricReader.create().readJson(copy(p)).rubric();
      }
    });
    addSerializer(Report.class, new JsonSerializer<>() {
      @Override
      public void serialize(Report value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeRawValue(ReportWriter.create().withoutIndentation().toJson(value));
      }
    });
    addSerializer(Observations.class, new JsonSerializer<>() {
      @Override
      public void serialize(Observations value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeRawValue(ObservationWriter.create().toJson(value));
      }
    });
    addDeserializer(Observations.class, new JsonDeserializer<>() {
      @Override
      public Observations deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
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
   * ({@code 1e2} stays {@code 1e2}), so rubric4j's reader sees exactly what the request held.
   */
  private static String copy(JsonParser p) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = COPIER.createGenerator(out)) {
      int depth = 0;
      JsonToken t = p.currentToken();
      do {
        switch (t) {
          case START_OBJECT -> { g.writeStartObject(); depth++; }
          case START_ARRAY -> { g.writeStartArray(); depth++; }
          case END_OBJECT -> { g.writeEndObject(); depth--; }
          case END_ARRAY -> { g.writeEndArray(); depth--; }
          case FIELD_NAME -> g.writeFieldName(p.currentName());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
          default -> g.copyCurrentEvent(p);
        }
        if (depth > 0) {
          t = p.nextToken();
        }
      } while (depth > 0);
    }
    return out.toString();
  }
}
