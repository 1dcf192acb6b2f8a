package org.rubric4j.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.analytics.AnalyticsException;
import org.rubric4j.internal.AgreementMath;
import org.rubric4j.internal.Decimals;

/**
 * Agreement between reviewers who rated the same items on an ordered scale: Krippendorff's
 * alpha for any number of reviewers with missing ratings, and Cohen's weighted kappa for two.
 *
 * <p>Both are computed exactly (rational arithmetic) and returned as decimals, exact when they
 * terminate and otherwise to 34 significant digits. Both are empty where undefined: no item
 * rated twice, or every rating the same value (nothing to disagree about).
 *
 * <ul>
 *   <li><b>Alpha</b> (Krippendorff 2011): α = 1 − D_o / D_e from the coincidence matrix of
 *       pairable values; units rated by fewer than two raters are ignored. {@link Metric#NOMINAL}
 *       counts any difference as 1, {@link Metric#INTERVAL} as (c − k)², {@link Metric#ORDINAL}
 *       as the squared number of values between c and k in the data
 *       ((Σ_{g=c..k} n_g − (n_c + n_k)/2)²), {@link Metric#RATIO} as ((c − k)/(c + k))².
 *       Krippendorff's own 4 coders × 12 units example gives nominal 113/152 ≈ 0.743, ordinal
 *       ≈ 0.815, interval 951/1120 ≈ 0.849 and ratio ≈ 0.797.</li>
 *   <li><b>Percent agreement</b>, <b>Fleiss' kappa</b> and <b>Gwet's AC1</b> for any number of
 *       raters: {@link #percentAgreement}, {@link #fleissKappa}, {@link #gwetAc1}.</li>
 *   <li><b>Weighted kappa</b> (Cohen 1968): κ_w = 1 − N·Σ v_ij·o_ij / Σ v_ij·r_i·c_j with
 *       disagreement weights v_ij = |i − j| ({@link Weights#LINEAR}) or (i − j)²
 *       ({@link Weights#QUADRATIC}), i and j the positions of the levels among the categories
 *       (agreement weights 1 − |i − j|/(k − 1) and 1 − (i − j)²/(k − 1)² give the same κ).</li>
 * </ul>
 *
 * <p>Stateless; thread-safe.
 */
public final class Agreement {

  private Agreement() {}

  /** The difference function of alpha. */
  public enum Metric {
    /** Any two different values differ by 1. */
    NOMINAL,
    /** Values differ by the squared number of ratings ranked between them. */
    ORDINAL,
    /** Values differ by their squared difference. */
    INTERVAL,
    /** Values differ by the square of their difference over their sum; levels must not be negative. */
    RATIO
  }

  /** The disagreement weights of kappa. */
  public enum Weights {
    /** Every disagreement counts 1: Cohen's plain kappa. */
    UNWEIGHTED,
    /** A disagreement counts its distance in categories. */
    LINEAR,
    /** A disagreement counts its squared distance in categories. */
    QUADRATIC
  }

  /**
   * Krippendorff's alpha of {@code units}: for each item, the levels its raters gave (a rater
   * who did not rate the item is simply absent).
   */
  public static Optional<BigDecimal> krippendorffAlpha(Collection<? extends Collection<Integer>> units, Metric metric) {
    Objects.requireNonNull(metric, "metric");
    List<List<Integer>> copy = copy(units);
    if (metric == Metric.RATIO && copy.stream().flatMap(List::stream).anyMatch(v -> v < 0)) {
      throw AnalyticsException.of("the ratio metric compares levels to zero, so they must not be negative; use interval");
    }
    return AgreementMath.alpha(copy, AgreementMath.Metric.valueOf(metric.name())).map(Decimals::of);
  }

  /**
   * Pairwise percent agreement of {@code units}: the mean, over items rated at least twice, of the
   * share of their pairs of raters who gave the same level. Empty when no item is rated twice.
   */
  public static Optional<BigDecimal> percentAgreement(Collection<? extends Collection<Integer>> units) {
    return AgreementMath.percentAgreement(copy(units)).map(Decimals::of);
  }

