package org.rubric4j.analytics;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rubric4j.Interval;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.SeedRubrics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Seed 002: satisfaction distribution and mean. The seed's worked example prints
 * (80×5 + 15×4 + 5×3)/100 = 4.7, but 400 + 60 + 15 = 475 and 475/100 = 4.75: the seed slipped;
 * the rule (the mean) wins, as for seed 003's table 2.
 */
class ScoreDistributionTest {

  private static Aggregate seed002Survey() {
    Rubric r = SeedRubrics.satisfactionTracking();
    Aggregate a = Aggregate.empty();
    int n = 0;
    for (int[] group : new int[][] {{80, 5}, {15, 4}, {5, 3}}) {
      for (int k = 0; k < group[0]; k++) {
        a.add(r.evaluate(Observations.builder("q-" + n++).value("response-satisfaction", group[1])
            .value("solving-satisfaction", group[1]).value("attitude-satisfaction", group[1]).build()));
      }
    }
    return a;
  }

  @Test
  void seed002MeanIsExactlyFourPointSevenFiveNotTheSeedsFourPointSeven() {
    ScoreStatistics response = seed002Survey().indicator("response-satisfaction").orElseThrow();
    assertThat(response.count()).isEqualTo(100);
    assertThat(response.mean()).contains(new BigDecimal("4.75"));
    assertThat(ScoreCategories.satisfaction().distribute(response).mean()).contains(new BigDecimal("4.75"));
  }

  @Test
  void seed002DistributionIsNinetyFivePercentSatisfied() {
    ScoreDistribution d = ScoreCategories.satisfaction()
        .distribute(seed002Survey().indicator("response-satisfaction").orElseThrow());
    assertThat(d.counts()).containsExactly(entry("satisfied", 95L), entry("neutral", 5L), entry("unsatisfied", 0L));
    assertThat(d.share("satisfied")).contains(new BigDecimal("0.95"));
    assertThat(d.share("neutral")).contains(new BigDecimal("0.05"));
    assertThat(d.share("unsatisfied")).contains(BigDecimal.ZERO);
    assertThat(d.total()).isEqualTo(100);
  }

  @Test
  void scoresInNoCategoryAreCountedNotDropped() {
    ScoreCategories topBox = ScoreCategories.builder().category("promoter", "[5, 5]").build();
    ScoreDistribution d = topBox.distribute(Map.of(new BigDecimal("5"), 2L, new BigDecimal("3"), 1L));
    assertThat(d.count("promoter")).isEqualTo(2);
    assertThat(d.uncategorised()).isEqualTo(1);
    assertThat(d.share("promoter")).contains(new BigDecimal("0.6666666666666666666666666666666667"));
  }

  @Test
  void overlappingRepeatedAndMalformedCategoriesAreRefused() {
    assertThatThrownBy(() -> ScoreCategories.builder().category("a", "[3, 5]").category("b", "[1, 3]").build())
        .isInstanceOf(AnalyticsException.class)
        .hasMessage("a score must fall in one category at most: a [3, 5] overlaps b [1, 3]");
    assertThatThrownBy(() -> ScoreCategories.builder().category("a", "[3, 5]").category("a", "[1, 2]"))
        .hasMessage("category a is declared twice");
    assertThatThrownBy(() -> ScoreCategories.builder().category("a", "3 to 5"))
        .hasMessageStartingWith("category a: \"3 to 5\" is not an interval");
    assertThatThrownBy(() -> ScoreCategories.builder().category("a", Interval.parse("<= 2h")))
        .hasMessage("category a ranges over scores, so its range must be a number, was a duration <= 2h");
    assertThatThrownBy(() -> ScoreCategories.builder().build()).hasMessage("declare at least one category");
    assertThatThrownBy(() -> ScoreCategories.satisfaction().distribute(Map.of()).count("happy"))
        .hasMessage("no category happy; the categories are [satisfied, neutral, unsatisfied]");
  }
}
