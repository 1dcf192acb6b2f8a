package org.rubric4j.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rubric4j.Rubric;
import org.rubric4j.Severity;
import org.rubric4j.yaml.internal.Input;
import org.rubric4j.yaml.internal.Loader;
import org.rubric4j.yaml.internal.TreeReader;

/**
 * Reads rubric files (YAML or JSON, the same tree; see docs/rubric-format.md) into a {@link Rubric},
 * through the public {@link Rubric#builder(String) builder}, so a file and Java code can never
 * behave differently.
 *
 * <pre>{@code
 * LoadedRubric loaded = RubricReader.create().read(Path.of("crm-service-quality.yaml"));
 * Rubric rubric = loaded.rubric();
 * loaded.warnings().forEach(System.err::println);   // rubric.yaml:12:7: warning: ...
 * }</pre>
 *
 * <p>A file with any error gives one {@link RubricLoadException} that lists <em>every</em>
 * problem of the file, each with {@code file:line:column}, its key path, the offending value
 * and a hint. The reader is defensive: YAML anchors, aliases, tags and merge keys are refused;
 * duplicate keys, unknown keys and values of the wrong kind are errors; {@code 010},
 * {@code 0x10}, {@code 1_000}, {@code yes}, {@code on}, NaN and infinities are refused rather
 * than guessed; a file may be at most 1 MiB, nest at most 32 levels and hold at most 200 000
 * tokens. No parser exception or {@code null} ever reaches the caller.
 *
 * <p>Immutable and thread-safe.
 */
public final class RubricReader {

  /** Largest file read, in bytes: 1 MiB. */
  public static final int MAX_BYTES = TreeReader.MAX_CHARS;

  private static final RubricReader INSTANCE = new RubricReader();

  private RubricReader() {}

  /** The reader. */
  public static RubricReader create() {
    return INSTANCE;
  }

  /**
   * Reads the rubric file {@code file}; {@code .json} is read as JSON, anything else as YAML.
   *
   * @throws RubricLoadException listing every problem of the file, including one that it
   *     cannot be read
   */
  public LoadedRubric read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw fail(source, "unreadable", "cannot read the file: it is a directory; give the rubric file in it", null);
    }
    try {
      if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
        throw fail(source, "too-large", "the file is larger than 1 MiB; split it or remove what is not needed", null);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, RubricFormat.of(file), source);
      }
    } catch (IOException e) {
      throw fail(source, "unreadable", "cannot read the file: " + describe(e), e);
    }
  }

  /**
   * Reads a rubric from {@code in} (UTF-8, with or without BOM; not closed).
   *
   * @param source the name used in messages, such as the file name
   * @throws RubricLoadException listing every problem
   */
  public LoadedRubric read(InputStream in, RubricFormat format, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    String text;
    try {
      text = Input.read(in, MAX_BYTES);
    } catch (IOException e) {
      throw fail(source, "unreadable", "cannot read the input: " + describe(e), e);
    } catch (Input.Refused e) {
      throw new RubricLoadException(source, List.of(new LoadProblem(Severity.ERROR, source, e.line(), e.column(), "",
          "unreadable", e.getMessage())), null);
    }
    return read(text, format, source);
  }

  /**
   * Reads a rubric from {@code text}.
   *
   * @param source the name used in messages, such as {@code <string>}
   * @throws RubricLoadException listing every problem
   */
  public LoadedRubric read(String text, RubricFormat format, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    Loader.Outcome outcome = Loader.load(Input.withoutBom(text),
        format == RubricFormat.JSON ? TreeReader.Syntax.JSON : TreeReader.Syntax.YAML);
    List<LoadProblem> problems = new ArrayList<>();
    for (Loader.Found f : outcome.problems()) {
      problems.add(new LoadProblem(f.severity(), source, f.pos().line(), f.pos().column(), f.path(), f.code(), f.message()));
    }
    if (outcome.rubric().isEmpty()) {
      if (problems.stream().noneMatch(LoadProblem::isError)) {
        problems.add(new LoadProblem(Severity.ERROR, source, 0, 0, "", "internal", "the rubric could not be built"));
      }
      throw new RubricLoadException(source, problems, outcome.cause().orElse(null));
    }
    return new LoadedRubric(outcome.rubric().get(), problems, source, outcome.analytics());
  }

  /** Reads a YAML rubric from {@code text}, named {@code <string>} in messages. */
  public LoadedRubric readYaml(String text) {
    return read(text, RubricFormat.YAML, "<string>");
  }

  /** Reads a JSON rubric from {@code text}, named {@code <string>} in messages. */
  public LoadedRubric readJson(String text) {
    return read(text, RubricFormat.JSON, "<string>");
  }

  private static RubricLoadException fail(String source, String code, String message, Throwable cause) {
    return new RubricLoadException(source, List.of(new LoadProblem(Severity.ERROR, source, 0, 0, "", code, message)), cause);
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "input/output error" : Messages.clean(m);
  }

  /** Message helpers kept local to the API package. */
  private static final class Messages {
    static String clean(String m) {
      return m.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*", "").strip();
    }
  }
}
