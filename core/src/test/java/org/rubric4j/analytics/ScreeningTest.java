package org.rubric4j.analytics;

import org.junit.jupiter.api.Test;
import org.rubric4j.Observations;
import org.rubric4j.SeedRubrics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Seed 002's cleaning step: incomplete, abnormal and repeated questionnaires are excluded and counted. */
class ScreeningTest {

  private static Observations.Builder answer(String id, int a, int b, int c) {
    return Observations.builder(id).value("response-satisfaction", a).value("solving-satisfaction", b)
        .value("attitude-satisfaction", c);
  }

  @Test
  void everyRowIsAcceptedOrExcludedWithItsReason() {
    Screening s = Screening.of(SeedRubrics.satisfactionTracking());
    assertThat(s.screen(answer("q1", 5, 4, 5).build())).isPresent();
    assertThat(s.screen(Observations.builder("q2").value("response-satisfaction", 5).build())).isEmpty();
    assertThat(s.screen(answer("q3", 5, 9, 5).build())).isEmpty();          // 9 on a 1–5 scale
    assertThat(s.screen(answer("q1", 3, 3, 3).build())).isEmpty();          // same id again
    assertThat(s.screen(answer("q4", 5, 5, 5).value("mood", 3).build())).isEmpty();
    DataQuality q = s.quality();
    assertThat(q.accepted()).isEqualTo(1);
    assertThat(q.excluded()).containsExactly(entry("duplicate", 1L), entry("incomplete", 1L),
        entry("out-of-range", 1L), entry("unknown-field", 1L));
    assertThat(q.ids(DataQuality.OUT_OF_RANGE)).containsExactly("q3");
    assertThat(q.seen()).isEqualTo(5);
  }
}
