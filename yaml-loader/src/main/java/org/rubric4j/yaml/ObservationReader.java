package org.rubric4j.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.rubric4j.Observations;
import org.rubric4j.ObservationException;
import org.rubric4j.Problem;
import org.rubric4j.Rubric;
import org.rubric4j.yaml.internal.ObservationChecks;
import org.rubric4j.yaml.internal.ObservationSources;

/**
 * Reads observations (docs/rubric-format.md, "Observations") from JSON (one object or an array),
 * JSON Lines or CSV, <em>streaming</em>: one evaluation is held at a time, so memory does not
 * grow with the file.
 *
 * <pre>{@code
 * ObservationReader reader = ObservationReader.forRubric(rubric);
 * try (Stream<ObservationRecord> records = reader.read(Path.of("september.csv"))) {
 *   records.forEach(r -> {
 *     if (r instanceof ObservationRecord.Valid v) {
 *       Evaluation e = rubric.evaluate(v.observations());
 *     } else {
 *       System.err.println(r);   // september.csv:17: error: ev-17: column fcr: "85" is not a percent; ...
 *     }
 *   });
 * }
 * }</pre>
 *
 * <p>A row, line or array element that cannot be read gives an
 * {@link ObservationRecord.Invalid} with its line number, its id when readable and every
 * reason; reading goes on with the next one. A reader made {@link #forRubric for a rubric}
 * also refuses what does not fit it: unknown indicator, flag or evidence columns (CSV: the
 * header is refused and nothing is read), values the indicator cannot read or score
 * ({@code 85} for a percent, an undeclared level, a value in no band), {@code n/a} under
 * {@code notApplicable: forbid}. Missing values are left to {@link Rubric#evaluate}, which
 * applies the rubric's {@code missing} policy.
 *
 * <p>Values go into {@link Observations} as text, read later with the indicator's measure;
 * numbers keep their plain text. In CSV an empty cell is an absent value; flags are
 * {@code true} or {@code false}. Immutable and thread-safe; each stream is single-use.
 */
public final class ObservationReader {

  /** The source named in the records of {@link #readOne}. */
  private static final String ONE_SOURCE = "<observation>";

  private final Optional<Rubric> rubric;

  private ObservationReader(Optional<Rubric> rubric) {
    this.rubric = rubric;
  }

  /** A reader that checks the structure only. */
  public static ObservationReader create() {
    return new ObservationReader(Optional.empty());
  }

  /** A reader that also checks every evaluation against {@code rubric}. */
  public static ObservationReader forRubric(Rubric rubric) {
    return new ObservationReader(Optional.of(Objects.requireNonNull(rubric, "rubric")));
  }

  /**
   * The evaluations in {@code file}, in the format its extension says ({@link ObservationFormat#of}).
   * Close the stream to close the file.
   *
   * @throws UncheckedIOException when the file cannot be opened
   */
  public Stream<ObservationRecord> read(Path file) {
    Objects.requireNonNull(file, "file");
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file, e);
    }
    return read(in, ObservationFormat.of(file), file.toString()).onClose(() -> close(in));
  }

  /**
   * The evaluations in {@code in} (UTF-8, with or without BOM). Closing the stream closes
   * {@code in}.
   *
   * @param source the name used in records, such as the file name
   */
  public Stream<ObservationRecord> read(InputStream in, ObservationFormat format, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    ObservationChecks checks = new ObservationChecks(rubric);
    Iterator<ObservationRecord> records = switch (format) {
      case JSON -> ObservationSources.json(ObservationSources.utf8(in), source, checks);
      case JSON_LINES -> ObservationSources.jsonLines(ObservationSources.utf8(in), source, checks);
      case CSV -> ObservationSources.csv(ObservationSources.withoutBom(in), source, checks); // split as bytes
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> close(in));
  }

  /**
   * The one evaluation written as a JSON object in {@code json}, such as a request body: what a
   * web service reads. A reader {@link #forRubric for a rubric} checks it against the rubric as
   * {@link #read} does.
   *
   * @throws ObservationException carrying every problem of the observation, the type
   *     {@link Rubric#evaluate} throws for one it cannot score, so one handler serves both; also
   *     when the text is not one JSON object (empty, an array, two values)
   */
  public Observations readOne(String json) {
    Objects.requireNonNull(json, "json");
    return readOne(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * The one evaluation written as a JSON object in {@code json} (UTF-8, with or without BOM).
   *
   * @throws ObservationException carrying every problem of the observation
   * @see #readOne(String)
   */
  public Observations readOne(byte[] json) {
    Objects.requireNonNull(json, "json");
    return readOne(new java.io.ByteArrayInputStream(json));
  }

  /**
   * The one evaluation written as a JSON object in {@code in} (UTF-8, with or without BOM; read
   * to its end, not closed).
   *
   * @throws ObservationException carrying every problem of the observation
   * @throws UncheckedIOException when {@code in} fails
   * @see #readOne(String)
   */
  public Observations readOne(InputStream in) {
    Objects.requireNonNull(in, "in");
    java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // The caller's stream stays open, as RubricReader.read(InputStream, ...) leaves it.
      }
    });
    if (startsWithArray(buffered)) {
      throw notOne("the input is a JSON array; readOne reads one observation, a JSON object"
          + " (read a file of several with read)");
    }
    try (Stream<ObservationRecord> records = read(buffered, ObservationFormat.JSON, ONE_SOURCE)) {
      java.util.List<ObservationRecord> found = records.limit(2).toList();
      if (found.isEmpty()) {
        throw notOne("the input is empty; readOne reads one observation, a JSON object");
      }
      if (found.get(0) instanceof ObservationRecord.Invalid invalid) {
        throw invalid.toException();
      }
      if (found.size() > 1) {
        throw notOne("the input holds more than one JSON value; readOne reads one observation, a JSON object");
      }
      return ((ObservationRecord.Valid) found.get(0)).observations();
    }
  }

  private static ObservationException notOne(String message) {
    return new ObservationException("", java.util.List.of(Problem.error("", "invalid-observation", message)));
  }

  /** Whether the first byte after a BOM and white space is {@code [}; the stream is reset to its start. */
  private static boolean startsWithArray(java.io.BufferedInputStream in) {
    try {
      in.mark(4096);
      int b = in.read();
      if (b == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
        b = in.read();
      }
      for (int skipped = 0; skipped < 4000 && (b == ' ' || b == '\t' || b == '\n' || b == '\r'); skipped++) {
        b = in.read();
      }
      in.reset();
      return b == '[';
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the observation", e);
    }
  }

  /** Calls {@code action} with every evaluation of {@code file}, in order, then closes it. */
  public void forEach(Path file, Consumer<ObservationRecord> action) {
    Objects.requireNonNull(action, "action");
    try (Stream<ObservationRecord> records = read(file)) {
      records.forEach(action);
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
