package org.rubric4j.testkit;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.rubric4j.Indicator;
import org.rubric4j.Interval;
import org.rubric4j.Measure;
import org.rubric4j.MissingPolicy;
import org.rubric4j.NotApplicablePolicy;
import org.rubric4j.Observations;
import org.rubric4j.Quantity;
import org.rubric4j.Rubric;
import org.rubric4j.Value;
import org.rubric4j.Weight;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.ScoringRule;
import static org.assertj.core.api.Assertions.assertThat;

/** What the arbitraries promise: valid values, n/a only where allowed, band edges hit exactly. */
class RubricArbitrariesTest {

  private static final Rubric SEED_000 = SeedFiles.rubric("crm-service-quality");

  private static final Rubric FORBIDDING = Rubric.builder("forbidding").notApplicable(NotApplicablePolicy.FORBID)
      .dimension("d", d -> d.indicator("a", i -> i.levels().range(1, 5)).indicator("b", i -> i.occurrences().max(10).deduct(2)))
      .build();

  private static final Rubric LENIENT = Rubric.builder("lenient").missing(MissingPolicy.NOT_APPLICABLE)
      .dimension("d", d -> d.indicator("a", i -> i.levels().range(1, 5)).indicator("b", i -> i.occurrences().max(10).deduct(2)))
      .build();

  @Provide
  Arbitrary<Observations> seed000() {
    return RubricArbitraries.observationsFor(SEED_000);
  }

  @Provide
  Arbitrary<Observations> forbidding() {
    return RubricArbitraries.observationsFor(FORBIDDING);
  }

  @Provide
  Arbitrary<Observations> lenient() {
    return RubricArbitraries.observationsFor(LENIENT);
  }

  @Provide
  Arbitrary<Measure> measures() {
    return Arbitraries.of(Measure.class);
  }

  @Property
  void observationsForTheSeedGiveEveryIndicatorAValueAndSometimesNa(@ForAll("seed000") Observations o) {
    assertThat(o.values().keySet()).containsExactlyInAnyOrderElementsOf(
        SEED_000.allIndicators().map(Indicator::id).toList());
    SEED_000.evaluate(o);
    Statistics.label("n/a").collect(o.values().containsValue(Value.notApplicable()));
    Statistics.label("n/a").coverage(c -> c.check(true).percentage(p -> p > 20));
  }

  @Property
  void firstResponseTimesLandExactlyOnBandBoundsAndOneMillisecondPastThem(@ForAll("seed000") Observations o) {
    Value v = o.values().get("first-response-time");
    String where = "n/a";
    if (!(v instanceof Value.NotApplicable)) {
      BigDecimal seconds = (v instanceof Quantity q ? q : ((Value.Text) v).readAs(Measure.DURATION)).amount();
      where = "inside";
      for (long hours : new long[] {2, 6, 12, 24}) {
        BigDecimal bound = BigDecimal.valueOf(hours * 3_600);
        if (seconds.compareTo(bound) == 0) {
          where = "on a bound";
        } else if (seconds.subtract(bound).abs().compareTo(new BigDecimal("0.001")) == 0) {
          where = "1 ms past a bound";
        }
      }
    }
    Statistics.label("first response").collect(where);
    Statistics.label("first response").coverage(c -> {
      c.check("on a bound").percentage(p -> p > 2);
      c.check("1 ms past a bound").percentage(p -> p > 2);
      c.check("inside").percentage(p -> p > 30);
    });
  }

  @Property(tries = 300)
  void noNaWhereThePolicyForbidsIt(@ForAll("forbidding") Observations o) {
    assertThat(o.values()).doesNotContainValue(Value.notApplicable()).containsKeys("a", "b");
    FORBIDDING.evaluate(o);
  }

  @Property(tries = 300)
  void valuesAreSometimesLeftOutWhereMissingMeansNa(@ForAll("lenient") Observations o) {
    LENIENT.evaluate(o);
    Statistics.label("left out").collect(o.values().size() < 2);
    Statistics.label("left out").coverage(c -> c.check(true).percentage(p -> p > 5));
  }

  @Property
  void quantitiesLieInTheirMeasuresDomain(@ForAll("measures") Measure m, @ForAll("anySeed") long seed) {
    Quantity q = RubricArbitraries.quantities(m).generator(100).next(new java.util.Random(seed)).value();
    assertThat(q.measure()).isEqualTo(m);
    assertThat(Quantity.parse(m, q.toString())).isEqualTo(q);
  }

  @Provide
  Arbitrary<Long> anySeed() {
    return Arbitraries.longs();
  }

  @Property
  void intervalsAreNonEmptyAndReadBackFromTheirText(@ForAll("measures") Measure m, @ForAll("anySeed") long seed) {
    Interval i = RubricArbitraries.intervals(m).generator(100).next(new java.util.Random(seed)).value();
    assertThat(Interval.parse(m, i.toString())).isEqualTo(i);
  }

  @Property
  void weightsAddUpToExactlyAHundredPercent(@ForAll @IntRange(min = 1, max = 12) int n, @ForAll("anySeed") long seed) {
    List<Weight> w = RubricArbitraries.weights(n).generator(100).next(new java.util.Random(seed)).value();
    assertThat(w).hasSize(n);
    assertThat(w.stream().map(Weight::fraction).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
  }

  @Provide
  Arbitrary<ScoringRule> rules() {
    return RubricArbitraries.scoringRules();
  }

  @Property
  void everyValueForARuleCanBeScoredWithinItsRange(@ForAll("rules") ScoringRule rule, @ForAll("anySeed") long seed) {
    Quantity v = RubricArbitraries.valuesFor(rule).generator(100).next(new java.util.Random(seed)).value();
    BigDecimal points = rule.score(v).points();
    assertThat(points).isBetween(rule.minimum(), rule.maximum());
  }

  @Property
  void everyEdgeOfARuleCanBeScored(@ForAll("rules") ScoringRule rule) {
    List<Quantity> edges = RubricArbitraries.edgeValues(rule);
    assertThat(edges).isNotEmpty().isSortedAccordingTo((a, b) -> a.amount().compareTo(b.amount()));
    edges.forEach(rule::score);
  }

  @Example
  void theEdgesOfTheSeedFirstResponseBandsAreZeroAndEachBoundWithOneMillisecondEitherSide() {
    BandRule rule = (BandRule) SEED_000.indicator("first-response-time").orElseThrow().rule();
    assertThat(RubricArbitraries.edgeValues(rule)).extracting(Quantity::toString).containsExactly(
        "0", "1h59m59.999s", "2h", "2h0.001s", "5h59m59.999s", "6h", "6h0.001s",
        "11h59m59.999s", "12h", "12h0.001s", "23h59m59.999s", "24h", "24h0.001s");
  }

  @Example
  void theEdgesOfAPercentBandAreOneBasisPointApart() {
    ScoringRule rule = SEED_000.indicator("first-contact-resolution").orElseThrow().rule();
    assertThat(RubricArbitraries.edgeValues(rule)).extracting(Quantity::toString)
        .contains("59.99%", "60%", "60.01%", "89.99%", "90%", "90.01%", "0%", "100%");
  }
}
