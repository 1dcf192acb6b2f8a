package org.rubric4j.analytics;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataQualityTest {

  @Test
  void countsEveryRowAndKeepsTheSmallestIdsUpToTheCap() {
    DataQuality q = DataQuality.empty().withAccepted(3);
    for (int k = 30; k >= 1; k--) {
      q = q.withExcluded(DataQuality.OUT_OF_RANGE, String.format("ev-%02d", k));
    }
    assertThat(q.seen()).isEqualTo(33);
    assertThat(q.excluded(DataQuality.OUT_OF_RANGE)).isEqualTo(30);
    assertThat(q.ids(DataQuality.OUT_OF_RANGE)).hasSize(DataQuality.ID_CAP).first().isEqualTo("ev-01");
    assertThat(q.ids(DataQuality.OUT_OF_RANGE)).last().isEqualTo("ev-20");
    assertThat(q.summary()).startsWith("accepted 3, excluded 30\nout-of-range: 30 (ev-01, ev-02,").endsWith("ev-20, ...)");
  }

  @Test
  void mergeDoesNotDependOnOrder() {
    DataQuality a = DataQuality.empty();
    DataQuality b = DataQuality.empty().withAccepted(2);
    for (int k : IntStream.range(0, 25).toArray()) {
      a = a.withExcluded("duplicate", "a" + k);
      b = b.withExcluded("duplicate", "b" + k);
    }
    assertThat(a.merge(b)).isEqualTo(b.merge(a));
    assertThat(a.merge(b).excluded("duplicate")).isEqualTo(50);
  }

  @Test
  void badArgumentsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> DataQuality.empty().withAccepted(-1)).hasMessage("accepted rows cannot be negative, was -1");
    assertThatThrownBy(() -> DataQuality.empty().withExcluded(" ", "x")).hasMessage("an exclusion needs a reason");
  }
}
