package org.rubric4j.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class StatisticsTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static ScoreStatistics of(int... values) {
    List<BigDecimal> list = new ArrayList<>();
    for (int v : values) {
      list.add(BigDecimal.valueOf(v));
    }
    return ScoreStatistics.of(list);
  }

  @Test
  void textbookDataHasMeanFivePopulationDeviationTwoAndSampleDeviationRootOfThirtyTwoSevenths() {
    ScoreStatistics s = of(2, 4, 4, 4, 5, 5, 7, 9);
    assertThat(s.count()).isEqualTo(8);
    assertThat(s.sum()).isEqualByComparingTo("40");
    assertThat(s.mean()).contains(d("5"));
    assertThat(s.min()).contains(d("2"));
    assertThat(s.max()).contains(d("9"));
    assertThat(s.populationVariance()).contains(d("4"));
    assertThat(s.populationStandardDeviation()).contains(d("2"));
    // 32/7 and its square root, 34 significant digits (checked with Python's decimal module).
    assertThat(s.sampleVariance()).contains(d("4.571428571428571428571428571428571"));
    assertThat(s.sampleStandardDeviation()).contains(d("2.138089935299395077476427847038028"));
    assertThat(s.scoreCounts()).containsExactly(entry(d("2"), 1L), entry(d("4"), 3L), entry(d("5"), 2L),
        entry(d("7"), 1L), entry(d("9"), 1L));
  }

  @Test
  void aMeanThatDoesNotTerminateCarriesThirtyFourSignificantDigits() {
    assertThat(of(1, 1, 2).mean()).contains(d("1.333333333333333333333333333333333"));
    assertThat(of(1, 1, 2).mean().orElseThrow().precision()).isGreaterThanOrEqualTo(20);
  }

  @Test
  void decimalsAreSummedExactlyNeverInBinary() {
    ScoreStatistics s = ScoreStatistics.of(d("0.1"), d("0.2"));
    assertThat(s.sum()).isEqualTo(d("0.3"));
    assertThat(s.mean()).contains(d("0.15"));
  }

  @Test
  void nothingHasNoMeanAndOneValueHasNoSampleDeviation() {
    assertThat(ScoreStatistics.empty().mean()).isEmpty();
    assertThat(ScoreStatistics.empty().min()).isEmpty();
    assertThat(ScoreStatistics.empty().populationStandardDeviation()).isEmpty();
    assertThat(of(3).populationStandardDeviation()).contains(BigDecimal.ZERO);
    assertThat(of(3).sampleStandardDeviation()).isEmpty();
    assertThat(of(3).sampleVariance()).isEmpty();
  }

  @Test
  void equalValuesAtAnotherScaleGiveEqualStatistics() {
    assertThat(ScoreStatistics.of(d("4.50"), d("3"))).isEqualTo(ScoreStatistics.of(d("4.5"), d("3.000")));
  }

  @Property
  void mergingTwoListsEqualsTheStatisticsOfBoth(
      @ForAll @Size(max = 30) List<@IntRange(min = -1000, max = 1000) Integer> a,
      @ForAll @Size(max = 30) List<@IntRange(min = -1000, max = 1000) Integer> b) {
    List<BigDecimal> left = a.stream().map(x -> BigDecimal.valueOf(x, 2)).toList();
    List<BigDecimal> right = b.stream().map(x -> BigDecimal.valueOf(x, 2)).toList();
    List<BigDecimal> all = new ArrayList<>(left);
    all.addAll(right);
    ScoreStatistics merged = ScoreStatistics.of(left).merge(ScoreStatistics.of(right));
    assertThat(merged).isEqualTo(ScoreStatistics.of(all));
    assertThat(ScoreStatistics.of(right).merge(ScoreStatistics.of(left))).isEqualTo(merged);
  }

  @Property
  void thePopulationVarianceIsTheMeanSquaredDeviationComputedTheLongWay(
      @ForAll @Size(min = 1, max = 25) List<@IntRange(min = 0, max = 500) Integer> values) {
    ScoreStatistics s = ScoreStatistics.of(values.stream().map(BigDecimal::valueOf).toList());
    BigDecimal n = BigDecimal.valueOf(values.size());
    BigDecimal sum = values.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
    // Σ(n·x − Σx)² / n³, exact in integers: the same quantity without the shortcut formula.
    BigDecimal squares = values.stream().map(x -> BigDecimal.valueOf(x).multiply(n).subtract(sum).pow(2))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal expected = squares.divide(n.pow(3), java.math.MathContext.DECIMAL128);
    assertThat(s.populationVariance().orElseThrow()).isEqualByComparingTo(expected);
    BigDecimal sd = s.populationStandardDeviation().orElseThrow();
    assertThat(sd.multiply(sd).subtract(expected).abs()).isLessThan(d("1e-28"));
  }

  @Test
  void aMeanOnAHugeScaleIsExactToTheReportedPrecision() {
    BigDecimal big = new BigDecimal("1E+30");
    ScoreStatistics s = ScoreStatistics.of(big, BigDecimal.ZERO, big);

    assertThat(s.mean()).get().satisfies(m -> assertThat(m.setScale(9, java.math.RoundingMode.HALF_UP).toPlainString())
        .isEqualTo("666666666666666666666666666666.666666667"));
  }
}
