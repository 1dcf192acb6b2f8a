package org.rubric4j.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rubric4j.Rubric;
import org.rubric4j.samples.SampleFolders;
import org.rubric4j.yaml.RubricReader;
import static org.assertj.core.api.Assertions.assertThat;

/** The committed samples are exactly what the seeded generator makes. */
class SampleDataTest {

  @Test
  void committedSamplesMatchTheGenerator() throws Exception {
    for (Map.Entry<String, SampleDataGenerator.Profile> e : SampleDataGenerator.profiles().entrySet()) {
      Rubric rubric = RubricReader.create()
          .read(SampleFolders.of("rubrics").resolve(e.getKey() + ".yaml")).rubric();
      assertThat(Files.readString(SampleFolders.of("samples").resolve(e.getKey() + ".csv"), StandardCharsets.UTF_8))
          .as("%s.csv; regenerate with SampleDataGenerator (see its Javadoc)", e.getKey())
          .isEqualTo(SampleDataGenerator.csv(rubric, e.getValue()));
      assertThat(Files.readString(SampleFolders.of("samples").resolve(e.getKey() + ".bad-rows.csv"), StandardCharsets.UTF_8))
          .isEqualTo(SampleDataGenerator.csvWithBadRows(rubric, e.getValue()));
    }
  }
}
