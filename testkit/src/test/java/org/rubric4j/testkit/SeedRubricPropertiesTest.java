package org.rubric4j.testkit;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;

/** The testkit's checks hold for every rubric of the five seed documents. */
class SeedRubricPropertiesTest {

  private static final List<Rubric> SEEDS = List.of(SeedFiles.rubric("crm-service-quality"),
      SeedFiles.rubric("crm-maintenance-monitoring"), SeedFiles.rubric("satisfaction-tracking"),
      SeedFiles.rubric("service-standards-monthly"), SeedFiles.rubric("service-standards-combined"),
      SeedFiles.rubric("contact-center-workflow"));

  /** Each seed indicator whose direction the seeds state, with that direction. */
  private static final List<Tuple.Tuple3<Rubric, String, Direction>> DIRECTIONS = List.of(
      Tuple.of(SEEDS.get(0), "first-response-time", Direction.LOWER_IS_BETTER),
      Tuple.of(SEEDS.get(0), "resolution-time", Direction.LOWER_IS_BETTER),
      Tuple.of(SEEDS.get(0), "first-contact-resolution", Direction.HIGHER_IS_BETTER),
      Tuple.of(SEEDS.get(0), "solution-quality", Direction.HIGHER_IS_BETTER),
      Tuple.of(SEEDS.get(1), "response-speed-rating", Direction.HIGHER_IS_BETTER),
      Tuple.of(SEEDS.get(2), "solving-satisfaction", Direction.HIGHER_IS_BETTER),
      Tuple.of(SEEDS.get(3), "first-response-time", Direction.LOWER_IS_BETTER),
      Tuple.of(SEEDS.get(3), "attitude-violations", Direction.LOWER_IS_BETTER),
      Tuple.of(SEEDS.get(3), "fcr", Direction.HIGHER_IS_BETTER),
      Tuple.of(SEEDS.get(3), "record-errors", Direction.LOWER_IS_BETTER),
      Tuple.of(SEEDS.get(3), "recommendation-rate", Direction.HIGHER_IS_BETTER),
      Tuple.of(SEEDS.get(4), "qualitative-review", Direction.HIGHER_IS_BETTER),
      Tuple.of(SEEDS.get(5), "first-response-seconds", Direction.LOWER_IS_BETTER),
      Tuple.of(SEEDS.get(5), "satisfaction-rating", Direction.HIGHER_IS_BETTER));

  @Provide
  Arbitrary<Tuple2<Rubric, Observations>> seedObservations() {
    return Arbitraries.of(SEEDS).flatMap(r -> RubricArbitraries.observationsFor(r).map(o -> Tuple.of(r, o)));
  }

  @Provide
  Arbitrary<Tuple.Tuple4<Rubric, String, Direction, Observations>> seedDirections() {
    return Arbitraries.of(DIRECTIONS).flatMap(d ->
        RubricArbitraries.observationsFor(d.get1()).map(o -> Tuple.of(d.get1(), d.get2(), d.get3(), o)));
  }

  @Property(tries = 600)
  void everySeedRubricScoresEveryGeneratedObservationWithinItsScaleExactlyAndDeterministically(
      @ForAll("seedObservations") Tuple2<Rubric, Observations> seed) {
    RubricProperties.allHold(seed.get1(), seed.get2());
  }

  @Example
  void everyValueOfEverySeedBandFallsInExactlyOneBandAndEverySeedGradeIsReachable() {
    SEEDS.forEach(RubricProperties::allHold);
  }

  @Example
  void everySeedIndicatorIsMonotonicInTheDirectionItsSeedStates() {
    DIRECTIONS.forEach(d -> RubricProperties.scoreIsMonotonic(d.get1(), d.get2(), d.get3()));
  }

  @Property(tries = 60)
  void aBetterValueNeverLowersTheSeedTotalWhateverTheOtherValues(
      @ForAll("seedDirections") Tuple.Tuple4<Rubric, String, Direction, Observations> d) {
    RubricProperties.scoreIsMonotonic(d.get1(), d.get2(), d.get3(), d.get4());
  }

  @Example
  void theSeedFraudVetoMakesNeedsImprovementReachableEvenWithoutScores() {
    // 需改进 [0, 60) is also reachable by scores; the veto is a second way there.
    assertThat(SEEDS.get(3).vetoes()).singleElement()
        .satisfies(v -> assertThat(v.grade()).contains("needs-improvement"));
    RubricProperties.everyGradeIsReachable(SEEDS.get(3));
  }
}
