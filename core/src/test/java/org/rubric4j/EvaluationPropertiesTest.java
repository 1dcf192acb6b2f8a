package org.rubric4j;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import static org.assertj.core.api.Assertions.assertThat;

/** Properties of evaluation that must hold for every observation, not just the examples. */
class EvaluationPropertiesTest {

  private static final Rubric SEED_000 = SeedRubrics.crmServiceQuality();
  private static final Rubric SEED_003 = SeedRubrics.serviceStandardsCombined();

  @Provide
  Arbitrary<Observations> seed000Observations() {
    Arbitrary<String> duration = Arbitraries.longs().between(0, 10 * 86_400).map(s -> s + "s");
    Arbitrary<String> percent = Arbitraries.integers().between(0, 10_000).map(h -> BigDecimal.valueOf(h, 2) + "%");
    Arbitrary<String> level = Arbitraries.integers().between(1, 5).map(String::valueOf);
    Arbitrary<String> levelOrNa = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, level), net.jqwik.api.Tuple.of(1, Arbitraries.just("n/a")));
    return Combinators.combine(duration, duration, percent, levelOrNa, levelOrNa, levelOrNa, levelOrNa, levelOrNa)
        .as((frt, rt, fcr, sq, cl, ex, em, fu) -> Observations.builder("ev")
            .value("first-response-time", frt).value("resolution-time", rt)
            .value("first-contact-resolution", fcr).value("solution-quality", sq)
            .value("clarity", cl).value("expertise", ex).value("emotion-care", em)
            .value("follow-up-visit", fu).build());
  }

  @Provide
  Arbitrary<Observations> seed003Observations() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 600).map(s -> s + "s"),
            Arbitraries.integers().between(0, 10),
            Arbitraries.integers().between(0, 100).map(p -> p + "%"),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 100).map(p -> p + "%"),
            Arbitraries.integers().between(0, 30),
            Arbitraries.of(true, false))
        .as((frt, slips, fcr, errors, rec, review, fraud) -> Observations.builder("ev")
            .value("first-response-time", frt).value("emotion-management", slips).value("fcr", fcr)
            .value("record-errors", errors).value("recommendation-rate", rec)
            .value("qualitative-review", review).flag("review-manipulated", fraud).build());
  }

  @Property
  void theTotalLiesBetweenZeroAndTheScale(@ForAll("seed000Observations") Observations o) {
    Evaluation e = SEED_000.evaluate(o);
    assertThat(e.total()).isBetween(BigDecimal.ZERO, SEED_000.scale());
    assertThat(e.grade()).isPresent();
  }

  @Property
  void theTotalOfSeed003LiesBetweenZeroAndAHundred(@ForAll("seed003Observations") Observations o) {
    Evaluation e = SEED_003.evaluate(o);
    assertThat(e.total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    assertThat(e.rawTotal()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    assertThat(e.total()).isLessThanOrEqualTo(e.rawTotal());
  }

  @Property
  void aSlowerFirstResponseNeverScoresMore(@ForAll("seed000Observations") Observations o,
      @ForAll @LongRange(min = 0, max = 864_000) long faster, @ForAll @LongRange(min = 0, max = 86_400) long extra) {
    Evaluation quick = SEED_000.evaluate(o.withValue("first-response-time", faster + "s"));
    Evaluation slow = SEED_000.evaluate(o.withValue("first-response-time", (faster + extra) + "s"));
    assertThat(slow.indicator("first-response-time").flatMap(IndicatorResult::score).orElseThrow())
        .isLessThanOrEqualTo(quick.indicator("first-response-time").flatMap(IndicatorResult::score).orElseThrow());
    assertThat(slow.total()).isLessThanOrEqualTo(quick.total());
  }

  @Property
  void aSlowerResponseNeverScoresMoreUnderDeduction(@ForAll("seed003Observations") Observations o,
      @ForAll @IntRange(min = 0, max = 600) int faster, @ForAll @IntRange(min = 0, max = 120) int extra) {
    BigDecimal quick = SEED_003.evaluate(o.withValue("first-response-time", faster + "s")).rawTotal();
    BigDecimal slow = SEED_003.evaluate(o.withValue("first-response-time", (faster + extra) + "s")).rawTotal();
    assertThat(slow).isLessThanOrEqualTo(quick);
  }

  @Property
  void theWeightsInUseAlwaysAddUpToOne(@ForAll("seed000Observations") Observations o) {
    Evaluation e = SEED_000.evaluate(o);
    BigDecimal effective = e.allIndicators().map(IndicatorResult::effectiveWeight)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(effective.setScale(20, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("1");
    assertThat(e.dimensions().stream().map(DimensionResult::weight).reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(20, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("1");
    e.allDimensions().filter(DimensionResult::applicable).forEach(d -> assertThat(
        d.indicators().stream().map(IndicatorResult::weight).reduce(BigDecimal.ZERO, BigDecimal::add)
            .add(d.dimensions().stream().map(DimensionResult::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
            .setScale(20, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("1"));
  }

  @Property
  void contributionsAddUpToTheTotal(@ForAll("seed000Observations") Observations o) {
    Evaluation e = SEED_000.evaluate(o);
    BigDecimal sum = e.allIndicators().map(IndicatorResult::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum.setScale(e.precision(), java.math.RoundingMode.HALF_UP)).isEqualByComparingTo(e.total());
  }

  /** The total comes from the integer fast path; the contributions from the general rational path. */
  @Property
  void theFastSumAgreesWithTheGeneralPath(@ForAll("seed003Observations") Observations o) {
    Evaluation e = SEED_003.evaluate(o);
    BigDecimal contributions = e.dimensions().stream().map(DimensionResult::contribution)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(contributions.setScale(25, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo(e.unroundedTotal().setScale(25, java.math.RoundingMode.HALF_UP));
    assertThat(e.unroundedTotal().setScale(e.precision(), java.math.RoundingMode.HALF_UP)).isEqualTo(e.rawTotal());
  }

  @Property
  void evaluationIsDeterministic(@ForAll("seed003Observations") Observations o) {
    assertThat(SEED_003.evaluate(o)).isEqualTo(SEED_003.evaluate(o));
  }

  @Property(tries = 20)
  void eightThreadsSharingOneRubricGetTheSingleThreadResults(@ForAll("seed000Observations") Observations o)
      throws Exception {
    List<Observations> batch = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      batch.add(o.withValue("first-response-time", (k * 613) + "s"));
    }
    List<Evaluation> expected = batch.stream().map(SEED_000::evaluate).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Evaluation>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> batch.stream().map(SEED_000::evaluate).toList()));
      }
      for (Future<List<Evaluation>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
