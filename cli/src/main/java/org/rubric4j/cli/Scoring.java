package org.rubric4j.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.rubric4j.Evaluation;
import org.rubric4j.ObservationException;
import org.rubric4j.Rubric;
import org.rubric4j.internal.Text;
import org.rubric4j.yaml.ObservationRecord;
import org.rubric4j.yaml.RubricReader;

/**
 * Reads a rubric and a stream of observations, scores every good row in input order and
 * reports every bad one on standard error as {@code DATA:LINE: ID: REASON}, then goes on.
 */
final class Scoring {

  /** How many rows were scored and how many were not. */
  record Counts(long scored, long bad) {}

  private static final int PROGRESS_EVERY = 10_000;

  private Scoring() {}

  /** Reads the rubric file, or throws the loader's exception listing its problems. */
  static Rubric rubric(Path file) throws NoSuchFileException {
    return load(file).rubric();
  }

  /** Reads the rubric file with what it declares for reports, or throws the loader's exception. */
  static org.rubric4j.yaml.LoadedRubric load(Path file) throws NoSuchFileException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    return RubricReader.create().read(file);
  }

  static Counts run(Rubric rubric, DataSource data, InputStream stdin, PrintWriter err,
      BiConsumer<ObservationRecord.Valid, Evaluation> sink) throws NoSuchFileException {
    long scored = 0;
    long bad = 0;
    boolean progress = System.console() != null;
    try (Stream<ObservationRecord> records = data.openFirstOfEachId(rubric, stdin)) {
      var it = records.iterator();
      while (it.hasNext()) {
        ObservationRecord record = it.next();
        if (record instanceof ObservationRecord.Valid valid) {
          try {
            sink.accept(valid, rubric.evaluate(valid.observations()));
            scored++;
          } catch (ObservationException e) {
            err.println(Text.oneLine(data.name() + ":" + valid.line() + ": " + e.evaluationId() + ": " + e.reason()));
            bad++;
          }
        } else if (record instanceof ObservationRecord.Invalid invalid) {
          err.println(data.report(invalid));
          bad++;
        }
        if (progress && (scored + bad) % PROGRESS_EVERY == 0) {
          err.print("\rrubric4j: " + (scored + bad) + " rows read");
          err.flush();
        }
      }
    }
    if (progress && scored + bad >= PROGRESS_EVERY) {
      err.print("\r\033[K");
    }
    err.flush();
    return new Counts(scored, bad);
  }
}
