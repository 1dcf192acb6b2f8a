package org.rubric4j.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.Dimension;
import org.rubric4j.Rubric;

/**
 * The strongest and weakest dimensions of a group: those with the highest and the lowest mean
 * score (seed 000 step 5: "标注高分维度与低分维度", then analyse the low ones).
 *
 * <p>Means are compared exactly (as fractions sum / count, not as rounded decimals). Ties are
 * stated, not broken: every dimension sharing the highest mean is listed in
 * {@link #strongest()}, every one sharing the lowest in {@link #weakest()}, in the rubric's
 * declared order. When all compared dimensions share one mean, both lists hold them all.
 * Dimensions never scored in the group (all not applicable) are left out. Immutable.
 *
 * @param strongest the dimensions with the highest mean, in declared order
 * @param highestMean their mean
 * @param weakest the dimensions with the lowest mean, in declared order
 * @param lowestMean their mean
 */
public record DimensionExtremes(List<String> strongest, BigDecimal highestMean, List<String> weakest,
    BigDecimal lowestMean) {

  /** Checks every part is present and copies the lists. */
  public DimensionExtremes {
    strongest = List.copyOf(strongest);
    weakest = List.copyOf(weakest);
    Objects.requireNonNull(highestMean, "highestMean");
    Objects.requireNonNull(lowestMean, "lowestMean");
  }

  /** The extremes among the rubric's top-level dimensions; empty when none was scored. */
  public static Optional<DimensionExtremes> of(Aggregate aggregate, Rubric rubric) {
    return of(aggregate, rubric.dimensions().stream().map(Dimension::id).toList());
  }

  /** The extremes among the dimensions {@code ids}, in that order; empty when none was scored. */
  public static Optional<DimensionExtremes> of(Aggregate aggregate, List<String> ids) {
    List<String> strongest = new ArrayList<>();
    List<String> weakest = new ArrayList<>();
    ScoreStatistics best = null;
    ScoreStatistics worst = null;
    for (String id : ids) {
      Optional<ScoreStatistics> s = aggregate.dimension(id);
      if (s.isEmpty() || s.get().count() == 0) {
        continue;
      }
      ScoreStatistics st = s.get();
      if (best == null) {
        best = st;
        worst = st;
        strongest.add(id);
        weakest.add(id);
        continue;
      }
      int c = compareMeans(st, best);
      if (c > 0) {
        best = st;
        strongest.clear();
      }
      if (c >= 0) {
        strongest.add(id);
      }
      int w = compareMeans(st, worst);
      if (w < 0) {
        worst = st;
        weakest.clear();
      }
      if (w <= 0) {
        weakest.add(id);
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(new DimensionExtremes(strongest, best.mean().orElseThrow(), weakest,
        worst.mean().orElseThrow()));
  }

  /** sum_a / count_a against sum_b / count_b, exactly. */
  private static int compareMeans(ScoreStatistics a, ScoreStatistics b) {
    return a.sum().multiply(BigDecimal.valueOf(b.count()))
        .compareTo(b.sum().multiply(BigDecimal.valueOf(a.count())));
  }
}
