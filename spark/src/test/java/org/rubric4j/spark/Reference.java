package org.rubric4j.spark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.rubric4j.Evaluation;
import org.rubric4j.ObservationException;
import org.rubric4j.Rubric;
import org.rubric4j.yaml.ObservationReader;
import org.rubric4j.yaml.ObservationRecord;

/**
 * The single-JVM result of a CSV file, as the command-line tool computes it: the file read with
 * {@link ObservationReader}, every valid row scored with {@link Rubric#evaluate}.
 */
record Reference(Map<String, Evaluation> scored, Map<String, String> bad, long rows) {

  static Reference of(Rubric rubric, Path csv) {
    Map<String, Evaluation> scored = new LinkedHashMap<>();
    Map<String, String> bad = new LinkedHashMap<>();
    long rows = 0;
    try (Stream<ObservationRecord> records = ObservationReader.forRubric(rubric).read(csv)) {
      for (ObservationRecord r : (Iterable<ObservationRecord>) records::iterator) {
        rows++;
        if (r instanceof ObservationRecord.Valid v) {
          try {
            scored.put(v.observations().id(), rubric.evaluate(v.observations()));
          } catch (ObservationException e) {
            bad.put(v.observations().id(), e.reason());
          }
        } else if (r instanceof ObservationRecord.Invalid i) {
          bad.put(i.id().orElse("(no id)"), i.reason());
        }
      }
    }
    return new Reference(scored, bad, rows);
  }
}
