package org.rubric4j.yaml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rubric4j.Rubric;
import org.rubric4j.RubricException;

/**
 * The robustness contract of the loader under hostile input, shared by the Jazzer fuzz tests and
 * the jqwik garbage tests: whatever the bytes,
 *
 * <ul>
 *   <li>a rubric document gives a {@link LoadedRubric} or a {@link RubricLoadException}, and
 *       nothing else (never a {@code NullPointerException}, {@code ClassCastException} or
 *       parser exception); the exception lists at least one error, every problem has a line
 *       (from 1, within the document) and a column, or is one of the
 *       {@linkplain #WITHOUT_LINE documented problems of the whole input}, and no problem
 *       is the loader's own {@code internal} failure;</li>
 *   <li>an observations document gives a finite stream of {@link ObservationRecord}s and throws
 *       nothing: a bad row, line or element is an {@link ObservationRecord.Invalid} with a
 *       line from 1 and a reason; a {@link ObservationRecord.Valid} one evaluates under the
 *       rubric, or fails with a {@link RubricException} (a missing value, say), never another
 *       exception;</li>
 *   <li>no message leaks a parser's class name or exception;</li>
 *   <li>every input is answered within {@link #TIMEOUT}.</li>
 * </ul>
 *
 * <p>A violation is an {@link AssertionError} naming the input, so Jazzer and jqwik report it
 * as a finding.
 */
final class LoaderContract {

  /** The time one input may take, JIT warm-up included; a hang is a finding. */
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  /**
   * The problem codes that may come without a line ({@link LoadProblem}): they are about the whole
   * input, its size or an I/O failure. An in-memory document has no I/O failure, so an
   * {@code unreadable} problem must be about its size.
   */
  static final Set<String> WITHOUT_LINE = Set.of("too-large", "unreadable");

  /** The seed rubric the observation targets read against. */
  static final Path CRM = Path.of("src/test/resources/org/rubric4j/yaml/fuzz/crm-service-quality.yaml");
  /** A second seed rubric, with deductions, occurrences, flags and a veto. */
  static final Path COMBINED = Path.of("src/test/resources/org/rubric4j/yaml/fuzz/service-standards-combined.yaml");

  private static final Pattern LEAK = Pattern.compile(
      "Exception|tools\\.jackson|com\\.fasterxml|org\\.snakeyaml|snakeyaml|java\\.|at \\[Source");

  /** Runs the targets on a daemon thread, so a hang is reported instead of stopping the run. */
  private static ExecutorService worker = newWorker();

