package org.rubric4j.yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rubric4j.yaml.internal.Format;
import org.rubric4j.yaml.internal.SchemaGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped schema (the jar resource and docs/rubric.schema.json) is exactly what the format
 * description generates, and every object of the schema allows exactly the keys the reader
 * accepts. Run with {@code -Drubric4j.writeSchema=true} to regenerate both files.
 */
class RubricSchemaTest {

  private static final Path RESOURCE = Path.of("src/main/resources/org/rubric4j/yaml/rubric.schema.json");
  private static final Path DOCS = Path.of("../docs/rubric.schema.json");

  @Test
  void shippedSchemasAreTheGeneratedOne() throws IOException {
    String generated = SchemaGenerator.generate();
    if (Boolean.getBoolean("rubric4j.writeSchema")) {
      Files.writeString(RESOURCE, generated, StandardCharsets.UTF_8);
      Files.writeString(DOCS, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(RESOURCE)).isEqualTo(generated);
    assertThat(Files.readString(DOCS)).isEqualTo(generated);
    assertThat(RubricSchema.json()).isEqualTo(generated);
  }

  @Test
  void everySchemaObjectAllowsExactlyTheKeysTheReaderAccepts() {
    ObjectMapper mapper = JsonMapper.builder().build();
    JsonNode schema = mapper.readTree(RubricSchema.json());
    for (Format.Obj o : Format.OBJECTS.values()) {
      JsonNode node = o.name().equals("rubric") ? schema : schema.get("$defs").get(o.name());
      assertThat(node).as(o.name()).isNotNull();
      Set<String> keys = new LinkedHashSet<>();
      node.get("properties").propertyNames().forEach(keys::add);
      assertThat(keys).as(o.name()).containsExactlyElementsOf(o.keyNames());
      assertThat(node.get("additionalProperties").asBoolean(true)).as(o.name()).isFalse();
    }
  }

  @Test
  void theSchemaDescribesTheReportKeys() {
    JsonNode schema = JsonMapper.builder().build().readTree(RubricSchema.json());
    assertThat(schema.get("properties").get("kpis").get("items").get("$ref").asString()).isEqualTo("#/$defs/kpi");
    assertThat(schema.get("properties").get("periodRules").get("items").get("$ref").asString())
        .isEqualTo("#/$defs/periodRule");
    assertThat(schema.get("properties").get("categories").get("additionalProperties").get("pattern")).isNotNull();
    assertThat(schema.get("$defs").get("kpi").get("required").toString()).isEqualTo("[\"id\",\"of\",\"target\"]");
    assertThat(schema.get("$defs").get("kpi").get("properties").get("statistic").get("enum").toString())
        .isEqualTo("[\"mean\",\"min\",\"max\"]");
    assertThat(schema.get("$defs").get("periodRule").get("properties").get("period").get("enum").toString())
        .isEqualTo("[\"day\",\"week\",\"month\",\"quarter\",\"year\"]");
  }

  @Test
  void theReaderRefusesAKeyTheSchemaDoesNotList() {
    for (Map.Entry<String, Format.Obj> e : Format.OBJECTS.entrySet()) {
      assertThat(e.getValue().key("surely-not-a-key")).isEmpty();
    }
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> RubricReader.create().readYaml(
        "rubric: x\ndimensions:\n  - {id: a, indicators: [{id: i, levels: {1: a}, colour: red}]}\n"));
    assertThat(t).isInstanceOf(RubricLoadException.class).hasMessageContaining("unknown key `colour` in an indicator");
  }
}
