package org.rubric4j.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
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
   * Reads the rubric at {@code url} ({@code file:}, {@code jar:}, {@code http:} and any scheme the
   * JVM opens); a path ending in {@code .json} is read as JSON, anything else as YAML. Messages
   * name the URL.
   *
   * @throws RubricLoadException listing every problem, including that it cannot be opened
   */
  public LoadedRubric read(URL url) {
    Objects.requireNonNull(url, "url");
    String source = url.toString();
    try (InputStream in = url.openStream()) {
      return read(in, RubricFormat.ofName(url.getPath()), source);
    } catch (IOException e) {
      throw fail(source, "unreadable", "cannot read the URL: " + describe(e), e);
    }
  }

  /**
   * Reads the class-path resource {@code name} ({@code rubrics/crm-service-quality.yaml}, no
   * leading slash) through {@code loader}; {@code .json} is JSON, anything else YAML. Messages
   * name it {@code classpath:NAME}. A resource in a named module is found only when its module
   * opens the resource's package (an automatic module, such as a plain jar, opens all).
   *
   * @throws RubricLoadException listing every problem, including that there is no such resource
   */
  public LoadedRubric readResource(String name, ClassLoader loader) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(loader, "loader");
    String source = "classpath:" + name;
    URL url = loader.getResource(name.startsWith("/") ? name.substring(1) : name);
    if (url == null) {
      throw fail(source, "not-found", "there is no resource " + name + " on the class path"
          + (name.startsWith(".") ? " (resource names start at the class path's root: rubrics/x.yaml)" : ""), null);
    }
    try (InputStream in = url.openStream()) {
      return read(in, RubricFormat.ofName(name), source);
    } catch (IOException e) {
      throw fail(source, "unreadable", "cannot read the resource: " + describe(e), e);
    }
  }

  /**
   * Reads the class-path resource {@code name} through the current thread's context class
   * loader, or the loader of this library when the thread has none: what an application server
   * or Spring Boot's nested jars expect.
   *
   * @throws RubricLoadException listing every problem, including that there is no such resource
   * @see #readResource(String, ClassLoader)
   */
  public LoadedRubric readResource(String name) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return readResource(name, context != null ? context : RubricReader.class.getClassLoader());
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
