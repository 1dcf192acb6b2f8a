package org.rubric4j.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the rubric file format, for editors: with it, VS Code
 * (YAML extension) and IntelliJ complete keys, show their documentation and flag unknown keys
 * while a rubric is typed.
 *
 * <p>The schema ships in this jar as the resource {@value #RESOURCE} and in the project as
 * {@code docs/rubric.schema.json}. It is generated from the same description of the format the
 * reader checks keys against, and a test keeps both copies equal to it. The reader remains the
 * authority: it checks what a schema cannot (weights summing to 100 %, bands without gaps).
 */
public final class RubricSchema {

  /** The class-path resource holding the schema. */
  public static final String RESOURCE = "/org/rubric4j/yaml/rubric.schema.json";

  private RubricSchema() {}

  /** The schema, as JSON text. */
  public static String json() {
    try (InputStream in = RubricSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the rubric schema is missing from the jar: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
