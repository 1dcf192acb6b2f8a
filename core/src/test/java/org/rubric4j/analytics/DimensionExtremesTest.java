package org.rubric4j.analytics;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rubric4j.AnalyticsFixtures;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 000 step 5: mark the high and the low dimensions of a person or team. */
class DimensionExtremesTest {

  @Test
  void strongestAndWeakestDimensionsOfAnAgentsQuarter() {
    Rubric r = AnalyticsFixtures.SEED_000;
    // Responsiveness all 5; follow-up visit 2; everything else 4.
    Observations o = AnalyticsFixtures.seed000("ev", 4).value("first-response-time", "1h")
        .value("resolution-time", "10h").value("follow-up-visit", 2).build();
    DimensionExtremes x = DimensionExtremes.of(Aggregate.of(List.of(r.evaluate(o))), r).orElseThrow();
    assertThat(x.strongest()).containsExactly("responsiveness");
    assertThat(x.highestMean()).isEqualByComparingTo("5");
    assertThat(x.weakest()).containsExactly("follow-up");
    assertThat(x.lowestMean()).isEqualByComparingTo("2");
  }

  @Test
  void tiedDimensionsAreAllListedInDeclaredOrder() {
    Rubric r = AnalyticsFixtures.SEED_000;
    Observations o = AnalyticsFixtures.seed000("ev", 4).value("emotion-care", 2).value("follow-up-visit", 2).build();
    DimensionExtremes x = DimensionExtremes.of(Aggregate.of(List.of(r.evaluate(o))), r).orElseThrow();
    assertThat(x.strongest()).containsExactly("responsiveness", "problem-solving", "communication");
    assertThat(x.weakest()).containsExactly("emotional-care", "follow-up");
  }

  @Test
  void nothingScoredHasNoExtremes() {
    assertThat(DimensionExtremes.of(Aggregate.empty(), AnalyticsFixtures.SEED_000)).isEmpty();
  }
}
