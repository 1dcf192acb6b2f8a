package org.rubric4j.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.rubric4j.yaml.internal.ObservationSources;

/**
 * JSON Lines are split at every {@code \n}, {@code \r\n} and lone {@code \r}, whatever the
 * lengths of the lines around the reader's buffer (64 Ki characters), and each record keeps its
 * line number, blank lines counted.
 */
class JsonLinesBreaksPropertiesTest {

  /** A line: −1 for a blank one, else the length of the observation's subject. */
  @Provide
  Arbitrary<Integer> lines() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(-1)),
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 40)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(30_000, 70_000)));
  }

  @Provide
  Arbitrary<String> breaks() {
    return Arbitraries.of("\n", "\r\n", "\r");
  }

  @Property(tries = 60)
  void everyLineIsReadWhole(@ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("lines") Integer> lines,
      @ForAll @Size(12) List<@net.jqwik.api.From("breaks") String> breaks, @ForAll boolean lastBreak) {
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      int length = lines.get(k);
      if (length >= 0) {
        String subject = "s".repeat(length);
        text.append("{\"id\":\"e").append(k).append("\",\"subject\":\"").append(subject).append("\"}");
        expected.add((k + 1) + " e" + k + " " + length);
      } else {
        text.append("  ");
      }
      if (k < lines.size() - 1 || lastBreak) {
        text.append(breaks.get(k));
      }
    }

    List<String> read = read(text.toString()).stream()
        .map(r -> r.line() + " " + r.id().orElse("-") + " "
            + (r instanceof ObservationRecord.Valid v ? v.observations().subject().orElse("").length() : r.toString()))
        .toList();

    assertThat(read).containsExactlyElementsOf(expected);
  }

  @Test
  void aLineOverTheLimitIsRefusedAndTheNextOneRead() {
    String huge = "{\"id\":\"big\",\"subject\":\"" + "x".repeat(ObservationSources.MAX_RECORD_CHARS) + "\"}";
    List<ObservationRecord> records = read(huge + "\r\n{\"id\":\"after\"}\n");

    assertThat(records).hasSize(2);
    assertThat(records.get(0)).isInstanceOf(ObservationRecord.Invalid.class);
    assertThat(((ObservationRecord.Invalid) records.get(0)).reason())
        .isEqualTo("the line is longer than " + ObservationSources.MAX_RECORD_CHARS + " characters");
    assertThat(records.get(1).line()).isEqualTo(2);
    assertThat(records.get(1).id()).contains("after");
  }

  private static List<ObservationRecord> read(String jsonl) {
    return ObservationReader.create().read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
        ObservationFormat.JSON_LINES, "x.jsonl").toList();
  }
}
