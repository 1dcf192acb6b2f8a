package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.rubric4j.internal.Explainer;

/**
 * The result of scoring one {@link Observations} with a {@link Rubric}: the total, the grade,
 * the vetoes that fired, and a result for every dimension and indicator.
 *
 * <p>{@code total} and {@code rawTotal} are rounded half-up to the rubric's precision, once,
 * from exact arithmetic. {@code rawTotal} is the total before any veto; {@code total} is
 * after vetoes. {@code unroundedTotal} is the exact total before rubric-wide vetoes (34
 * significant digits at most): the dimension contributions add up to it. The grade comes
 * from the rounded total, so it always agrees with the number a person sees. Immutable and
 * thread-safe.
 *
 * @param rubricId the rubric's id
 * @param rubricVersion the rubric's version label, when it has one
 * @param id the observations' id
 * @param subject the observations' subject
 * @param period the observations' period
 * @param tags the observations' tags
 * @param scale the rubric's scale
 * @param precision the rubric's precision
 * @param total the final total, rounded
 * @param rawTotal the total before vetoes, rounded
 * @param unroundedTotal the exact total before rubric-wide vetoes
 * @param grade the grade, when the rubric has grades
 * @param vetoes the vetoes that fired, in declared order
 * @param dimensions a result per top-level dimension, in declared order
 */
public record Evaluation(String rubricId, Optional<String> rubricVersion, String id,
    Optional<String> subject, Optional<String> period, Map<String, String> tags,
    BigDecimal scale, int precision, BigDecimal total, BigDecimal rawTotal,
    BigDecimal unroundedTotal, Optional<Grade> grade, List<FiredVeto> vetoes,
    List<DimensionResult> dimensions) {

  /** Checks every part is present and copies the collections. */
  public Evaluation {
    Objects.requireNonNull(rubricId, "rubricId");
    Objects.requireNonNull(rubricVersion, "rubricVersion");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(period, "period");
    tags = Map.copyOf(tags);
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(rawTotal, "rawTotal");
    Objects.requireNonNull(unroundedTotal, "unroundedTotal");
    Objects.requireNonNull(grade, "grade");
    vetoes = List.copyOf(vetoes);
    dimensions = List.copyOf(dimensions);
  }

  /** Whether any veto fired. */
  public boolean isVetoed() {
    return !vetoes.isEmpty();
  }

  /** Every dimension result, depth first. */
  public Stream<DimensionResult> allDimensions() {
    return dimensions.stream().flatMap(DimensionResult::allDimensions);
  }

  /** Every indicator result, depth first. */
  public Stream<IndicatorResult> allIndicators() {
    return dimensions.stream().flatMap(DimensionResult::allIndicators);
  }

  /** The result of the dimension {@code id}. */
  public Optional<DimensionResult> dimension(String id) {
    return allDimensions().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The result of the indicator {@code id}. */
  public Optional<IndicatorResult> indicator(String id) {
    return allIndicators().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * A trace a person can read, one line per dimension and indicator, such as
   * {@code first-response-time 首次响应时间: 4h is in (2h, 6h] → 4 of 5; × 20% × 50% → 0.4};
   * the indicator contributions add up to the total shown on the last line.
   */
  public String explain() {
    return Explainer.explain(this);
  }
}
