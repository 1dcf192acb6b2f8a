package org.rubric4j.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The accumulator counts values it has seen as the very same instance before adding them up:
 * whatever the instances, the statistics are those of the values, read at any point (a
 * snapshot, a copy, a merge) and continued after.
 */
class RepeatedInstancesPropertiesTest {

  /** A few shared instances (as a rubric's band points are) among fresh values of any scale. */
  @Provide
  Arbitrary<List<BigDecimal>> values() {
    List<BigDecimal> shared = List.of(new BigDecimal("1"), new BigDecimal("2.50"), new BigDecimal("4.5"),
        new BigDecimal("5.00"), new BigDecimal("-3"), new BigDecimal("0"), new BigDecimal("12345678901234567890.1"));
    Arbitrary<BigDecimal> fresh = Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000"))
        .ofScale(3).map(BigDecimal::stripTrailingZeros);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of(shared)),
        net.jqwik.api.Tuple.of(2, fresh)).list().ofMaxSize(60);
  }

  @Property(tries = 1000)
  void statisticsAreThoseOfTheValuesWhateverTheInstances(@ForAll("values") List<BigDecimal> values) {
    ScoreStatistics byInstance = ScoreStatistics.of(values);
    assertThat(byInstance).isEqualTo(ScoreStatistics.of(copies(values)));
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal squares = BigDecimal.ZERO;
    Map<BigDecimal, Long> counts = new TreeMap<>();
    for (BigDecimal v : values) {
      sum = sum.add(v);
      squares = squares.add(v.multiply(v));
      counts.merge(v.stripTrailingZeros(), 1L, Long::sum);
    }
    assertThat(byInstance.count()).isEqualTo(values.size());
    assertThat(byInstance.sum()).isEqualByComparingTo(sum);
    assertThat(byInstance.sumOfSquares()).isEqualByComparingTo(squares);
    assertThat(byInstance.min().map(BigDecimal::stripTrailingZeros))
        .isEqualTo(values.stream().min(BigDecimal::compareTo).map(BigDecimal::stripTrailingZeros));
    assertThat(byInstance.max().map(BigDecimal::stripTrailingZeros))
        .isEqualTo(values.stream().max(BigDecimal::compareTo).map(BigDecimal::stripTrailingZeros));
    assertThat(byInstance.scoreCounts()).isEqualTo(counts);
  }

  @Property(tries = 1000)
  void readingMidwayAndGoingOnChangesNothing(@ForAll("values") List<BigDecimal> values,
      @ForAll @IntRange(min = 0, max = 60) int cut) {
    int at = Math.min(cut, values.size());
    ScoreStatistics.Accumulator a = new ScoreStatistics.Accumulator(true);
    values.subList(0, at).forEach(a::add);
    assertThat(a.snapshot()).isEqualTo(ScoreStatistics.of(values.subList(0, at)));
    ScoreStatistics.Accumulator copied = a.copy();
    values.subList(at, values.size()).forEach(a::add);
    values.subList(at, values.size()).forEach(copied::add);
    ScoreStatistics.Accumulator other = new ScoreStatistics.Accumulator(true);
    values.subList(at, values.size()).forEach(other::add);
    ScoreStatistics.Accumulator merged = new ScoreStatistics.Accumulator(true);
    values.subList(0, at).forEach(merged::add);
    merged.combine(other);

    ScoreStatistics all = ScoreStatistics.of(copies(values));
    assertThat(a.snapshot()).isEqualTo(all);
    assertThat(copied.snapshot()).isEqualTo(all);
    assertThat(merged.snapshot()).isEqualTo(all);
  }

  private static List<BigDecimal> copies(List<BigDecimal> values) {
    List<BigDecimal> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add(new BigDecimal(v.unscaledValue(), v.scale())));
    return out;
  }
}
