package org.rubric4j.testkit;

import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import org.rubric4j.Interval;
import org.rubric4j.Measure;
import org.rubric4j.Observations;
import org.rubric4j.Quantity;
import org.rubric4j.Rubric;
import org.rubric4j.Weight;
import org.rubric4j.rule.ScoringRule;
import org.rubric4j.testkit.internal.ObservationGen;
import org.rubric4j.testkit.internal.Probes;
import org.rubric4j.testkit.internal.RubricGen;
import org.rubric4j.testkit.internal.RuleGen;
import org.rubric4j.testkit.internal.TreeGen;

/**
 * jqwik arbitraries for rubric4j: rubrics, scoring rules, weights, intervals and values of each
 * measure, and above all {@link #observationsFor(Rubric) observations valid under a given
 * rubric}, for use in {@code @Provide} methods of a user's own property tests.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Observations> observations() {
 *   return RubricArbitraries.observationsFor(MY_RUBRIC);
 * }
 * }</pre>
 *
 * <p>Values are exact: amounts are decimals in the measure's canonical unit (seconds, fractions
 * of one), never binary floating point. Every method returns a new arbitrary; all are safe to
 * share.
 */
public final class RubricArbitraries {

  private RubricArbitraries() {}

  /** Valid rubrics of any shape; see {@link RubricArbitrary} for what varies and how to narrow it. */
  public static RubricArbitrary rubrics() {
    return new RubricArbitrary(new RubricGen.Config(3, 3, true, true, false, false));
  }

  /** Scoring rules of all four kinds, each valid on its own (bands without gap or overlap, ...). */
  public static Arbitrary<ScoringRule> scoringRules() {
    return RuleGen.rule();
  }

  /** Weights of {@code count} siblings, each above 0, adding up to exactly 100 %. */
  public static Arbitrary<List<Weight>> weights(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    return TreeGen.fractions(count).map(l -> l.stream().map(Weight::of).toList());
  }

  /**
   * Amounts anywhere in {@code measure}'s domain: durations from 0 to 30 days (whole seconds
   * and milliseconds), percents in [0 %, 100 %], numbers in [−1000, 1000], counts to 1000,
   * levels 0 to 10, and both flags.
   */
  public static Arbitrary<Quantity> quantities(Measure measure) {
    return ObservationGen.quantities(Objects.requireNonNull(measure, "measure"));
  }

  /** Non-empty intervals of {@code measure}: closed, open, half-open, one-sided. */
  public static Arbitrary<Interval> intervals(Measure measure) {
    return ObservationGen.intervals(Objects.requireNonNull(measure, "measure"));
  }

  /**
   * Values {@code rule} scores: about a third on its {@linkplain #edgeValues edges}, the rest
   * anywhere in its domain (for a band rule over numbers or levels, between its lowest and
   * highest band; for a level rule, its declared levels).
   */
  public static Arbitrary<Quantity> valuesFor(ScoringRule rule) {
    return ObservationGen.values(Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Values the indicator {@code indicatorId} of {@code rubric} scores; see {@link #valuesFor(ScoringRule)}.
   *
   * @throws IllegalArgumentException when the rubric has no such indicator
   */
  public static Arbitrary<Quantity> valuesFor(Rubric rubric, String indicatorId) {
    return valuesFor(Checks.indicator(rubric, indicatorId).rule());
  }

  /**
   * The edges of {@code rule}, ascending and within its domain: each finite band bound exactly,
   * and the smallest step either side of it (1 for counts and levels, 1 ms for durations,
   * 0.01 % for percents, 0.001 for numbers, finer when the bound is written more finely); for a
   * deduction its target and zero bounds and each step boundary until the points run out; for
   * occurrences the counts around 0, {@code zeroAt} and where the points run out; every level.
   */
  public static List<Quantity> edgeValues(ScoringRule rule) {
    return Probes.edges(Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Observations valid under {@code rubric}: a value for each indicator (typed, or as the text
   * a file would hold), about a third of them on the rule's edges; {@code n/a} for some when
   * the rubric's {@code notApplicable} policy is {@code redistribute}; some values left out
   * when its {@code missing} policy is {@code not-applicable}; tags that sometimes meet the
   * {@code appliesWhen} conditions; and the rubric's flags, sometimes true. At least one
   * indicator always applies, so every observation can be scored.
   *
   * @throws IllegalArgumentException when no indicator of the rubric can ever apply, because
   *     the conditions on the way to each contradict each other
   */
  public static Arbitrary<Observations> observationsFor(Rubric rubric) {
    return ObservationGen.observationsFor(Objects.requireNonNull(rubric, "rubric"));
  }
}
