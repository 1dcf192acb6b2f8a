package org.rubric4j.analytics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.rubric4j.internal.Decimals;
import org.rubric4j.internal.ExactSum;

/**
 * Summary statistics of one node (the total, a dimension, an indicator's points or its
 * measured values) over a group of evaluations: how many were scored and how many were not
 * applicable, the exact sum, mean, minimum, maximum, variance and standard deviation, and
 * how many times each score and each grade occurred.
 *
 * <p>Exactness: the sum and the sum of squares are exact {@link BigDecimal}s (never binary
 * floating point); the mean is the exact quotient when its decimal expansion ends within 34
 * significant digits, and otherwise rounded half-even to 34 significant digits (at least the
 * 20 that docs/design.md asks for). Variances are computed from the exact sums and divided once;
 * standard deviations are their square roots to 34 significant digits. Both the
 * <em>population</em> form (divide by n) and the <em>sample</em> form (divide by n − 1,
 * Bessel's correction) are offered; neither is the default.
 *
 * <p>{@link #scoreCounts()} counts each distinct value (for an indicator: each score its rule
 * gave, so a 1–5 level rule has at most five keys); {@link #gradeCounts()} counts grade ids.
 * Both are empty where they do not apply. {@link #merge} of the statistics of two disjoint
 * sets of values equals the statistics of their union, whatever the order: every part is a
 * sum, a minimum or a maximum.
 *
 * <p>Immutable, thread-safe and {@link Serializable}. Equal statistics are {@code equals}
 * regardless of the scale of their decimals ({@code 4.50} and {@code 4.5} are the same).
 */
