package org.rubric4j.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.rubric4j.DimensionResult;
import org.rubric4j.Evaluation;
import org.rubric4j.Grade;
import org.rubric4j.IndicatorResult;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.rule.ScoringRule;

/**
 * The checks of one evaluation behind {@link RubricProperties#allHold(Rubric, Observations)}:
 * the total within the scale, the contributions adding up, the same result every time.
 */
final class EvaluationChecks {

  private EvaluationChecks() {}

  /** See {@link RubricProperties#totalIsWithinScale}. */
  static void totalIsWithinScale(Rubric rubric, Observations observations) {
    String property = "totalIsWithinScale";
    Evaluation e = Checks.evaluate(property, rubric, observations);
    BigDecimal scale = rubric.scale();
    // Bonus items may lift a total past the scale where the rubric allows it, and a dimension's score always.
    boolean totalMayPass = rubric.aboveScaleAllowed();
    boolean dimensionMayPass = rubric.hasBonusItems();
    for (Map.Entry<String, BigDecimal> t : Map.of("total", e.total(), "total before vetoes", e.rawTotal()).entrySet()) {
      if (t.getValue().signum() < 0 || !totalMayPass && t.getValue().compareTo(scale) > 0) {
        throw new RubricPropertyError(property, rubric.id(), null, observations, "the " + t.getKey()
            + " is " + t.getValue().toPlainString() + ", outside [0, " + Checks.plain(scale) + "]");
      }
    }
    e.allIndicators().filter(IndicatorResult::applicable).forEach(i -> {
      ScoringRule rule = Checks.indicator(rubric, i.id()).rule();
      BigDecimal score = i.score().orElseThrow();
      // An n/a counted as zero (notApplicable: zero) is 0 points, even where the rule's lowest is more.
      BigDecimal lowest = i.value().isEmpty() ? rule.minimum().min(BigDecimal.ZERO) : rule.minimum();
      if (score.compareTo(lowest) < 0 || score.compareTo(rule.maximum()) > 0) {
        throw new RubricPropertyError(property, rubric.id(), i.id(), observations, "indicator "
            + i.id() + ": value " + i.value().map(Object::toString).orElse("?") + " ("
            + i.matched().orElse("") + ") scores " + Checks.plain(score) + ", outside its rule's ["
            + Checks.plain(rule.minimum()) + ", " + Checks.plain(rule.maximum()) + "]");
      }
    });
    e.allDimensions().filter(DimensionResult::applicable).forEach(d -> {
      BigDecimal score = d.score().orElseThrow();
      if (score.signum() < 0 || !dimensionMayPass && score.compareTo(scale) > 0) {
        throw new RubricPropertyError(property, rubric.id(), null, observations, "dimension "
            + d.id() + " scores " + score.toPlainString() + ", outside [0, " + Checks.plain(scale) + "]");
      }
    });
    if (!rubric.grades().isEmpty() && e.grade().isEmpty()) {
      throw new RubricPropertyError(property, rubric.id(), null, observations, "the total "
          + e.total().toPlainString() + " has no grade; grades: " + rubric.grades());
    }
  }

