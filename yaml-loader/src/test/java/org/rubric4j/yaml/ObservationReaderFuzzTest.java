package org.rubric4j.yaml;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.rubric4j.Rubric;

/**
 * Jazzer fuzz target for the observation reader, CSV, JSON Lines and JSON in one target, read
 * against a seed rubric: the first byte, modulo 6, chooses the format and the rubric, so a seed
 * starts with a digit: {@code 0} CSV, {@code 1} JSON Lines, {@code 2} JSON against
 * crm-service-quality (bands and levels); {@code 3}, {@code 4}, {@code 5} the same against
 * service-standards-combined (deductions, occurrences, a flag and a veto). The rest is the
 * document, as bytes, so the UTF-8 decoding is fuzzed too. The property is
 * {@link LoaderContract#checkObservations}: nothing escapes, every record has a line.
 *
 * <p>In {@code ./mvnw verify} this runs as a JUnit regression test over the committed inputs in
 * {@code src/test/resources/org/rubric4j/yaml/ObservationReaderFuzzTestInputs/observations/}.
 * To fuzz (docs/quality.md, "Fuzzing"): {@code JAZZER_FUZZ=1 ./mvnw -pl yaml-loader -am test
 * -Dtest=ObservationReaderFuzzTest#observations -Dsurefire.failIfNoSpecifiedTests=false
 * -Djazzer.max_duration=30m}.
 */
class ObservationReaderFuzzTest {

  private static final ObservationFormat[] FORMATS = {
      ObservationFormat.CSV, ObservationFormat.JSON_LINES, ObservationFormat.JSON};
  private static final Rubric[] RUBRICS = {
      LoaderContract.seedRubric(LoaderContract.CRM), LoaderContract.seedRubric(LoaderContract.COMBINED)};

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "/org/rubric4j/yaml/fuzz/observations.dict")
  void observations(byte[] data) {
    if (data.length == 0) {
      for (ObservationFormat f : FORMATS) {
        LoaderContract.checkObservations(data, f, RUBRICS[0]);
      }
      return;
    }
    int choice = Byte.toUnsignedInt(data[0]) % 6;
    LoaderContract.checkObservations(Arrays.copyOfRange(data, 1, data.length), FORMATS[choice % 3],
        RUBRICS[choice / 3]);
  }
}
