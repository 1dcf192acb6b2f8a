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
  public enum Metric { NOMINAL, ORDINAL, INTERVAL, RATIO }

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
      case RATIO -> {
        // ((c − k) / (c + k))²; the caller refuses negative levels, so c + k > 0 when c ≠ k
        Rational r = Rational.of(c - k, (long) c + k);
        yield r.multiply(r);
      }
      case ORDINAL -> {
        int lo = Math.min(c, k);
        int hi = Math.max(c, k);
        Rational s = marginal.subMap(lo, true, hi, true).values().stream().reduce(Rational.ZERO, Rational::add)
            .subtract(marginal.get(c).add(marginal.get(k)).divide(Rational.of(2, 1)));
        yield s.multiply(s);
      }
    };
  }

  /** The count of each value in one unit. */
  private static TreeMap<Integer, Long> counts(List<Integer> unit) {
    TreeMap<Integer, Long> counts = new TreeMap<>();
    for (Integer v : unit) {
      counts.merge(v, 1L, Long::sum);
    }
    return counts;
  }

  /** The share of a unit's ordered rater pairs that agree: Σ n_c(n_c − 1) / (m(m − 1)). */
  private static Rational agreeingPairs(List<Integer> unit) {
    long m = unit.size();
    long agreeing = 0;
    for (long n : counts(unit).values()) {
      agreeing += n * (n - 1);
    }
    return Rational.of(agreeing, m * (m - 1));
  }

  /**
   * Pairwise percent agreement: the mean over units rated at least twice of the share of their
   * rater pairs that agree. Empty when no unit is rated twice.
   */
  public static Optional<Rational> percentAgreement(Collection<List<Integer>> units) {
    Rational sum = Rational.ZERO;
    long pairable = 0;
    for (List<Integer> u : units) {
      if (u.size() >= 2) {
        sum = sum.add(agreeingPairs(u));
        pairable++;
      }
    }
    return pairable == 0 ? Optional.empty() : Optional.of(sum.divide(Rational.of(pairable, 1)));
  }

  /**
   * Fleiss' kappa (Fleiss 1971): κ = (P̄ − P̄e) / (1 − P̄e), P̄ the mean share of agreeing pairs
   * per unit, P̄e = Σ p_j² with p_j the share of all ratings in category j. Empty unless every unit
   * has the same number, at least two, of ratings, and when P̄e is 1 (one category used).
   */
  public static Optional<Rational> fleissKappa(Collection<List<Integer>> units) {
    if (units.isEmpty()) {
      return Optional.empty();
    }
    int n = units.iterator().next().size();
    if (n < 2 || units.stream().anyMatch(u -> u.size() != n)) {
      return Optional.empty();
    }
    TreeMap<Integer, Long> total = new TreeMap<>();
    units.forEach(u -> counts(u).forEach((v, c) -> total.merge(v, c, Long::sum)));
    long ratings = (long) n * units.size();
    Rational expected = Rational.ZERO;
    for (long c : total.values()) {
      Rational p = Rational.of(c, ratings);
      expected = expected.add(p.multiply(p));
    }
    if (expected.compareTo(Rational.ONE) == 0) {
      return Optional.empty();
    }
    Rational observed = percentAgreement(units).orElseThrow();
    return Optional.of(observed.subtract(expected).divide(Rational.ONE.subtract(expected)));
  }

  /**
   * Gwet's AC1 for any number of raters (Gwet 2008): AC1 = (p_a − p_e) / (1 − p_e), p_a the mean
   * share of agreeing pairs over units rated at least twice, p_e = Σ_k π_k(1 − π_k) / (q − 1)
   * with π_k the mean over rated units of the share of a unit's ratings in k, and q the number
   * of {@code categories}. Empty when no unit is rated twice or there are fewer than two categories.
   */
  public static Optional<Rational> gwetAc1(Collection<List<Integer>> units, Collection<Integer> categories) {
    int q = categories.size();
    Optional<Rational> pa = percentAgreement(units);
    if (q < 2 || pa.isEmpty()) {
      return Optional.empty();
    }
    TreeMap<Integer, Rational> pi = new TreeMap<>();
    long rated = 0;
    for (List<Integer> u : units) {
      if (u.isEmpty()) {
        continue;
      }
      rated++;
      long m = u.size();
      counts(u).forEach((v, c) -> pi.merge(v, Rational.of(c, m), Rational::add));
    }
    Rational pe = Rational.ZERO;
    for (Rational share : pi.values()) {
      Rational p = share.divide(Rational.of(rated, 1));
      pe = pe.add(p.multiply(Rational.ONE.subtract(p)));
    }
    pe = pe.divide(Rational.of(q - 1, 1));
    return Optional.of(pa.get().subtract(pe).divide(Rational.ONE.subtract(pe)));
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
