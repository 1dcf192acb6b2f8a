package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How one dimension scored in one {@link Evaluation}.
 *
 * <p>{@code score} is the dimension's fraction × the rubric's scale (how it would score on its
 * own), rounded to the rubric's precision; {@code contribution} is its exact share of the
 * total; {@code weight} its share among applicable siblings. A dimension whose children are
 * all not applicable is itself not applicable: no score, weight 0, contribution 0. When a
 * dimension-scoped veto fired, {@code vetoedBy} names it and the score is the veto's.
 *
 * @param id the dimension's id
 * @param name its display name
 * @param applicable whether any of its children was scored
 * @param weight the share among applicable siblings
 * @param effectiveWeight the share of the whole total
 * @param score its own score on the rubric's scale, rounded; empty when not applicable
 * @param contribution its share of the total, exact (34 significant digits at most)
 * @param grade the dimension grade its rounded score falls in, when it has grades
 * @param vetoedBy the id of the dimension veto that fired, if any
 * @param dimensions results of its sub-dimensions
 * @param indicators results of its indicators
 */
public record DimensionResult(String id, String name, boolean applicable, BigDecimal weight,
    BigDecimal effectiveWeight, Optional<BigDecimal> score, BigDecimal contribution,
    Optional<Grade> grade, Optional<String> vetoedBy, List<DimensionResult> dimensions,
    List<IndicatorResult> indicators) {

  /** Checks every part is present and copies the lists. */
  public DimensionResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(effectiveWeight, "effectiveWeight");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(vetoedBy, "vetoedBy");
    dimensions = List.copyOf(dimensions);
    indicators = List.copyOf(indicators);
  }

  /** Every indicator result under this dimension, depth first. */
  public Stream<IndicatorResult> allIndicators() {
    return Stream.concat(indicators.stream(), dimensions.stream().flatMap(DimensionResult::allIndicators));
  }

  /** This dimension and every dimension under it, depth first. */
  public Stream<DimensionResult> allDimensions() {
    return Stream.concat(Stream.of(this), dimensions.stream().flatMap(DimensionResult::allDimensions));
  }
}
