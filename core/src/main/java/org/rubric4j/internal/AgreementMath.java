package org.rubric4j.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Exact Krippendorff's alpha and Cohen's weighted kappa over integer ratings, in rational
 * arithmetic (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"; Cohen 1968).
 */
public final class AgreementMath {

  private AgreementMath() {}

  /** The difference functions of alpha. */
  public enum Metric { NOMINAL, ORDINAL, INTERVAL }

  /** The disagreement weights of kappa. */
  public enum Weights { UNWEIGHTED, LINEAR, QUADRATIC }

  /**
   * Alpha over units, each the list of values its raters gave (missing ratings simply absent);
   * units with fewer than two values are not pairable and ignored. Empty when undefined: no
   * pairable unit, or a single value overall (no expected disagreement).
   */
  public static Optional<Rational> alpha(Collection<List<Integer>> units, Metric metric) {
    TreeMap<Integer, TreeMap<Integer, Rational>> o = new TreeMap<>();
    for (List<Integer> u : units) {
      int m = u.size();
      if (m < 2) {
        continue;
      }
      // Coincidences from the count of each value, not from every pair of raters: a unit with
      // n_c ratings of c and n_k of k adds n_c·n_k (c ≠ k) or n_c·(n_c − 1) pairs, each 1/(m − 1).
      TreeMap<Integer, Long> counts = new TreeMap<>();
      for (Integer v : u) {
        counts.merge(v, 1L, Long::sum);
      }
      for (Map.Entry<Integer, Long> c : counts.entrySet()) {
        for (Map.Entry<Integer, Long> k : counts.entrySet()) {
          long pairs = c.getKey().equals(k.getKey()) ? c.getValue() * (c.getValue() - 1) : c.getValue() * k.getValue();
          if (pairs > 0) {
            o.computeIfAbsent(c.getKey(), x -> new TreeMap<>()).merge(k.getKey(), Rational.of(pairs, m - 1), Rational::add);
          }
        }
      }
    }
    List<Integer> values = new ArrayList<>(o.keySet());
    if (values.size() < 2) {
      return Optional.empty();
    }
    TreeMap<Integer, Rational> marginal = new TreeMap<>();
    Rational n = Rational.ZERO;
    for (Integer c : values) {
      Rational nc = o.get(c).values().stream().reduce(Rational.ZERO, Rational::add);
      marginal.put(c, nc);
      n = n.add(nc);
    }
    Rational observed = Rational.ZERO;
    Rational expected = Rational.ZERO;
    for (Integer c : values) {
      for (Integer k : values) {
        Rational d = delta(metric, c, k, marginal);
        if (d.signum() == 0) {
          continue;
        }
        observed = observed.add(o.get(c).getOrDefault(k, Rational.ZERO).multiply(d));
        expected = expected.add(marginal.get(c).multiply(marginal.get(k)).multiply(d));
      }
    }
    if (expected.signum() == 0) {
      return Optional.empty();
    }
    // alpha = 1 − (n − 1) · Σ o·δ² / Σ n_c·n_k·δ²
    return Optional.of(Rational.ONE.subtract(n.subtract(Rational.ONE).multiply(observed).divide(expected)));
  }

  private static Rational delta(Metric metric, int c, int k, TreeMap<Integer, Rational> marginal) {
    if (c == k) {
      return Rational.ZERO;
    }
    return switch (metric) {
      case NOMINAL -> Rational.ONE;
      case INTERVAL -> Rational.of((long) (c - k) * (c - k), 1);
      case ORDINAL -> {
        int lo = Math.min(c, k);
        int hi = Math.max(c, k);
        Rational s = marginal.subMap(lo, true, hi, true).values().stream().reduce(Rational.ZERO, Rational::add)
            .subtract(marginal.get(c).add(marginal.get(k)).divide(Rational.of(2, 1)));
        yield s.multiply(s);
      }
    };
  }

  /**
   * Weighted kappa of paired ratings {@code a[i]}, {@code b[i]} over {@code categories} (ordered;
   * weights use positions in this list). Empty when undefined (no pair, or no expected disagreement).
   */
  public static Optional<Rational> kappa(int[] a, int[] b, List<Integer> categories, Weights weights) {
    int k = categories.size();
    if (a.length == 0 || k < 2) {
      return Optional.empty();
    }
    long[][] o = new long[k][k];
    long[] rows = new long[k];
    long[] cols = new long[k];
    for (int p = 0; p < a.length; p++) {
      int i = categories.indexOf(a[p]);
      int j = categories.indexOf(b[p]);
      o[i][j]++;
      rows[i]++;
      cols[j]++;
    }
    Rational observed = Rational.ZERO;
    Rational expected = Rational.ZERO;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        long v = switch (weights) {
          case UNWEIGHTED -> i == j ? 0 : 1;
          case LINEAR -> Math.abs(i - j);
          case QUADRATIC -> (long) (i - j) * (i - j);
        };
        observed = observed.add(Rational.of(v * o[i][j], 1));
        expected = expected.add(Rational.of(v * rows[i] * cols[j], 1));
      }
    }
    if (expected.signum() == 0) {
      return Optional.empty();
    }
    // kappa = 1 − N · Σ v·o / Σ v·r·c
    return Optional.of(Rational.ONE.subtract(Rational.of(a.length, 1).multiply(observed).divide(expected)));
  }
}