public final class ScoreStatistics implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ScoreStatistics EMPTY = new Accumulator(true).snapshot();

  private final long count;
  private final long notApplicable;
  private final BigDecimal sum;
  private final BigDecimal sumOfSquares;
  private final BigDecimal min;
  private final BigDecimal max;
  private final TreeMap<BigDecimal, Long> scoreCounts;
  private final TreeMap<String, Long> gradeCounts;

  private ScoreStatistics(Accumulator a) {
    this.count = a.count;
    this.notApplicable = a.notApplicable;
    this.sum = Decimals.canonical(a.sum.value());
    this.sumOfSquares = Decimals.canonical(a.sumOfSquares.value());
    this.min = a.min == null ? null : Decimals.canonical(a.min);
    this.max = a.max == null ? null : Decimals.canonical(a.max);
    this.scoreCounts = a.scoreCounts == null ? new TreeMap<>() : new TreeMap<>(a.scoreCounts);
    this.gradeCounts = a.gradeCounts == null ? new TreeMap<>() : new TreeMap<>(a.gradeCounts);
  }

  /** The statistics of nothing: count 0, sum 0, no mean. */
  public static ScoreStatistics empty() {
    return EMPTY;
  }

  /** The statistics of {@code values}, each also counted in {@link #scoreCounts()}. */
  public static ScoreStatistics of(Iterable<BigDecimal> values) {
    Accumulator a = new Accumulator(true);
    for (BigDecimal v : values) {
      a.add(Objects.requireNonNull(v, "value"));
    }
    return a.snapshot();
  }

  /** The statistics of {@code values}, each also counted in {@link #scoreCounts()}. */
  public static ScoreStatistics of(BigDecimal... values) {
    return of(java.util.Arrays.asList(values));
  }

  /** How many values were scored (not counting not-applicable ones). */
  public long count() {
    return count;
  }

  /** How many times the node was not applicable. */
  public long notApplicableCount() {
    return notApplicable;
  }

  /** The exact sum of the values; 0 when there are none. */
  public BigDecimal sum() {
    return sum;
  }

  /** The exact sum of the squares of the values. */
  public BigDecimal sumOfSquares() {
    return sumOfSquares;
  }

  /** The smallest value; empty when there are none. */
  public Optional<BigDecimal> min() {
    return Optional.ofNullable(min);
  }

  /** The largest value; empty when there are none. */
  public Optional<BigDecimal> max() {
    return Optional.ofNullable(max);
  }

  /** sum / count (see the class comment for its precision); empty when there are no values. */
  public Optional<BigDecimal> mean() {
    return count == 0 ? Optional.empty() : Optional.of(Decimals.divide(sum, count));
  }

  /** Σ(x − mean)² / n; empty when there are no values. */
  public Optional<BigDecimal> populationVariance() {
    return count == 0 ? Optional.empty()
        : Optional.of(Decimals.divide(spread(), BigDecimal.valueOf(count).pow(2)));
  }

  /** Σ(x − mean)² / (n − 1); empty with fewer than two values. */
  public Optional<BigDecimal> sampleVariance() {
    return count < 2 ? Optional.empty()
        : Optional.of(Decimals.divide(spread(), BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(count - 1))));
  }

  /** The square root of the population variance, to 34 significant digits; empty when there are no values. */
  public Optional<BigDecimal> populationStandardDeviation() {
    return count == 0 ? Optional.empty()
        : Optional.of(Decimals.sqrtOfQuotient(spread(), BigDecimal.valueOf(count).pow(2)));
  }

  /** The square root of the sample variance, to 34 significant digits; empty with fewer than two values. */
  public Optional<BigDecimal> sampleStandardDeviation() {
    return count < 2 ? Optional.empty()
        : Optional.of(Decimals.sqrtOfQuotient(spread(),
            BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(count - 1))));
  }

  /** How many times each distinct value occurred, ascending; empty where not tracked. */
  public Map<BigDecimal, Long> scoreCounts() {
    return Collections.unmodifiableMap(scoreCounts);
  }

  /** How many times each grade id occurred, by id; empty for nodes without grades. */
  public Map<String, Long> gradeCounts() {
    return Collections.unmodifiableMap(gradeCounts);
  }

  /** The statistics of the values of this and {@code other} together. */
  public ScoreStatistics merge(ScoreStatistics other) {
    Accumulator a = new Accumulator(this);
    a.combine(new Accumulator(other));
    return a.snapshot();
  }

  /** n·Σx² − (Σx)², exact: n² times the population variance. */
  private BigDecimal spread() {
    BigDecimal s = BigDecimal.valueOf(count).multiply(sumOfSquares).subtract(sum.multiply(sum));
    return s.signum() < 0 ? BigDecimal.ZERO : s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreStatistics s && count == s.count && notApplicable == s.notApplicable
        && sum.equals(s.sum) && sumOfSquares.equals(s.sumOfSquares) && Objects.equals(min, s.min)
        && Objects.equals(max, s.max) && scoreCounts.equals(s.scoreCounts)
        && gradeCounts.equals(s.gradeCounts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, notApplicable, sum, sumOfSquares, min, max, scoreCounts, gradeCounts);
  }

  @Override
  public String toString() {
    return "ScoreStatistics[count " + count + ", n/a " + notApplicable
        + mean().map(m -> ", mean " + m.toPlainString()).orElse("")
        + (min == null ? "" : ", min " + min.toPlainString() + ", max " + max.toPlainString())
        + (scoreCounts.isEmpty() ? "" : ", scores " + scoreCounts)
        + (gradeCounts.isEmpty() ? "" : ", grades " + gradeCounts) + "]";
  }

  /**
   * The mutable counterpart used while aggregating; not part of the API. Not thread-safe.
   */
  static final class Accumulator implements Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean countScores;
    private long count;
    private long notApplicable;
    private final ExactSum sum = new ExactSum();
    private final ExactSum sumOfSquares = new ExactSum();
    private BigDecimal min;
    private BigDecimal max;
    // Made on first use: a report keeps a few dozen accumulators per group, most of which never
    // count a score or a grade, and two empty maps were a third of a group's memory.
    private TreeMap<BigDecimal, Long> scoreCounts;
    private TreeMap<String, Long> gradeCounts;
    /**
     * Values not yet in the sums, extremes and {@link #scoreCounts}, by the very instance, with
     * how many times each came: an indicator's points are the few instances its bands and levels
     * hold, and dimensions' scores the instances the evaluator keeps, so most adds only count
     * here, without arithmetic on decimals; {@link #flush()} adds them, each once with its
     * multiplicity, before anything reads the accumulator.
     */
    private BigDecimal[] recent;
    private long[] recentCounts;
    private int recentSize;
    private static final int RECENT = 8;

    Accumulator(boolean countScores) {
      this.countScores = countScores;
    }

    Accumulator(ScoreStatistics s) {
      this.countScores = true;
      this.count = s.count;
      this.notApplicable = s.notApplicable;
      this.sum.add(s.sum);
      this.sumOfSquares.add(s.sumOfSquares);
      this.min = s.min;
      this.max = s.max;
      if (!s.scoreCounts.isEmpty()) {
        this.scoreCounts = new TreeMap<>(s.scoreCounts);
      }
      if (!s.gradeCounts.isEmpty()) {
        this.gradeCounts = new TreeMap<>(s.gradeCounts);
      }
    }

    Accumulator copy() {
      Accumulator a = new Accumulator(countScores);
      a.combine(this);
      return a;
    }

    void add(BigDecimal value) {
      count++;
      for (int k = 0; k < recentSize; k++) {
        if (recent[k] == value) {
          recentCounts[k]++;
          return;
        }
      }
      if (recentSize < RECENT) {
        if (recent == null) {
          recent = new BigDecimal[RECENT];
          recentCounts = new long[RECENT];
        }
        recent[recentSize] = value;
        recentCounts[recentSize++] = 1;
        return;
      }
      include(value, 1);
    }

    /** Adds {@code times} occurrences of {@code value} to the sums, the extremes and the counts (not {@link #count}). */
    private void include(BigDecimal value, long times) {
      if (times == 1) {
        sum.add(value);
        sumOfSquares.addSquareOf(value);
      } else {
        BigDecimal n = BigDecimal.valueOf(times);
        sum.add(value.multiply(n));
        sumOfSquares.add(value.multiply(value).multiply(n));
      }
      min = min == null || value.compareTo(min) < 0 ? value : min;
      max = max == null || value.compareTo(max) > 0 ? value : max;
      if (countScores) {
        scoreCounts().merge(Decimals.canonical(value), times, Long::sum);
      }
    }

    /** Adds the values kept by instance, so that every field holds every value added. */
    private void flush() {
      for (int k = 0; k < recentSize; k++) {
        include(recent[k], recentCounts[k]);
        recent[k] = null;
      }
      recentSize = 0;
    }

    void addNotApplicable() {
      notApplicable++;
    }

    void addGrade(String grade) {
      gradeCounts().merge(grade, 1L, Long::sum);
    }

    void combine(Accumulator o) {
      o.flush();
      count += o.count;
      notApplicable += o.notApplicable;
      sum.add(o.sum);
      sumOfSquares.add(o.sumOfSquares);
      if (o.min != null) {
        min = min == null || o.min.compareTo(min) < 0 ? o.min : min;
        max = max == null || o.max.compareTo(max) > 0 ? o.max : max;
      }
      if (o.scoreCounts != null) {
        o.scoreCounts.forEach((k, v) -> scoreCounts().merge(k, v, Long::sum));
      }
      if (o.gradeCounts != null) {
        o.gradeCounts.forEach((k, v) -> gradeCounts().merge(k, v, Long::sum));
      }
    }

    private TreeMap<BigDecimal, Long> scoreCounts() {
      if (scoreCounts == null) {
        scoreCounts = new TreeMap<>();
      }
      return scoreCounts;
    }

    private TreeMap<String, Long> gradeCounts() {
      if (gradeCounts == null) {
        gradeCounts = new TreeMap<>();
      }
      return gradeCounts;
    }

    ScoreStatistics snapshot() {
      flush();
      return new ScoreStatistics(this);
    }
  }
}
