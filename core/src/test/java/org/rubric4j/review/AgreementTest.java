package org.rubric4j.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.rubric4j.analytics.AnalyticsException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Published worked examples. Expected values to 34 digits are the exact fractions (computed
 * independently with Python's fractions module) and agree with the published rounded figures.
 */
class AgreementTest {

  /**
   * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers × 12 units,
   * with missing values (0 here). Published: nominal .743, ordinal .815, interval .849.
   */
  static final int[][] KRIPPENDORFF_2011 = {
      {1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
      {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
      {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
      {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0}};

  /** The 3 coders × 15 units example of the Wikipedia article (also fast-krippendorff's tests): nominal .691358, interval .810845. */
  static final int[][] WIKIPEDIA = {
      {0, 0, 0, 0, 0, 3, 4, 1, 2, 1, 1, 3, 3, 0, 3},
      {1, 0, 2, 1, 3, 3, 4, 3, 0, 0, 0, 0, 0, 0, 0},
      {0, 0, 2, 1, 3, 4, 4, 0, 2, 1, 1, 3, 3, 0, 4}};

  static List<List<Integer>> units(int[][] matrix) {
    List<List<Integer>> units = new ArrayList<>();
    for (int u = 0; u < matrix[0].length; u++) {
      List<Integer> values = new ArrayList<>();
      for (int[] coder : matrix) {
        if (coder[u] != 0) {
          values.add(coder[u]);
        }
      }
      units.add(values);
    }
    return units;
  }

  private static BigDecimal alpha(int[][] m, Agreement.Metric metric) {
    return Agreement.krippendorffAlpha(units(m), metric).orElseThrow();
  }

  @Test
  void krippendorffsOwnExampleNominal() {
    assertThat(alpha(KRIPPENDORFF_2011, Agreement.Metric.NOMINAL))
        .isEqualByComparingTo("0.7434210526315789473684210526315789")           // 113/152
        .isCloseTo(new BigDecimal("0.743"), within(new BigDecimal("0.0005")));
  }

  @Test
  void krippendorffsOwnExampleOrdinal() {
    assertThat(alpha(KRIPPENDORFF_2011, Agreement.Metric.ORDINAL))
        .isEqualByComparingTo("0.8153875037548813457494743166115951")           // 108577/133160
        .isCloseTo(new BigDecimal("0.815"), within(new BigDecimal("0.0005")));
  }

  @Test
  void krippendorffsOwnExampleInterval() {
    assertThat(alpha(KRIPPENDORFF_2011, Agreement.Metric.INTERVAL))
        .isEqualByComparingTo("0.8491071428571428571428571428571429")           // 951/1120
        .isCloseTo(new BigDecimal("0.849"), within(new BigDecimal("0.0005")));
  }

  @Test
  void wikipediaExampleNominalAndInterval() {
    assertThat(alpha(WIKIPEDIA, Agreement.Metric.NOMINAL)).isEqualByComparingTo("0.691358024691358024691358024691358"); // 56/81
    assertThat(alpha(WIKIPEDIA, Agreement.Metric.INTERVAL)).isEqualByComparingTo("0.8108448928121059268600252206809584"); // 643/793
  }

  /**
   * The weighted-kappa example of scikit-learn's test suite: 100 items, rater one 46×0, 44×1,
   * 10×2, rater two 50×0, 40×1, 10×2 (item by item). Published: .9315, .9412, .9541.
   */
  @Test
  void weightedKappaNoneLinearQuadratic() {
    int[] one = IntStream.range(0, 100).map(i -> i < 46 ? 0 : i < 90 ? 1 : 2).toArray();
    int[] two = IntStream.range(0, 100).map(i -> i < 50 ? 0 : i < 90 ? 1 : 2).toArray();
    assertThat(Agreement.cohenKappa(one, two, Agreement.Weights.UNWEIGHTED)).get(BIG)
        .isEqualByComparingTo("0.9315068493150684931506849315068493");      // 68/73
    assertThat(Agreement.cohenKappa(one, two, Agreement.Weights.LINEAR)).get(BIG)
        .isEqualByComparingTo("0.9411764705882352941176470588235294");      // 16/17
    assertThat(Agreement.cohenKappa(one, two, Agreement.Weights.QUADRATIC)).get(BIG)
        .isEqualByComparingTo("0.9541284403669724770642201834862385");      // 104/109
  }

  private static final org.assertj.core.api.InstanceOfAssertFactory<BigDecimal, org.assertj.core.api.AbstractBigDecimalAssert<?>> BIG =
      org.assertj.core.api.InstanceOfAssertFactories.BIG_DECIMAL;

  @Test
  void perfectAgreementIsOneAndNoVarietyIsUndefined() {
    List<List<Integer>> same = List.of(List.of(1, 1), List.of(3, 3, 3), List.of(5, 5));
    assertThat(Agreement.krippendorffAlpha(same, Agreement.Metric.ORDINAL)).contains(BigDecimal.ONE);
    assertThat(Agreement.krippendorffAlpha(List.of(List.of(4, 4), List.of(4, 4)), Agreement.Metric.NOMINAL)).isEmpty();
    assertThat(Agreement.krippendorffAlpha(List.of(List.of(4), List.of(2)), Agreement.Metric.NOMINAL)).isEmpty();
    assertThat(Agreement.cohenKappa(new int[] {1, 1}, new int[] {1, 1}, Agreement.Weights.LINEAR)).isEmpty();
  }

  @Test
  void kappaInputsThatDoNotFitAreRefused() {
    assertThatThrownBy(() -> Agreement.cohenKappa(new int[] {1, 2}, new int[] {1}, Agreement.Weights.LINEAR))
        .isInstanceOf(AnalyticsException.class)
        .hasMessage("kappa needs one pair of levels per item, but the raters gave 2 and 1 levels");
    assertThatThrownBy(() -> Agreement.cohenKappa(new int[] {1}, new int[] {7}, List.of(1, 2, 3), Agreement.Weights.LINEAR))
        .hasMessage("level 7 is not among the categories [1, 2, 3]");
    assertThatThrownBy(() -> Agreement.cohenKappa(new int[] {1}, new int[] {1}, List.of(1, 1), Agreement.Weights.LINEAR))
        .hasMessage("kappa needs at least two distinct categories, was [1, 1]");
  }

  @Property
  void weightedKappaIsSymmetricInTheRatersAndAtMostOne(
      @ForAll @Size(min = 2, max = 40) List<@IntRange(min = 1, max = 5) Integer> a,
      @ForAll long seed) {
    java.util.Random r = new java.util.Random(seed);
    int[] first = a.stream().mapToInt(Integer::intValue).toArray();
    int[] second = a.stream().mapToInt(x -> r.nextInt(4) == 0 ? 1 + r.nextInt(5) : x).toArray();
    List<Integer> levels = List.of(1, 2, 3, 4, 5);
    for (Agreement.Weights w : Agreement.Weights.values()) {
      var k = Agreement.cohenKappa(first, second, levels, w);
      assertThat(Agreement.cohenKappa(second, first, levels, w)).isEqualTo(k);
      k.ifPresent(v -> assertThat(v).isLessThanOrEqualTo(BigDecimal.ONE));
    }
  }

  @Property
  void alphaDoesNotDependOnTheOrderOfUnitsOrRaters(
      @ForAll @Size(min = 1, max = 15) List<@Size(min = 2, max = 4) List<@IntRange(min = 1, max = 5) Integer>> units,
      @ForAll long seed) {
    java.util.Random r = new java.util.Random(seed);
    List<List<Integer>> shuffled = new ArrayList<>();
    for (List<Integer> u : units) {
      List<Integer> c = new ArrayList<>(u);
      java.util.Collections.shuffle(c, r);
      shuffled.add(c);
    }
    java.util.Collections.shuffle(shuffled, r);
    for (Agreement.Metric m : Agreement.Metric.values()) {
      assertThat(Agreement.krippendorffAlpha(shuffled, m)).isEqualTo(Agreement.krippendorffAlpha(units, m));
    }
  }

  @Test
  void krippendorffsOwnExampleRatio() {
    assertThat(alpha(KRIPPENDORFF_2011, Agreement.Metric.RATIO)).isCloseTo(new BigDecimal("0.797"), within(new BigDecimal("0.0005")));
  }

  @Test
  void theRatioMetricRefusesNegativeLevels() {
    assertThatThrownBy(() -> Agreement.krippendorffAlpha(List.of(List.of(-1, 1), List.of(1, 1)), Agreement.Metric.RATIO))
        .isInstanceOf(org.rubric4j.analytics.AnalyticsException.class).hasMessageContaining("must not be negative");
  }

  /** Fleiss (1971) as Wikipedia gives it: 10 items, 14 raters each, 5 categories; published κ = 0.210. */
  @Test
  void fleissKappaOfWikipediasExample() {
    int[][] table = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
    List<List<Integer>> units = new ArrayList<>();
    for (int[] row : table) {
      List<Integer> ratings = new ArrayList<>();
      for (int category = 0; category < row.length; category++) {
        for (int k = 0; k < row[category]; k++) {
          ratings.add(category + 1);
        }
      }
      units.add(ratings);
    }
    assertThat(Agreement.fleissKappa(units).orElseThrow()).isCloseTo(new BigDecimal("0.210"), within(new BigDecimal("0.0005")));
  }

  /** Two raters, four items: (1,1), (1,1), (2,2), (1,2), worked by hand. */
  private static final List<List<Integer>> SMALL = List.of(List.of(1, 1), List.of(1, 1), List.of(2, 2), List.of(1, 2));

  @Test
  void percentAgreementFleissAndAc1OfASmallCaseWorkedByHand() {
    assertThat(Agreement.percentAgreement(SMALL)).contains(new BigDecimal("0.75"));
    // P̄ = 3/4, p = (5/8, 3/8), P̄e = 17/32: κ = (3/4 − 17/32) / (15/32) = 7/15
    assertThat(Agreement.fleissKappa(SMALL).orElseThrow()).isEqualByComparingTo("0.4666666666666666666666666666666667");
    // π = (5/8, 3/8), pe = 2 · 15/64 = 15/32: AC1 = (3/4 − 15/32) / (17/32) = 9/17
    assertThat(Agreement.gwetAc1(SMALL).orElseThrow()).isEqualByComparingTo("0.5294117647058823529411764705882353");
    // over three declared levels, pe = 15/64: AC1 = 33/49
    assertThat(Agreement.gwetAc1(SMALL, List.of(1, 2, 3)).orElseThrow()).isEqualByComparingTo("0.6734693877551020408163265306122449");
  }

  @Test
  void fleissNeedsTheSameNumberOfRatingsPerItemAndAc1TheRatingsAmongItsCategories() {
    assertThat(Agreement.fleissKappa(List.of(List.of(1, 1), List.of(1, 2, 2)))).isEmpty();
    assertThat(Agreement.fleissKappa(List.of(List.of(3, 3), List.of(3, 3)))).isEmpty();
    assertThat(Agreement.percentAgreement(List.of(List.of(1), List.of()))).isEmpty();
    assertThatThrownBy(() -> Agreement.gwetAc1(SMALL, List.of(1, 3)))
        .isInstanceOf(org.rubric4j.analytics.AnalyticsException.class).hasMessage("level 2 is not among the categories [1, 3]");
    assertThatThrownBy(() -> Agreement.gwetAc1(SMALL, List.of(1, 1, 2)))
        .isInstanceOf(org.rubric4j.analytics.AnalyticsException.class).hasMessage("AC1 needs distinct categories, was [1, 1, 2]");
  }
}
