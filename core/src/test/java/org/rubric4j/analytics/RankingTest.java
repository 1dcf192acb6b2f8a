package org.rubric4j.analytics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.rubric4j.AnalyticsFixtures;
import org.rubric4j.PeriodUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RankingTest {

  private static final BigDecimal TEN_PERCENT = new BigDecimal("0.1");

  private static Map<String, BigDecimal> scores(int... values) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int k = 0; k < values.length; k++) {
      m.put(String.format("agent-%02d", k), BigDecimal.valueOf(values[k]));
    }
    return m;
  }

  @Test
  void tiesShareTheBestRankAndTheSamePercentile() {
    Ranking<String> r = Ranking.of(scores(80, 90, 85, 85));
    assertThat(r.entries()).extracting(Ranking.Entry::key).containsExactly("agent-01", "agent-02", "agent-03", "agent-00");
    assertThat(r.entries()).extracting(Ranking.Entry::rank).containsExactly(1, 2, 2, 4);
    // 100 × (B + E/2) / n: 90 → (3 + 0.5)/4, 85 → (1 + 1)/4, 80 → 0.5/4.
    assertThat(r.entries()).extracting(e -> e.percentile().toPlainString()).containsExactly("87.5", "50", "50", "12.5");
  }

  @Test
  void seed003ServiceStarsAreTheYearlyTopTenPercentOfMeanTotals() {
    // Ten agents, each with two monthly assessments in 2024: FCR (75 + k)% scores 20 + k, so the
    // total is 90 + k (other items full). Agent 9 tops the year; 10 % of 10 is one star.
    Aggregator byAgentAndYear = Aggregator.groupingBy(GroupBy.subject(), GroupBy.period(PeriodUnit.YEAR));
    for (int k = 0; k < 10; k++) {
      for (String month : List.of("2024-03", "2024-04")) {
        byAgentAndYear.add(AnalyticsFixtures.seed003(k + month, "agent-" + k, month, (75 + k) + "%", 0));
      }
    }
    Map<GroupKey, Ranking<String>> perYear = Ranking.subjectsByMeanTotal(byAgentAndYear.groups());
    assertThat(perYear.keySet()).extracting(GroupKey::toString).containsExactly("period:year=2024");
    Ranking<String> year = perYear.values().iterator().next();
    assertThat(year.top(TEN_PERCENT)).singleElement().satisfies(e -> {
      assertThat(e.key()).isEqualTo("agent-9");
      assertThat(e.score()).isEqualByComparingTo("99");
    });
  }

  @Test
  void aTieAtTheCutOffIsIncludedByDefaultAndExcludedOnRequest() {
    // 20 agents, quota 2; three share the top score.
    int[] values = new int[20];
    for (int k = 0; k < 20; k++) {
      values[k] = k < 3 ? 95 : 60 + k;
    }
    Ranking<String> r = Ranking.of(scores(values));
    assertThat(r.top(TEN_PERCENT)).extracting(Ranking.Entry::key).containsExactly("agent-00", "agent-01", "agent-02");
    assertThat(r.top(TEN_PERCENT, Ranking.Ties.EXCLUDE)).isEmpty();
  }

  @Test
  void aQuotaThatIsNotWholeRoundsUpWithoutTies() {
    Ranking<String> r = Ranking.of(scores(java.util.stream.IntStream.range(0, 25).toArray()));
    assertThat(r.top(TEN_PERCENT)).hasSize(3);
    assertThat(r.top(TEN_PERCENT, Ranking.Ties.EXCLUDE)).hasSize(3);
  }

  @Test
  void aShareOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> Ranking.of(scores(1)).top(new BigDecimal("10")))
        .isInstanceOf(AnalyticsException.class)
        .hasMessage("a top share must be in (0, 1] (0.1 for 10 %), was 10");
    assertThatThrownBy(() -> Ranking.subjectsByMeanTotal(Aggregator.groupingBy(GroupBy.period(PeriodUnit.YEAR))
        .add(AnalyticsFixtures.seed000("e", "s", "2024-01-01", 3)).groups()))
        .hasMessage("rank subjects only in groups keyed by subject; group period:year=2024 has none");
  }

  @Property
  void includedTopNeverSelectsFewerThanTheRoundedUpQuotaNorSkipsABetterKey(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 10) Integer> values,
      @ForAll @IntRange(min = 1, max = 100) int percent) {
    Ranking<String> r = Ranking.of(scores(values.stream().mapToInt(Integer::intValue).toArray()));
    BigDecimal share = BigDecimal.valueOf(percent, 2);
    List<Ranking.Entry<String>> top = r.top(share);
    long quota = share.multiply(BigDecimal.valueOf(values.size())).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
    assertThat(top.size()).isGreaterThanOrEqualTo((int) quota);
    BigDecimal lowestSelected = top.get(top.size() - 1).score();
    assertThat(r.entries().stream().filter(e -> e.score().compareTo(lowestSelected) > 0)).allMatch(top::contains);
    assertThat(r.top(share, Ranking.Ties.EXCLUDE).size()).isLessThanOrEqualTo((int) quota);
  }
}
