package org.rubric4j.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rubric4j.AnalyticsFixtures;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.AnalyticsException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reviewers cross-checking the same recordings (seed 003) on seed 000's level-rated indicators. */
class CalibrationTest {

  /** Krippendorff's 4 × 12 example as clarity ratings of items u01..u12 by reviewers A..D. */
  private static List<Rating> clarityRatings() {
    List<Rating> ratings = new ArrayList<>();
    String[] raters = {"A", "B", "C", "D"};
    for (int c = 0; c < 4; c++) {
      for (int u = 0; u < 12; u++) {
        int level = AgreementTest.KRIPPENDORFF_2011[c][u];
        if (level != 0) {
          ratings.add(new Rating(String.format("u%02d", u + 1), raters[c], "clarity", level));
        }
      }
    }
    return ratings;
  }

  @Test
  void fourReviewersWithMissingRatingsAgreeAtKrippendorffsFigures() {
    Calibration.IndicatorAgreement a = Calibration.of(clarityRatings(), AnalyticsFixtures.SEED_000)
        .indicator("clarity").orElseThrow();
    assertThat(a.raters()).isEqualTo(4);
    assertThat(a.items()).isEqualTo(12);
    assertThat(a.alphaOrdinal()).get().satisfies(x -> assertThat(x).isEqualByComparingTo("0.8153875037548813457494743166115951"));
    assertThat(a.alphaInterval()).get().satisfies(x -> assertThat(x).isEqualByComparingTo("0.8491071428571428571428571428571429"));
    assertThat(a.kappaLinear()).isEmpty();       // kappa is for two raters
  }

  @Test
  void disagreementsComeWidestFirst() {
    Calibration.IndicatorAgreement a = Calibration.of(clarityRatings()).indicator("clarity").orElseThrow();
    assertThat(a.disagreements()).extracting(Calibration.Disagreement::item).containsExactly("u06", "u02", "u08");
    assertThat(a.disagreements().get(0).levels()).isEqualTo(Map.of("A", 1, "B", 2, "C", 3, "D", 4));
    assertThat(a.disagreements().get(0).spread()).isEqualTo(3);
  }

  @Test
  void twoReviewersGetWeightedKappaOverTheDeclaredLevels() {
    List<Rating> ratings = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      ratings.add(new Rating("t" + i, "X", "expertise", i < 46 ? 1 : i < 90 ? 2 : 3));
      ratings.add(new Rating("t" + i, "Y", "expertise", i < 50 ? 1 : i < 90 ? 2 : 3));
    }
    Calibration.IndicatorAgreement a = Calibration.of(ratings, AnalyticsFixtures.SEED_000).indicator("expertise").orElseThrow();
    assertThat(a.kappa()).get().satisfies(x -> assertThat(x).isEqualByComparingTo("0.9315068493150684931506849315068493"));
    assertThat(a.kappaLinear()).get().satisfies(x -> assertThat(x).isEqualByComparingTo("0.9411764705882352941176470588235294"));
    assertThat(a.kappaQuadratic()).get().satisfies(x -> assertThat(x).isEqualByComparingTo("0.9541284403669724770642201834862385"));
    assertThat(a.disagreements()).hasSize(4).allSatisfy(d -> assertThat(d.spread()).isEqualTo(1));
  }

  @Test
  void ratingsThatDoNotFitAreRefusedWithTheirPosition() {
    Rubric r = AnalyticsFixtures.SEED_000;
    assertThatThrownBy(() -> Calibration.of(List.of(new Rating("i", "A", "clarity", 3), new Rating("i", "A", "clarity", 4))))
        .isInstanceOf(AnalyticsException.class).hasFieldOrPropertyWithValue("path", "ratings[1]")
        .hasMessage("rater A rated item i on clarity twice (3 and 4); keep one rating per rater and item");
    assertThatThrownBy(() -> Calibration.of(List.of(new Rating("i", "A", "tone", 3)), r))
        .hasMessage("rating i,A,tone,3: rubric crm-service-quality has no indicator tone");
    assertThatThrownBy(() -> Calibration.of(List.of(new Rating("i", "A", "first-response-time", 3)), r))
        .hasMessage("rating i,A,first-response-time,3: indicator first-response-time is scored by bands, not levels;"
            + " calibration compares level ratings");
    assertThatThrownBy(() -> Calibration.of(List.of(new Rating("i", "A", "clarity", 6)), r))
        .hasMessage("rating i,A,clarity,6: level 6 is not declared for clarity; its levels are [1, 2, 3, 4, 5]");
    assertThatThrownBy(() -> new Rating("i", " ", "clarity", 3))
        .hasMessage("a rating needs an item, a rater and an indicator, was i, ,clarity,3");
  }

  @Test
  void everyRaterIsAlignedWithTheExpertOverTheItemsBothRated() {
    List<Rating> ratings = List.of(
        new Rating("i1", "e", "q", 3), new Rating("i2", "e", "q", 4), new Rating("i3", "e", "q", 5),
        new Rating("i1", "a", "q", 3), new Rating("i2", "a", "q", 2), new Rating("i3", "a", "q", 5),
        new Rating("i1", "b", "q", 5),
        new Rating("i4", "c", "q", 4));
    List<Calibration.ExpertAlignment> aligned = Calibration.of(ratings).alignment("q", "e");
    assertThat(aligned).extracting(Calibration.ExpertAlignment::rater).containsExactly("a", "b", "c");
    // a: |0| + |−2| + |0| over 3 items, levels used 2..5 (width 3): MAD 2/3, alignment 1 − 2/9 = 7/9
    assertThat(aligned.get(0).items()).isEqualTo(3);
    assertThat(aligned.get(0).meanAbsoluteDeviation().orElseThrow()).isEqualByComparingTo("0.6666666666666666666666666666666667");
    assertThat(aligned.get(0).alignment().orElseThrow()).isEqualByComparingTo("0.7777777777777777777777777777777778");
    // b: one item, 5 against 3: MAD 2, alignment 1 − 2/3
    assertThat(aligned.get(1).meanAbsoluteDeviation()).contains(new java.math.BigDecimal("2"));
    assertThat(aligned.get(1).alignment().orElseThrow()).isEqualByComparingTo("0.3333333333333333333333333333333333");
    // c shares no item with the expert
    assertThat(aligned.get(2).items()).isZero();
    assertThat(aligned.get(2).alignment()).isEmpty();
    assertThat(aligned.get(2).meanAbsoluteDeviation()).isEmpty();
    assertThat(Calibration.of(ratings).alignment("q", "nobody")).isEmpty();
    assertThat(Calibration.of(ratings).alignment("other", "e")).isEmpty();
  }
}