  /** See {@link RubricProperties#contributionsAddUpToTotal}. */
  static void contributionsAddUpToTotal(Rubric rubric, Observations observations) {
    String property = "contributionsAddUpToTotal";
    Evaluation e = Checks.evaluate(property, rubric, observations);
    BigDecimal exact = e.unroundedTotal();
    BigDecimal dims = sum(e.dimensions().stream().map(DimensionResult::contribution).toList());
    check(property, rubric, observations, "the dimensions' contributions", dims, "the exact total", exact,
        e.dimensions().size());
    boolean dimensionVeto = e.allDimensions().anyMatch(d -> d.vetoedBy().isPresent());
    e.allDimensions().filter(d -> d.applicable() && d.vetoedBy().isEmpty()).forEach(d -> {
      List<BigDecimal> parts = new ArrayList<>();
      d.dimensions().forEach(s -> parts.add(s.contribution()));
      d.indicators().forEach(i -> parts.add(i.contribution()));
      check(property, rubric, observations, "the contributions under dimension " + d.id(), sum(parts),
          "its own contribution", d.contribution(), parts.size());
    });
    if (!dimensionVeto) {
      List<BigDecimal> parts = e.allIndicators().map(IndicatorResult::contribution).toList();
      check(property, rubric, observations, "the indicators' contributions", sum(parts), "the exact total",
          exact, parts.size());
      if (e.vetoes().isEmpty()) {
        // Capped at the scale when bonus items lift it above and the rubric does not allow that.
        BigDecimal shown = rubric.aboveScaleAllowed() ? exact : exact.min(rubric.scale());
        BigDecimal rounded = shown.setScale(e.precision(), RoundingMode.HALF_UP);
        if (rounded.compareTo(e.total()) != 0) {
          throw new RubricPropertyError(property, rubric.id(), null, observations, "the exact total "
              + exact.toPlainString() + " rounds half-up to " + rounded.toPlainString() + ", but the total is "
              + e.total().toPlainString());
        }
      }
    }
    String trace = e.explain();
    e.allIndicators().forEach(i -> {
      if (!trace.contains(i.id())) {
        throw new RubricPropertyError(property, rubric.id(), i.id(), observations,
            "the explanation does not mention indicator " + i.id() + ":\n" + trace);
      }
    });
  }

  private static void check(String property, Rubric rubric, Observations o, String what, BigDecimal sum,
      String against, BigDecimal expected, int terms) {
    BigDecimal tolerance = rubric.scale().multiply(BigDecimal.valueOf(terms + 1L)).movePointLeft(32);
    if (sum.subtract(expected).abs().compareTo(tolerance) > 0) {
      throw new RubricPropertyError(property, rubric.id(), null, o, what + " add up to " + sum.toPlainString()
          + ", but " + against + " is " + expected.toPlainString());
    }
  }

  private static BigDecimal sum(List<BigDecimal> parts) {
    return parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** See {@link RubricProperties#isDeterministic}. */
  static void isDeterministic(Rubric rubric, Observations observations) {
    String property = "isDeterministic";
    Evaluation first = Checks.evaluate(property, rubric, observations);
    Evaluation again = Checks.evaluate(property, rubric, observations.toBuilder().build());
    AtomicReference<Object> elsewhere = new AtomicReference<>();
    Thread other = new Thread(() -> {
      try {
        elsewhere.set(rubric.evaluate(observations));
      } catch (RuntimeException e) {
        elsewhere.set(e);
      }
    }, "rubric4j-testkit-determinism");
    other.start();
    try {
      other.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scoring on another thread", e);
    }
    compare(property, rubric, observations, first, again, "scored again");
    if (!(elsewhere.get() instanceof Evaluation e)) {
      throw new RubricPropertyError(property, rubric.id(), null, observations,
          "scoring on another thread failed: " + elsewhere.get());
    }
    compare(property, rubric, observations, first, e, "scored on another thread");
  }

  private static void compare(String property, Rubric rubric, Observations o, Evaluation a, Evaluation b,
      String how) {
    if (a.equals(b) && a.explain().equals(b.explain())) {
      return;
    }
    String difference;
    if (a.total().compareTo(b.total()) != 0 || !a.total().equals(b.total())) {
      difference = "total " + a.total().toPlainString() + " then " + b.total().toPlainString();
    } else if (!a.rawTotal().equals(b.rawTotal())) {
      difference = "total before vetoes " + a.rawTotal().toPlainString() + " then " + b.rawTotal().toPlainString();
    } else if (!a.grade().equals(b.grade())) {
      difference = "grade " + a.grade().map(Grade::id).orElse("none") + " then "
          + b.grade().map(Grade::id).orElse("none");
    } else {
      Optional<String> indicator = a.allIndicators().filter(i -> !b.indicator(i.id()).equals(Optional.of(i)))
          .map(i -> "indicator " + i.id() + ": " + i + " then " + b.indicator(i.id()).orElse(null)).findFirst();
      difference = indicator.orElse(a.equals(b) ? "the explanation:\n" + a.explain() + "then\n" + b.explain()
          : a + " then " + b);
    }
    throw new RubricPropertyError(property, rubric.id(), null, o, "the same observations " + how
        + " gave a different result: " + difference);
  }
}
