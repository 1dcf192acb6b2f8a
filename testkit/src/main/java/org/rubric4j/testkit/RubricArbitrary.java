package org.rubric4j.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.rubric4j.Rubric;
import org.rubric4j.testkit.internal.RubricGen;

/**
 * Generates valid rubrics: dimensions nested up to {@link #withMaxDepth a depth}, indicators
 * with all four rule kinds (bands over durations, percents, numbers, counts and levels;
 * levels; deductions; occurrences), sibling weights that add up to exactly 100 % or are all
 * absent, bands without gap or overlap over each measure's domain, grades covering
 * [0, scale] at the rubric's precision, and sometimes {@code appliesWhen} conditions on the
 * tag {@code channel}, flags and vetoes (on a flag or on an indicator's score, for the whole
 * rubric or one dimension).
 *
 * <p>Every rubric is built through {@link Rubric#builder}, so it passed the same checks as a
 * hand-written one. Get one from {@link RubricArbitraries#rubrics()}; each {@code with...}
 * method returns a configured copy. Immutable.
 */
public final class RubricArbitrary extends ArbitraryDecorator<Rubric> {

  private final RubricGen.Config config;

  RubricArbitrary(RubricGen.Config config) {
    this.config = config;
  }

  /** Dimensions nest at most {@code maxDepth} levels deep (1: dimensions hold indicators); default 3. */
  public RubricArbitrary withMaxDepth(int maxDepth) {
    return new RubricArbitrary(new RubricGen.Config(maxDepth, config.maxChildren(), config.vetoes(),
        config.conditions(), config.weightings(), config.qaForms()));
  }

  /** The rubric and each dimension have at most {@code maxChildren} children; default 3. */
  public RubricArbitrary withMaxChildren(int maxChildren) {
    return new RubricArbitrary(new RubricGen.Config(config.maxDepth(), maxChildren, config.vetoes(),
        config.conditions(), config.weightings(), config.qaForms()));
  }

  /** Rubrics without vetoes, whose totals follow the scores alone. */
  public RubricArbitrary withoutVetoes() {
    return new RubricArbitrary(new RubricGen.Config(config.maxDepth(), config.maxChildren(), false,
        config.conditions(), config.weightings(), config.qaForms()));
  }

  /** Rubrics without {@code appliesWhen} conditions. */
  public RubricArbitrary withoutConditions() {
    return new RubricArbitrary(new RubricGen.Config(config.maxDepth(), config.maxChildren(),
        config.vetoes(), false, config.weightings(), config.qaForms()));
  }

  /**
   * Rubrics whose nodes also share their parent by {@code weighting: relative} (whole weights
   * 0–100, not all 0) and {@code weighting: points} (no weights), besides declared weights; off by
   * default, so rubrics generated before keep their shape.
   */
  public RubricArbitrary withWeightings() {
    return new RubricArbitrary(new RubricGen.Config(config.maxDepth(), config.maxChildren(), config.vetoes(),
        config.conditions(), true, config.qaForms()));
  }

  /**
   * Rubrics that also use the additions for QA tools' scorecards: {@code critical} indicators,
   * {@code bonus} questions (totals capped at the scale), {@code checklist} rules (observations tick
   * any subset of the items) and per-indicator {@code notApplicable} policies ({@code full-marks},
   * {@code zero}, ...); off by
   * default, so rubrics generated before keep their shape.
   */
  public RubricArbitrary withQaToolForms() {
    return new RubricArbitrary(new RubricGen.Config(config.maxDepth(), config.maxChildren(), config.vetoes(),
        config.conditions(), config.weightings(), true));
  }

  @Override
  protected Arbitrary<Rubric> arbitrary() {
    return RubricGen.rubrics(config);
  }
}
