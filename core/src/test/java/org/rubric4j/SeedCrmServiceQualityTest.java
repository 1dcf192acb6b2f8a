package org.rubric4j;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 000: total = Σ dimension weight × mean rating, on a 5-point scale. */
class SeedCrmServiceQualityTest {

  private final Rubric rubric = SeedRubrics.crmServiceQuality();

  private static Observations allLevels(Observations o, int level) {
    return o.withValue("solution-quality", level).withValue("clarity", level).withValue("expertise", level)
        .withValue("emotion-care", level).withValue("follow-up-visit", level);
  }

  @Test
  void theSeedsOwnExampleScoresFourPointFifteen() {
    // 专员*女士, 2024 Q3: average first response 4 h, fault solved within 24 h, FCR 85 %,
    // customised solution accepted (5); the other judgements rated 4.
    Evaluation e = rubric.evaluate(Observations.of("ev-2024-q3-01")
        .withValue("first-response-time", Duration.ofHours(4))
        .withValue("resolution-time", "24h")
        .withValue("first-contact-resolution", "85%")
        .withValue("solution-quality", 5)
        .withValue("clarity", 4).withValue("expertise", 4).withValue("emotion-care", 4).withValue("follow-up-visit", 4));

    // 0.2 × (4+4)/2 + 0.3 × (4+5)/2 + 0.2 × (4+4)/2 + 0.15 × 4 + 0.15 × 4 = 4.15
    assertThat(e.total()).isEqualByComparingTo("4.15");
    assertThat(e.total().scale()).isEqualTo(2);
    assertThat(e.rawTotal()).isEqualByComparingTo("4.15");
    assertThat(e.grade()).map(Grade::id).contains("good");
    assertThat(e.dimension("problem-solving").flatMap(DimensionResult::score)).get()
        .satisfies(s -> assertThat(s).isEqualByComparingTo("4.50"));
    assertThat(e.dimension("problem-solving").map(DimensionResult::contribution)).get()
        .satisfies(c -> assertThat(c).isEqualByComparingTo("1.35"));
    assertThat(e.indicator("first-response-time").flatMap(IndicatorResult::matched)).contains("(2h, 6h]");
  }

  @Test
  void perfectServiceScoresFiveAndExcellent() {
    Evaluation e = rubric.evaluate(allLevels(Observations.of("ev")
        .withValue("first-response-time", "1h").withValue("resolution-time", "12h")
        .withValue("first-contact-resolution", "90%"), 5));
    assertThat(e.total()).isEqualByComparingTo("5.00");
    assertThat(e.grade()).map(Grade::id).contains("excellent");
  }

  @Test
  void worstServiceScoresOneAndFails() {
    Evaluation e = rubric.evaluate(allLevels(Observations.of("ev")
        .withValue("first-response-time", "25h").withValue("resolution-time", "6d")
        .withValue("first-contact-resolution", "59.99%"), 1));
    assertThat(e.total()).isEqualByComparingTo("1.00");
    assertThat(e.grade()).map(Grade::id).contains("fail");
  }

  @ParameterizedTest(name = "first response {0} scores {1}")
  @CsvFileSource(resources = "/seed000-first-response-bands.csv", numLinesToSkip = 1)
  void firstResponseBandEdges(String value, int expected) {
    Evaluation e = rubric.evaluate(allLevels(Observations.of("ev")
        .withValue("first-response-time", value).withValue("resolution-time", "1h")
        .withValue("first-contact-resolution", "100%"), 5));
    assertThat(e.indicator("first-response-time").flatMap(IndicatorResult::score)).get()
        .satisfies(s -> assertThat(s).isEqualByComparingTo(Integer.toString(expected)));
  }

  @ParameterizedTest(name = "resolution {0} scores {1}")
  @CsvSource({"12h, 5", "12h1s, 4", "24h, 4", "24h1s, 3", "3d, 3", "3d1s, 2", "5d, 2", "5d1s, 1"})
  void resolutionBandEdges(String value, int expected) {
    Evaluation e = rubric.evaluate(allLevels(Observations.of("ev")
        .withValue("first-response-time", "1h").withValue("resolution-time", value)
        .withValue("first-contact-resolution", "100%"), 5));
    assertThat(e.indicator("resolution-time").flatMap(IndicatorResult::score)).get()
        .satisfies(s -> assertThat(s).isEqualByComparingTo(Integer.toString(expected)));
  }

  @ParameterizedTest(name = "FCR {0} scores {1}")
  @CsvSource({"0%, 1", "59.99%, 1", "60%, 2", "69.99%, 2", "70%, 3", "80%, 4", "89.99%, 4", "90%, 5", "1, 5"})
  void firstContactResolutionBandEdges(String value, int expected) {
    Evaluation e = rubric.evaluate(allLevels(Observations.of("ev")
        .withValue("first-response-time", "1h").withValue("resolution-time", "1h")
        .withValue("first-contact-resolution", value), 5));
    assertThat(e.indicator("first-contact-resolution").flatMap(IndicatorResult::score)).get()
        .satisfies(s -> assertThat(s).isEqualByComparingTo(Integer.toString(expected)));
  }

  @Test
  void theRubricHasNoWarnings() {
    assertThat(rubric.lint()).isEmpty();
  }
}
