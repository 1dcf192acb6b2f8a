package org.rubric4j.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rubric4j.Weight;

/** The share of each sibling when all apply: declared weights, equal shares, or a mix. */
public final class Shares {

  private Shares() {}

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