  /**
   * Fleiss' kappa of {@code units} (Fleiss 1971): chance-corrected agreement of a fixed number of
   * raters per item. Empty unless every item has the same number, at least two, of ratings, or
   * when every rating is the same level. Wikipedia's example (10 items, 14 raters, 5 categories)
   * gives 0.210.
   */
  public static Optional<BigDecimal> fleissKappa(Collection<? extends Collection<Integer>> units) {
    return AgreementMath.fleissKappa(copy(units)).map(Decimals::of);
  }

  /**
   * Gwet's AC1 of {@code units} over {@code categories}, the levels a rating could take (the
   * indicator's declared levels): agreement corrected for chance as Gwet (2008) defines it, which
   * stays stable when nearly every rating is the same level, where kappa collapses. Empty when no
   * item is rated twice.
   *
   * @throws AnalyticsException when a rating is not among the categories, or they repeat a level
   */
  public static Optional<BigDecimal> gwetAc1(Collection<? extends Collection<Integer>> units, Collection<Integer> categories) {
    List<List<Integer>> copy = copy(units);
    java.util.Set<Integer> levels = new java.util.LinkedHashSet<>(Objects.requireNonNull(categories, "categories"));
    if (levels.size() != categories.size()) {
      throw AnalyticsException.of("AC1 needs distinct categories, was " + categories);
    }
    copy.stream().flatMap(List::stream).filter(v -> !levels.contains(v)).findFirst().ifPresent(v -> {
      throw AnalyticsException.of("level " + v + " is not among the categories " + categories);
    });
    return AgreementMath.gwetAc1(copy, levels).map(Decimals::of);
  }

  /** {@link #gwetAc1(Collection, Collection)} over the levels the ratings use. */
  public static Optional<BigDecimal> gwetAc1(Collection<? extends Collection<Integer>> units) {
    List<List<Integer>> copy = copy(units);
    return AgreementMath.gwetAc1(copy, copy.stream().flatMap(List::stream).collect(java.util.stream.Collectors.toSet()))
        .map(Decimals::of);
  }

  private static List<List<Integer>> copy(Collection<? extends Collection<Integer>> units) {
    Objects.requireNonNull(units, "units");
    List<List<Integer>> copy = new ArrayList<>();
    units.forEach(u -> copy.add(List.copyOf(u)));
    return copy;
  }

  /**
   * Cohen's weighted kappa of two raters' levels for the same items, {@code first[i]} and
   * {@code second[i]} for item i, over the ordered {@code categories} (the indicator's declared
   * levels; every level given must be one of them).
   *
   * @throws AnalyticsException when the arrays differ in length, the categories repeat a level or
   *     have fewer than two, or a level is not among them
   */
  public static Optional<BigDecimal> cohenKappa(int[] first, int[] second, List<Integer> categories, Weights weights) {
    Objects.requireNonNull(weights, "weights");
    if (first.length != second.length) {
      throw AnalyticsException.of("kappa needs one pair of levels per item, but the raters gave "
          + first.length + " and " + second.length + " levels");
    }
    if (categories.stream().distinct().count() != categories.size() || categories.size() < 2) {
      throw AnalyticsException.of("kappa needs at least two distinct categories, was " + categories);
    }
    for (int[] side : new int[][] {first, second}) {
      for (int level : side) {
        if (!categories.contains(level)) {
          throw AnalyticsException.of("level " + level + " is not among the categories " + categories);
        }
      }
    }
    return AgreementMath.kappa(first, second, List.copyOf(categories),
        AgreementMath.Weights.valueOf(weights.name())).map(Decimals::of);
  }

  /** {@link #cohenKappa(int[], int[], List, Weights)} over the levels either rater used, ascending. */
  public static Optional<BigDecimal> cohenKappa(int[] first, int[] second, Weights weights) {
    java.util.TreeSet<Integer> used = new java.util.TreeSet<>();
    for (int l : first) {
      used.add(l);
    }
    for (int l : second) {
      used.add(l);
    }
    if (used.size() < 2) {
      return Optional.empty();
    }
    return cohenKappa(first, second, List.copyOf(used), weights);
  }
}
