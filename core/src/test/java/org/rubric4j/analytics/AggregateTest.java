package org.rubric4j.analytics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rubric4j.AnalyticsFixtures;
import org.rubric4j.Measure;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class AggregateTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** Everything 5 (total 5.00), everything 4 (4.00), everything 1 with clarity n/a (1.00). */
  private static Aggregate threeEvaluations() {
    Rubric r = AnalyticsFixtures.SEED_000;
    return Aggregate.of(List.of(
        r.evaluate(AnalyticsFixtures.seed000("ev-1", 5).build()),
        r.evaluate(AnalyticsFixtures.seed000("ev-2", 4).build()),
        r.evaluate(AnalyticsFixtures.seed000("ev-3", 1, "clarity").build())));
  }

  @Test
  void theTotalIsSummarisedExactlyWithItsGrades() {
    ScoreStatistics total = threeEvaluations().total();
    assertThat(total.count()).isEqualTo(3);
    assertThat(total.sum()).isEqualByComparingTo("10");
    assertThat(total.mean()).contains(d("3.333333333333333333333333333333333"));
    assertThat(total.min()).contains(d("1"));
    assertThat(total.max()).contains(d("5"));
    // (5² + 4² + 1²) · 3 − 10² = 26, over 9: population variance 26/9.
    assertThat(total.populationVariance()).contains(d("2.888888888888888888888888888888889"));
    assertThat(total.gradeCounts()).containsExactly(entry("excellent", 1L), entry("fail", 1L), entry("good", 1L));
    assertThat(total.scoreCounts()).isEmpty();
  }

  @Test
  void aNotApplicableIndicatorIsCountedApartFromItsScores() {
    ScoreStatistics clarity = threeEvaluations().indicator("clarity").orElseThrow();
    assertThat(clarity.count()).isEqualTo(2);
    assertThat(clarity.notApplicableCount()).isEqualTo(1);
    assertThat(clarity.scoreCounts()).containsExactly(entry(d("4"), 1L), entry(d("5"), 1L));
    assertThat(clarity.mean()).contains(d("4.5"));
  }

  @Test
  void dimensionsKeepTheirOwnScoresOnTheRubricScale() {
    ScoreStatistics communication = threeEvaluations().dimension("communication").orElseThrow();
    assertThat(communication.count()).isEqualTo(3);   // expertise alone carries it in ev-3
    assertThat(communication.mean()).contains(d("3.333333333333333333333333333333333"));
  }

  @Test
  void measuredValuesAreKeptInCanonicalUnits() {
    Aggregate a = threeEvaluations();
    // 1h + 4h + 30h = 35h = 126 000 s; mean 42 000 s.
    assertThat(a.value("first-response-time").orElseThrow().mean()).contains(d("42000"));
    assertThat(a.measureOf("first-response-time")).contains(Measure.DURATION);
    assertThat(a.value("first-contact-resolution").orElseThrow().sum()).isEqualByComparingTo("2.3");   // 95 % + 85 % + 50 %
  }

  @Test
  void vetoesAreCountedByIdAndTheVetoedTotalIsWhatWasReported() {
    Observations o = Observations.of("ev").withValue("first-response-time", "28s").withValue("emotion-management", 2)
        .withValue("fcr", "88%").withValue("record-errors", 1).withValue("recommendation-rate", "12%");
    Aggregate a = Aggregate.of(List.of(AnalyticsFixtures.SEED_003.evaluate(o),
        AnalyticsFixtures.SEED_003.evaluate(o.withFlag("review-manipulated", true))));
    assertThat(a.vetoedCount()).isEqualTo(1);
    assertThat(a.vetoCounts()).containsExactly(entry("review-manipulation", 1L));
    assertThat(a.total().sum()).isEqualByComparingTo("87");   // 87 + 0
    assertThat(a.total().gradeCounts()).containsExactly(entry("good", 1L), entry("needs-improvement", 1L));
  }

  @Test
  void mergeLeavesBothInputsUntouched() {
    Aggregate a = threeEvaluations();
    Aggregate b = threeEvaluations();
    Aggregate merged = a.merge(b);
    assertThat(merged.count()).isEqualTo(6);
    assertThat(a).isEqualTo(threeEvaluations());
    assertThat(b.count()).isEqualTo(3);
  }

  @Test
  void aggregatesOfDifferentMeasuresForOneIndicatorRefuseToMerge() {
    Rubric other = Rubric.builder("other").scale(5)
        .dimension("d", d -> d.indicator("clarity", i -> i.bands(Measure.PERCENT).band(5, "[0%, 100%]")))
        .build();
    Aggregate percents = Aggregate.of(List.of(other.evaluate(Observations.of("x").withValue("clarity", "50%"))));
    assertThatThrownBy(() -> threeEvaluations().merge(percents)).isInstanceOf(AnalyticsException.class)
        .hasMessage("cannot merge: indicator clarity is a level in one aggregate and a percent in the other");
  }

  @Test
  void anAggregateSurvivesSerialisation() throws Exception {
    Aggregate a = threeEvaluations();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(a);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Aggregate back = (Aggregate) in.readObject();
      assertThat(back).isEqualTo(a);
      assertThat(back.add(AnalyticsFixtures.SEED_000.evaluate(AnalyticsFixtures.seed000("ev-4", 3).build())).count())
          .isEqualTo(4);
    }
  }

  @Test
  void dimensionsAndIndicatorsComeInTheRubricsOrderNotAlphabetically() {
    org.rubric4j.Rubric rubric = AnalyticsFixtures.SEED_000;
    Aggregate a = Aggregate.empty().add(AnalyticsFixtures.seed000("e1", "agent-1", "2024-09", 4));
    java.util.List<String> dimensionIds = rubric.allDimensions().map(org.rubric4j.Dimension::id).toList();
    java.util.List<String> indicatorIds = rubric.allIndicators().map(org.rubric4j.Indicator::id).toList();
    assertThat(a.dimensions().keySet()).containsExactlyElementsOf(dimensionIds);
    assertThat(a.indicators().keySet()).containsExactlyElementsOf(indicatorIds);
    assertThat(a.values().keySet()).containsExactlyElementsOf(indicatorIds);
    assertThat(dimensionIds).isNotEqualTo(dimensionIds.stream().sorted().toList());
    assertThat(Aggregate.empty().merge(a).dimensions().keySet()).containsExactlyElementsOf(dimensionIds);
  }
}
