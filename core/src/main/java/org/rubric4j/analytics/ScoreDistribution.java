package org.rubric4j.analytics;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.internal.Decimals;

/**
 * How many scores fell in each of a set of {@link ScoreCategories}, their shares, and the
 * exact mean of all the scores counted.
 *
 * <p>Seed 002's example: of 100 questionnaires, 80 rate 5, 15 rate 4 and 5 rate 3; satisfied
 * (4–5) is 95 %, neutral (3) 5 %, unsatisfied (1–2) 0 %, and the mean is
 * (80×5 + 15×4 + 5×3) / 100 = 475 / 100 = <b>4.75</b>. The seed itself prints 4.7: that is a
 * slip in the seed's arithmetic; rubric4j gives the exact 4.75 (docs/seed-worked-examples.md).
 *
 * <p>Shares are exact fractions of {@link #total()} (34 significant digits when they do not
 * terminate); uncategorised scores count in the total and have their own share, so the shares
 * always add up to one. Immutable and thread-safe.
 */
public final class ScoreDistribution {

  private final Map<String, Long> counts;
  private final long uncategorised;
  private final long total;
  private final BigDecimal sum;

  private ScoreDistribution(Map<String, Long> counts, long uncategorised, long total, BigDecimal sum) {
    this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    this.uncategorised = uncategorised;
    this.total = total;
    this.sum = sum;
  }

  static ScoreDistribution of(Map<String, Long> perCategory, long uncategorised, Map<BigDecimal, Long> scores) {
    long total = 0;
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<BigDecimal, Long> e : scores.entrySet()) {
      total += e.getValue();
      sum = sum.add(e.getKey().multiply(BigDecimal.valueOf(e.getValue())));
    }
    return new ScoreDistribution(perCategory, uncategorised, total, sum);
  }

  /** How many scores fell in each category, in declared order. */
  public Map<String, Long> counts() {
    return counts;
  }

  /** How many scores fell in category {@code id}. */
  public long count(String id) {
    Long n = counts.get(Objects.requireNonNull(id, "id"));
    if (n == null) {
      throw AnalyticsException.of("no category " + id + "; the categories are " + counts.keySet());
    }
    return n;
  }

  /** The share of category {@code id} among all scores, in [0, 1]; empty when there are no scores. */
  public Optional<BigDecimal> share(String id) {
    long n = count(id);
    return total == 0 ? Optional.empty() : Optional.of(Decimals.divide(BigDecimal.valueOf(n), total));
  }

  /** Scores in no category: counted, never dropped. */
  public long uncategorised() {
    return uncategorised;
  }

  /** All scores counted, categorised or not. */
  public long total() {
    return total;
  }

  /** The exact mean of all scores counted; empty when there are none. */
  public Optional<BigDecimal> mean() {
    return total == 0 ? Optional.empty() : Optional.of(Decimals.divide(sum, total));
  }

  @Override
  public String toString() {
    return "ScoreDistribution[" + counts + (uncategorised == 0 ? "" : ", uncategorised " + uncategorised)
        + ", total " + total + mean().map(m -> ", mean " + m.toPlainString()).orElse("") + "]";
  }
}
