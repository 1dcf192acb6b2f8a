package org.rubric4j.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rubric4j.Dimension;
import org.rubric4j.Indicator;
import org.rubric4j.Normalization;
import org.rubric4j.Rubric;
import org.rubric4j.Weight;
import org.rubric4j.Weighting;

/**
 * The share of each sibling when all apply, by the parent's {@link Weighting}: declared weights,
 * relative weights over their sum, or maximum points over their sum; equal shares when no
 * weight is given. The one place shares are worked out, for evaluation and for lint.
 *
 * <p>Bonus siblings stay out of the sums: the others' shares add up to 1 as if they were not
 * there, and a bonus' share is what it adds on top: its declared weight, its relative weight over
 * the others' sum, or its points over the others' points.
 */
public final class Shares {

  private Shares() {}

  /** The shares of the rubric's top-level dimensions. */
  public static List<Rational> ofRoot(Rubric rubric) {
    return ofDimensions(rubric, rubric.weighting(), rubric.dimensions());
  }

  /** The shares of {@code parent}'s children (its sub-dimensions, or else its indicators). */
  public static List<Rational> ofChildren(Rubric rubric, Dimension parent) {
    Weighting weighting = rubric.weightingOf(parent);
    if (parent.indicators().isEmpty()) {
      return ofDimensions(rubric, weighting, parent.dimensions());
    }
    return withBonus(weighting, parent.indicators().stream().map(Indicator::weight).toList(),
        parent.indicators().stream().map(i -> points(rubric, i)).toList(),
        parent.indicators().stream().map(Indicator::bonus).toList());
  }

  private static List<Rational> ofDimensions(Rubric rubric, Weighting weighting, List<Dimension> dimensions) {
    return withBonus(weighting, dimensions.stream().map(Dimension::weight).toList(),
        dimensions.stream().map(d -> points(rubric, d)).toList(), dimensions.stream().map(Dimension::bonus).toList());
  }

  /** The shares of siblings with these weights, points and bonus marks (see the class comment). */
  private static List<Rational> withBonus(Weighting weighting, List<Optional<Weight>> weights, List<Rational> points,
      List<Boolean> bonus) {
    List<Optional<Weight>> regularWeights = new ArrayList<>();
    List<Rational> regularPoints = new ArrayList<>();
    for (int k = 0; k < bonus.size(); k++) {
      if (!bonus.get(k)) {
        regularWeights.add(weights.get(k));
        regularPoints.add(points.get(k));
      }
    }
    List<Rational> regular = weighting == Weighting.POINTS ? proportional(regularPoints) : of(weighting, regularWeights);
    if (regular.size() == bonus.size()) {
      return regular;
    }
    Rational base = Rational.ZERO; // what a bonus' weight or points are read against
    if (weighting == Weighting.POINTS) {
      base = regularPoints.stream().reduce(Rational.ZERO, Rational::add);
    } else if (weighting == Weighting.RELATIVE) {
      for (Optional<Weight> w : regularWeights) {
        base = base.add(w.map(x -> Rational.of(x.fraction())).orElse(Rational.ZERO));
      }
    }
    List<Rational> shares = new ArrayList<>(bonus.size());
    int next = 0;
    for (int k = 0; k < bonus.size(); k++) {
      if (!bonus.get(k)) {
        shares.add(regular.get(next++));
      } else if (weighting == Weighting.DECLARED) {
        shares.add(weights.get(k).map(w -> Rational.of(w.fraction())).orElse(Rational.ZERO));
      } else {
        Rational amount = weighting == Weighting.POINTS ? points.get(k)
            : weights.get(k).map(w -> Rational.of(w.fraction())).orElse(Rational.ZERO);
        shares.add(base.signum() == 0 ? Rational.ZERO : amount.divide(base));
      }
    }
    return shares;
  }

  /** The most points {@code indicator} can earn above its floor: its share under {@link Weighting#POINTS}. */
  public static Rational points(Rubric rubric, Indicator indicator) {
    Rational max = Rational.of(indicator.rule().maximum());
    return rubric.normalization() == Normalization.RANGE ? max.subtract(Rational.of(indicator.rule().minimum())) : max;
  }

  /** The sum of the maximum points of every indicator under {@code dimension}, bonus items left out. */
  public static Rational points(Rubric rubric, Dimension dimension) {
    Rational sum = Rational.ZERO;
    for (Indicator i : dimension.indicators()) {
      sum = i.bonus() ? sum : sum.add(points(rubric, i));
    }
    for (Dimension d : dimension.dimensions()) {
      sum = d.bonus() ? sum : sum.add(points(rubric, d));
    }
    return sum;
  }

  private static List<Rational> of(Weighting weighting, List<Optional<Weight>> weights) {
    if (weighting == Weighting.RELATIVE && weights.stream().allMatch(Optional::isPresent)) {
      return proportional(weights.stream().map(w -> Rational.of(w.get().fraction())).toList());
    }
    return of(weights);
  }

  /** Each of {@code amounts} over their sum; equal shares when they add up to 0. */
  private static List<Rational> proportional(List<Rational> amounts) {
    Rational sum = Rational.ZERO;
    for (Rational a : amounts) {
      sum = sum.add(a);
    }
    List<Rational> shares = new ArrayList<>(amounts.size());
    for (Rational a : amounts) {
      shares.add(sum.signum() == 0 ? Rational.of(1, amounts.size()) : a.divide(sum));
    }
    return shares;
  }

  /**
   * Declared weights as given; when none is declared, equal shares; when only some are,
   * the undeclared ones share what the declared leave (the builder warns about that case
   * and refuses it when nothing is left).
   */
  public static List<Rational> of(List<Optional<Weight>> weights) {
    Rational declared = Rational.ZERO;
    int undeclared = 0;
    for (Optional<Weight> w : weights) {
      if (w.isPresent()) {
        declared = declared.add(Rational.of(w.get().fraction()));
      } else {
        undeclared++;
      }
    }
    Rational rest = undeclared == 0 ? Rational.ZERO
        : Rational.ONE.subtract(declared).divide(Rational.of(undeclared, 1));
    List<Rational> shares = new ArrayList<>(weights.size());
    for (Optional<Weight> w : weights) {
      shares.add(w.map(x -> Rational.of(x.fraction())).orElse(rest));
    }
    return shares;
  }
}
