package org.rubric4j.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link FirstLines} answers as a {@code HashMap} would, through growth and equal hashes. */
class FirstLinesTest {

  @Test
  void agreesWithAMapThroughGrowthAndRepeats() {
    SplittableRandom random = new SplittableRandom(11);
    FirstLines lines = new FirstLines();
    Map<String, Long> expected = new HashMap<>();
    for (long line = 1; line <= 200_000; line++) {
      String id = random.nextInt(4) == 0 ? "ev-" + random.nextInt(1000) : "row-" + random.nextLong(1_000_000_000L)
          + (random.nextInt(50) == 0 ? "-评" : "");
      Long first = expected.putIfAbsent(id, line);
      assertThat(lines.putIfAbsent(id, line)).as(id).isEqualTo(first == null ? -1 : first);
    }
  }

  @Test
  void idsWithEqualHashesAreTold() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    FirstLines lines = new FirstLines();
    assertThat(lines.putIfAbsent("Aa", 2)).isEqualTo(-1);
    assertThat(lines.putIfAbsent("BB", 3)).isEqualTo(-1);
    assertThat(lines.putIfAbsent("BB", 4)).isEqualTo(3);
    assertThat(lines.putIfAbsent("Aa", 5)).isEqualTo(2);
    assertThat(lines.putIfAbsent("", 6)).isEqualTo(-1);
    assertThat(lines.putIfAbsent("", 7)).isEqualTo(6);
  }
}
