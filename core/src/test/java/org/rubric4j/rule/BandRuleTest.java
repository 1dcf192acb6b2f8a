package org.rubric4j.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rubric4j.Interval;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Measure;
import org.rubric4j.Quantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Band rules, as seed 000 scores first response time and first-contact resolution. */
class BandRuleTest {

  private static Band band(int score, Measure measure, String range) {
    return Band.of(BigDecimal.valueOf(score), Interval.parse(measure, range));
  }

  /** Seed 000: ≤2h → 5, 2–6h → 4, 6–12h → 3, 12–24h → 2, >24h → 1. */
  private static final BandRule FIRST_RESPONSE = BandRule.of(Measure.DURATION, List.of(
      band(5, Measure.DURATION, "<= 2h"), band(4, Measure.DURATION, "(2h, 6h]"),
      band(3, Measure.DURATION, "(6h, 12h]"), band(2, Measure.DURATION, "(12h, 24h]"),
      band(1, Measure.DURATION, "> 24h")));

  /** Seed 000: ≥90% → 5, 80–90% → 4, 70–80% → 3, 60–70% → 2, <60% → 1. */
  private static final BandRule FCR = BandRule.of(Measure.PERCENT, List.of(
      band(1, Measure.PERCENT, "< 60%"), band(2, Measure.PERCENT, "[60%, 70%)"),
      band(3, Measure.PERCENT, "[70%, 80%)"), band(4, Measure.PERCENT, "[80%, 90%)"),
      band(5, Measure.PERCENT, ">= 90%")));

  @ParameterizedTest(name = "first response {0} scores {1}")
  @CsvSource({"0, 5", "2h, 5", "2h1s, 4", "4h, 4", "6h, 4", "6h0.001s, 3", "12h, 3", "24h, 2",
      "24h1s, 1", "30d, 1"})
  void firstResponseScoresTheBandItFallsIn(String value, BigDecimal expected) {
    assertThat(FIRST_RESPONSE.score(Measure.DURATION.parse(value)).points()).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "FCR {0} scores {1}")
  @CsvSource({"0%, 1", "59.99%, 1", "60%, 2", "69.99%, 2", "70%, 3", "80%, 4", "89.99%, 4", "90%, 5", "100%, 5"})
  void fcrScoresTheBandItFallsIn(String value, BigDecimal expected) {
    assertThat(FCR.score(Measure.PERCENT.parse(value)).points()).isEqualByComparingTo(expected);
  }

  @Test
  void theScoreNamesTheMatchedBand() {
    assertThat(FIRST_RESPONSE.score(Measure.DURATION.parse("4h")).matched()).isEqualTo("(2h, 6h]");
  }

  @Test
  void theMaximumIsTheHighestBandScoreAndTheMinimumTheLowest() {
    assertThat(FIRST_RESPONSE.maximum()).isEqualByComparingTo("5");
    assertThat(FIRST_RESPONSE.minimum()).isEqualByComparingTo("1");
  }

  @Test
  void outOfRaisesTheMaximum() {
    BandRule rule = new BandRule(Measure.DURATION, FIRST_RESPONSE.bands(), Optional.of(BigDecimal.TEN));

    assertThat(rule.maximum()).isEqualByComparingTo("10");
  }

  @Test
  void outOfBelowTheHighestBandScoreIsAnErrorNamingBoth() {
    assertThatThrownBy(() -> new BandRule(Measure.DURATION, FIRST_RESPONSE.bands(),
        Optional.of(BigDecimal.valueOf(4))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("outOf 4 is below the highest band score 5");
  }

  @Test
  void aValueOfAnotherMeasureIsAnErrorNamingIt() {
    assertThatThrownBy(() -> FIRST_RESPONSE.score(Quantity.percent("50%")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"50%\" is a percent, but this indicator measures a duration");
  }

  @Test
  void bandsLeavingAGapAreAnErrorNamingThem() {
    assertThatThrownBy(() -> BandRule.of(Measure.DURATION, List.of(
        band(5, Measure.DURATION, "<= 2h"), band(3, Measure.DURATION, "(6h, inf)"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("values between band <= 2h and band > 6h are in no band");
  }

  @Test
  void overlappingBandsAreAnErrorNamingThem() {
    assertThatThrownBy(() -> BandRule.of(Measure.DURATION, List.of(
        band(5, Measure.DURATION, "<= 2h"), band(4, Measure.DURATION, "[2h, inf)"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band >= 2h overlaps band <= 2h");
  }

  @Test
  void aBandOfAnotherMeasureIsAnErrorNamingIt() {
    assertThatThrownBy(() -> BandRule.of(Measure.DURATION, List.of(band(5, Measure.PERCENT, ">= 0%"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("band >= 0% is a percent, but the indicator measures a duration");
  }

  @Test
  void aRuleWithoutBandsIsAnError() {
    assertThatThrownBy(() -> BandRule.of(Measure.DURATION, List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a band rule needs at least one band");
  }

  @Test
  void flagsCannotBeBanded() {
    assertThatThrownBy(() -> BandRule.of(Measure.FLAG, List.of(band(1, Measure.FLAG, "[false, true]"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("flags cannot be banded");
  }

  @Test
  void aNegativeBandScoreIsAnErrorNamingIt() {
    assertThatThrownBy(() -> band(-1, Measure.DURATION, "> 0"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a band score must be at least 0, was -1");
  }

  @Test
  void allZeroBandsGiveNoMaximumAndAreAnError() {
    assertThatThrownBy(() -> BandRule.of(Measure.DURATION, List.of(band(0, Measure.DURATION, ">= 0"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("the highest band score must be above 0");
  }

  @Test
  void theBandsAreCopied() {
    java.util.ArrayList<Band> bands = new java.util.ArrayList<>(FIRST_RESPONSE.bands());
    BandRule rule = BandRule.of(Measure.DURATION, bands);
    bands.clear();

    assertThat(rule.bands()).hasSize(5);
  }
}
