package org.rubric4j.yaml;

import java.nio.file.Path;
import java.util.Locale;

/** The two syntaxes of a rubric file; both hold the same tree (docs/rubric-format.md). */
public enum RubricFormat {
  /** YAML 1.2, without anchors, aliases, tags or merge keys. */
  YAML,
  /** JSON. */
  JSON;

  /** The format a file name's extension says: {@code .json} is JSON, anything else YAML. */
  public static RubricFormat of(Path file) {
    Path name = java.util.Objects.requireNonNull(file, "file").getFileName();
    return name != null ? ofName(name.toString()) : YAML;
  }

  /**
   * The format a resource or URL path says: one ending in {@code .json} (any case) is JSON,
   * anything else YAML ({@code rubrics/crm.json}, {@code https://example.org/crm.yaml}).
   */
  public static RubricFormat ofName(String name) {
    java.util.Objects.requireNonNull(name, "name");
    return name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
  }
}
