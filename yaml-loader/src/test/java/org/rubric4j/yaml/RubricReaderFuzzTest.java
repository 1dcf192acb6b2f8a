package org.rubric4j.yaml;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;

/**
 * Jazzer fuzz target for the rubric reader, YAML and JSON in one target: the first byte chooses
 * the syntax (even: YAML, so a seed starts with {@code 0}; odd: JSON, {@code 1}), the rest is the
 * document, read through {@link RubricReader#read(java.io.InputStream, RubricFormat, String)} so
 * the UTF-8 decoding is fuzzed too. The property is {@link LoaderContract#checkRubric}.
 *
 * <p>In {@code ./mvnw verify} this runs as a JUnit regression test over the committed inputs in
 * {@code src/test/resources/org/rubric4j/yaml/RubricReaderFuzzTestInputs/rubricFile/}: the seed
 * rubrics and every input a campaign found interesting. To fuzz (docs/quality.md, "Fuzzing"):
 * {@code JAZZER_FUZZ=1 ./mvnw -pl yaml-loader -am test -Dtest=RubricReaderFuzzTest#rubricFile
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=30m}.
 */
class RubricReaderFuzzTest {

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "/org/rubric4j/yaml/fuzz/rubric.dict")
  void rubricFile(byte[] data) {
    if (data.length == 0) {
      LoaderContract.checkRubric(data, RubricFormat.YAML);
      LoaderContract.checkRubric(data, RubricFormat.JSON);
      return;
    }
    RubricFormat format = (data[0] & 1) == 0 ? RubricFormat.YAML : RubricFormat.JSON;
    LoaderContract.checkRubric(Arrays.copyOfRange(data, 1, data.length), format);
  }
}
