package org.rubric4j.examples;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.rubric4j.Evaluation;
import org.rubric4j.ObservationException;
import org.rubric4j.Rubric;
import org.rubric4j.yaml.ObservationReader;
import org.rubric4j.yaml.ObservationRecord;
import org.rubric4j.yaml.ResultWriter;
import org.rubric4j.yaml.RubricReader;

/**
 * Embedding example 2: load a YAML rubric once, then score a CSV or JSON Lines file as a
 * stream, writing one JSON result per line and reporting bad rows without stopping.
 *
 * <pre>java ... ScoreYamlRubricStream rubric.yaml observations.csv</pre>
 */
public final class ScoreYamlRubricStream {

  private ScoreYamlRubricStream() {}

  /** Scores {@code args[1]} with the rubric {@code args[0]}; returns how many rows failed. */
  public static long run(Path rubricFile, Path data, Appendable out, Appendable err) throws Exception {
    Rubric rubric = RubricReader.create().read(rubricFile).rubric();   // RubricLoadException lists every problem
    ResultWriter results = ResultWriter.forRubric(rubric);
    long failed = 0;
    try (Stream<ObservationRecord> records = ObservationReader.forRubric(rubric).read(data)) {
      for (ObservationRecord record : (Iterable<ObservationRecord>) records::iterator) {
        if (record instanceof ObservationRecord.Valid valid) {
          try {
            Evaluation e = rubric.evaluate(valid.observations());
            out.append(results.toJson(e)).append('\n');
          } catch (ObservationException e) {
            err.append(record.location()).append(": ").append(e.reason()).append('\n');
            failed++;
          }
        } else {
          err.append(record.toString()).append('\n');
          failed++;
        }
      }
    }
    return failed;
  }

  /** Command-line entry: {@code rubric.yaml observations.csv}. */
  public static void main(String[] args) throws Exception {
    long failed = run(Path.of(args[0]), Path.of(args[1]), System.out, System.err);
    System.exit(failed == 0 ? 0 : 1);
  }
}