  private LoaderContract() {}

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "loader-contract");
      t.setDaemon(true);
      return t;
    });
  }

  /** Loads the seed rubric {@code file}, which must load. */
  static Rubric seedRubric(Path file) {
    return RubricReader.create().read(file).rubric();
  }

  /** Checks the rubric contract for {@code document} read as {@code format}. */
  static void checkRubric(byte[] document, RubricFormat format) {
    within(document, () -> {
      checkRubricNow(document, format);
      return null;
    });
  }

  /** Checks the observation contract for {@code document} read as {@code format} against {@code rubric}. */
  static long checkObservations(byte[] document, ObservationFormat format, Rubric rubric) {
    return within(document, () -> checkObservationsNow(document, format, rubric));
  }

  private static void checkRubricNow(byte[] document, RubricFormat format) {
    LoadedRubric loaded;
    try {
      loaded = RubricReader.create().read(new ByteArrayInputStream(document), format, "fuzz");
    } catch (RubricLoadException e) {
      checkException(e, document);
      return;
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("the reader threw " + e + " instead of RubricLoadException", e);
    }
    if (loaded == null || loaded.rubric() == null) {
      throw new AssertionError("the reader returned no rubric and threw nothing");
    }
    for (LoadProblem p : loaded.warnings()) {
      if (p.isError()) {
        throw new AssertionError("a loaded rubric carries an error: " + p);
      }
      if (p.line() < 1) {
        throw new AssertionError("a warning without a line: " + p);
      }
      checkMessage(p.toString(), document);
    }
  }

  private static void checkException(RubricLoadException e, byte[] document) {
    List<LoadProblem> problems = e.problems();
    if (problems == null || problems.stream().noneMatch(LoadProblem::isError)) {
      throw new AssertionError("RubricLoadException without an error: " + e.getMessage(), e);
    }
    long lines = lineCount(document);
    for (LoadProblem p : problems) {
      if (p.code().equals("internal")) {
        throw new AssertionError("the loader failed internally: " + p, e.getCause() != null ? e.getCause() : e);
      }
      if (p.line() < 1) {
        if (!WITHOUT_LINE.contains(p.code()) || !p.message().contains("larger than")) {
          throw new AssertionError("a problem without a line: " + p + " (code " + p.code() + ")", e);
        }
      } else if (p.line() > lines || p.column() < 1) {
        throw new AssertionError("a problem at " + p.line() + ":" + p.column() + " outside the document of "
            + lines + " lines: " + p, e);
      }
      checkMessage(p.toString(), document);
    }
    checkMessage(e.getMessage(), document);
  }

  private static long checkObservationsNow(byte[] document, ObservationFormat format, Rubric rubric) {
    long records = 0;
    long lines = lineCount(document);
    ObservationReader reader = ObservationReader.forRubric(rubric);
    try (Stream<ObservationRecord> stream = reader.read(new ByteArrayInputStream(document), format, "fuzz")) {
      var it = stream.iterator();
      while (it.hasNext()) {
        ObservationRecord r = it.next();
        records++;
        if (records > document.length + 2L) {
          throw new AssertionError("more records (" + records + ") than the document has bytes (" + document.length + ")");
        }
        if (r == null) {
          throw new AssertionError("a null record");
        }
        if (r.line() < 1 || r.line() > lines) {
          throw new AssertionError("record at line " + r.line() + " outside the document of " + lines + " lines: " + r);
        }
        if (r instanceof ObservationRecord.Invalid i) {
          if (i.reason().isBlank()) {
            throw new AssertionError("an invalid record without a reason: " + r);
          }
          if (i.reason().startsWith("cannot read the input") && !i.reason().contains("not valid UTF-8")
              && !text(document).contains("cannot read the input")) {
            throw new AssertionError("an in-memory document failed to read (an unexpected exception?): " + r);
          }
          checkMessage(i.toString(), document);
        } else if (r instanceof ObservationRecord.Valid v) {
          if (v.observations() == null || v.observations().id().isBlank()) {
            throw new AssertionError("a valid record without an id: " + r);
          }
          try {
            rubric.evaluate(v.observations());
          } catch (RubricException e) {
            // documented: a missing value under `missing: error`, everything not applicable, ...
          } catch (RuntimeException e) {
            throw new AssertionError("Rubric.evaluate threw " + e + " for the valid record " + r, e);
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw new AssertionError("an I/O failure on an in-memory document: " + e, e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("the observation reader threw " + e, e);
    }
    return records;
  }

  /** Checks {@code message} is present and names no parser class or exception that the input did not. */
  private static void checkMessage(String message, byte[] document) {
    if (message == null || message.isBlank()) {
      throw new AssertionError("an empty message");
    }
    var m = LEAK.matcher(message);
    while (m.find()) {
      if (!text(document).contains(m.group())) {
        throw new AssertionError("a message leaks the parser (`" + m.group() + "`): " + message);
      }
    }
  }

  /** {@code document} as text, for checking whether a message only quotes it. */
  private static String text(byte[] document) {
    return new String(document, StandardCharsets.UTF_8);
  }

  /** The lines of {@code document} as an editor counts them (\n, \r\n or \r), at least 1. */
  static long lineCount(byte[] document) {
    long lines = 1;
    for (int i = 0; i < document.length; i++) {
      if (document[i] == '\n' || (document[i] == '\r' && (i + 1 >= document.length || document[i + 1] != '\n'))) {
        lines++;
      }
    }
    return lines;
  }

  private static <T> T within(byte[] document, java.util.concurrent.Callable<T> check) {
    Future<T> f = worker.submit(check);
    try {
      return f.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      worker.shutdownNow();
      worker = newWorker(); // the hung thread is abandoned (a daemon)
      throw new AssertionError("no answer within " + TIMEOUT.toSeconds() + " s for " + describe(document));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AssertionError a) {
        throw a;
      }
      throw new AssertionError("the check failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** The start of {@code document}, for messages. */
  static String describe(byte[] document) {
    String text = new String(document, 0, Math.min(document.length, 200), StandardCharsets.UTF_8);
    return document.length + " bytes: " + text.replace("\n", "\\n").replace("\r", "\\r");
  }

  /** The bytes of a test resource file. */
  static byte[] bytes(Path file) {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
