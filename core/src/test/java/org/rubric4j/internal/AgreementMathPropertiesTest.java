package org.rubric4j.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Krippendorff's alpha from the counts of each value per unit (linear in the ratings) equals the
 * textbook form that pairs every two raters of a unit (quadratic), exactly.
 */
class AgreementMathPropertiesTest {

  @Provide
  Arbitrary<List<List<Integer>>> units() {
    return Arbitraries.integers().between(1, 4).list().ofMinSize(0).ofMaxSize(12).list().ofMinSize(1).ofMaxSize(15);
  }

  @Property(tries = 400)
  void alphaFromValueCountsEqualsAlphaFromEveryPairOfRaters(@ForAll("units") List<List<Integer>> units) {
    for (AgreementMath.Metric metric : new AgreementMath.Metric[] {AgreementMath.Metric.NOMINAL, AgreementMath.Metric.INTERVAL}) {
      assertThat(AgreementMath.alpha(units, metric)).as("%s %s", metric, units).isEqualTo(pairwise(units, metric));
    }
  }

  /** The textbook computation: a coincidence of 1/(m − 1) for every ordered pair of raters. */
  private static Optional<Rational> pairwise(List<List<Integer>> units, AgreementMath.Metric metric) {
    TreeMap<Integer, TreeMap<Integer, Rational>> o = new TreeMap<>();
    for (List<Integer> u : units) {
      int m = u.size();
      for (int i = 0; i < m && m >= 2; i++) {
        for (int j = 0; j < m; j++) {
          if (i != j) {
            o.computeIfAbsent(u.get(i), x -> new TreeMap<>()).merge(u.get(j), Rational.of(1, m - 1), Rational::add);
          }
        }
      }
    }
    List<Integer> values = new ArrayList<>(new TreeSet<>(o.keySet()));
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
        if (c.equals(k)) {
          continue;
        }
        Rational d = metric == AgreementMath.Metric.NOMINAL ? Rational.ONE : Rational.of((long) (c - k) * (c - k), 1);
        observed = observed.add(o.get(c).getOrDefault(k, Rational.ZERO).multiply(d));
        expected = expected.add(marginal.get(c).multiply(marginal.get(k)).multiply(d));
      }
    }
    return expected.signum() == 0 ? Optional.empty()
        : Optional.of(Rational.ONE.subtract(n.subtract(Rational.ONE).multiply(observed).divide(expected)));
  }
}
