package org.rubric4j.analytics;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.Evaluation;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;

/**
 * The cleaning step before analysis (seed 002: "剔除无效数据(如未完成填写、评分明显异常的样本)"):
 * scores each row with a rubric and excludes, with its reason, every row that is incomplete,
 * out of range, names unknown fields, or repeats an earlier row's id. Nothing is dropped
 * silently: {@link #quality()} counts every row seen.
 *
 * <pre>{@code
 * Screening screening = Screening.of(rubric);
 * rows.forEach(o -> screening.screen(o).ifPresent(aggregator::add));
 * screening.quality().summary();     // accepted 97, excluded 3; out-of-range: 2 (q-17, q-40) ...
 * }</pre>
 *
 * <p>A row's reason is that of its first problem (see {@link ObservationException#problems()}):
 * {@link DataQuality#INCOMPLETE} for a missing value, a forbidden n/a or nothing applicable;
 * {@link DataQuality#OUT_OF_RANGE} for a value in no band, an undeclared level or a value of the
 * wrong measure; {@link DataQuality#UNKNOWN_FIELD} for an unknown indicator or flag;
 * {@link DataQuality#DUPLICATE} for an id seen before (the first row with an id is kept).
 *
 * <p>Remembers every id seen, to find duplicates: memory grows with the number of distinct
 * ids. Mutable and not thread-safe: one screening per stream.
 */
public final class Screening {

  private final Rubric rubric;
  private final Set<String> seen = new HashSet<>();
  private DataQuality quality = DataQuality.empty();

  private Screening(Rubric rubric) {
    this.rubric = Objects.requireNonNull(rubric, "rubric");
  }

  /** A screening of rows scored by {@code rubric}. */
  public static Screening of(Rubric rubric) {
    return new Screening(rubric);
  }

  /** The evaluation of {@code observations}, or empty when the row is excluded (and counted). */
  public Optional<Evaluation> screen(Observations observations) {
    Objects.requireNonNull(observations, "observations");
    if (!seen.add(observations.id())) {
      quality = quality.withExcluded(DataQuality.DUPLICATE, observations.id());
      return Optional.empty();
    }
    try {
      Evaluation e = rubric.evaluate(observations);
      quality = quality.withAccepted(1);
      return Optional.of(e);
    } catch (ObservationException ex) {
      quality = quality.withExcluded(DataQuality.reasonOf(ex), observations.id());
      return Optional.empty();
    }
  }

  /** Every row seen so far: accepted, and excluded with reasons. */
  public DataQuality quality() {
    return quality;
  }
}
