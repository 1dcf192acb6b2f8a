package org.rubric4j.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rubric4j.AnalyticsFixtures;
import org.rubric4j.PeriodUnit;
import org.rubric4j.ReportingPeriod;

/**
 * Grouping by a period unit puts each evaluation where its period falls, or counts it as too
 * coarse, as reading the period each time would: the aggregator keeps the periods it met.
 */
class PeriodGroupsPropertiesTest {

  /** Days, months, quarters and years over three years: more periods than the aggregator keeps. */
  @Provide
  Arbitrary<List<String>> periods() {
    Arbitrary<String> day = Arbitraries.integers().between(0, 3 * 365)
        .map(d -> java.time.LocalDate.of(2023, 1, 1).plusDays(d).toString());
    Arbitrary<String> month = Arbitraries.integers().between(0, 35).map(m -> (2023 + m / 12) + "-" + String.format("%02d", m % 12 + 1));
    Arbitrary<String> quarter = Arbitraries.integers().between(0, 11).map(q -> (2023 + q / 4) + "-Q" + (q % 4 + 1));
    Arbitrary<String> year = Arbitraries.of("2023", "2024", "2025");
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, day), net.jqwik.api.Tuple.of(2, month),
        net.jqwik.api.Tuple.of(1, quarter), net.jqwik.api.Tuple.of(1, year)).list().ofMinSize(1).ofMaxSize(700);
  }

  @Property(tries = 60)
  void eachEvaluationIsWhereItsPeriodFalls(@ForAll("periods") List<String> periods,
      @ForAll PeriodUnit unit) {
    Aggregator aggregator = Aggregator.groupingBy(GroupBy.period(unit));
    Map<String, Long> expected = new TreeMap<>();
    long tooCoarse = 0;
    for (int k = 0; k < periods.size(); k++) {
      String period = periods.get(k);
      aggregator.add(AnalyticsFixtures.seed000("ev-" + k, "agent-1", period, 3));
      java.util.Optional<ReportingPeriod> within = ReportingPeriod.parse(period).within(unit);
      if (within.isPresent()) {
        expected.merge(within.get().toString(), 1L, Long::sum);
      } else {
        tooCoarse++;
      }
    }
    Map<String, Long> grouped = new TreeMap<>();
    aggregator.groups().forEach((key, aggregate) -> grouped.put(key.values().get(0), aggregate.count()));
    assertThat(grouped).isEqualTo(expected);
    assertThat(aggregator.exclusions().excluded().getOrDefault(DataQuality.PERIOD_TOO_COARSE, 0L)).isEqualTo(tooCoarse);
  }
}
