package org.rubric4j.yaml;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats of observations (docs/rubric-format.md, "Observations"). */
public enum ObservationFormat {
  /** One JSON object, or a JSON array of them. */
  JSON,
  /** One JSON object per line. */
  JSON_LINES,
  /** A header row, then one evaluation per row; UTF-8 with or without BOM. */
  CSV;

  /**
   * The format a file name's extension says: {@code .csv} is CSV, {@code .jsonl} and
   * {@code .ndjson} are JSON Lines, anything else JSON.
   */
  public static ObservationFormat of(Path file) {
    Path name = java.util.Objects.requireNonNull(file, "file").getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv")) {
      return CSV;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    return JSON;
  }
}
