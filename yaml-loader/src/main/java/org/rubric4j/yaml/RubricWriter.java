package org.rubric4j.yaml;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.rubric4j.Rubric;
import org.rubric4j.yaml.internal.RubricTree;
import org.rubric4j.yaml.internal.TreeWriter;

/**
 * Writes a {@link Rubric} as a rubric file, YAML or JSON, that {@link RubricReader} reads back
 * to an equal rubric: {@code reader.readYaml(writer.toYaml(r)).rubric().equals(r)}.
 *
 * <p>Keys follow the order of docs/rubric-format.md; defaults (policies, {@code steps: started},
 * a veto score of 0) are left out; intervals, weights and durations use their canonical text
 * ({@code "(2h, 6h]"}, {@code 20%}); decimals are plain ({@code 0.0001}, never {@code 1E-4}).
 * Immutable and thread-safe.
 */
public final class RubricWriter {

  private static final RubricWriter INSTANCE = new RubricWriter();

  private RubricWriter() {}

  /** The writer. */
  public static RubricWriter create() {
    return INSTANCE;
  }

  /** {@code rubric} as YAML. */
  public String toYaml(Rubric rubric) {
    return toText(rubric, RubricFormat.YAML);
  }

  /** {@code rubric} as pretty-printed JSON. */
  public String toJson(Rubric rubric) {
    return toText(rubric, RubricFormat.JSON);
  }

  /** {@code rubric} in {@code format}. */
  public String toText(Rubric rubric, RubricFormat format) {
    StringWriter out = new StringWriter();
    write(rubric, format, out);
    return out.toString();
  }

  /** Writes {@code rubric} in {@code format} to {@code out}, which is flushed but not closed. */
  public void write(Rubric rubric, RubricFormat format, Writer out) {
    write(rubric, RubricAnalytics.none(), format, out);
  }

  /**
   * {@code loaded}'s rubric and its KPIs, period rules and categories in {@code format}: what
   * {@link RubricReader} reads back to an equal rubric and equal analytics.
   */
  public String toText(LoadedRubric loaded, RubricFormat format) {
    Objects.requireNonNull(loaded, "loaded");
    StringWriter out = new StringWriter();
    write(loaded.rubric(), loaded.analytics(), format, out);
    return out.toString();
  }

  /**
   * Writes {@code rubric} followed by {@code analytics} ({@code kpis}, {@code periodRules},
   * {@code categories}) in {@code format} to {@code out}, which is flushed but not closed.
   */
  public void write(Rubric rubric, RubricAnalytics analytics, RubricFormat format, Writer out) {
    Objects.requireNonNull(rubric, "rubric");
    Objects.requireNonNull(analytics, "analytics");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    TreeWriter.write(RubricTree.of(rubric, analytics), format == RubricFormat.YAML, out);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code rubric} to {@code file} in UTF-8, as JSON when its name ends in {@code .json},
   * otherwise as YAML.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(Rubric rubric, Path file) {
    // Before the file is opened: opening it empties what is there.
    Objects.requireNonNull(rubric, "rubric");
    Objects.requireNonNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(rubric, RubricFormat.of(file), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
