package org.rubric4j.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rubric4j.Evaluation;
import org.rubric4j.Indicator;
import org.rubric4j.IndicatorResult;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Observations;
import org.rubric4j.Quantity;
import org.rubric4j.Rubric;
import org.rubric4j.rule.RuleScore;
import org.rubric4j.rule.ScoringRule;
import org.rubric4j.testkit.internal.Applicability;
import org.rubric4j.testkit.internal.Probes;

/**
 * The checks behind {@link RubricProperties#scoreIsMonotonic}: a better value of one indicator
 * never scores less, on its rule alone or within given observations.
 */
final class MonotonicityChecks {

  /** Values at most that {@link #scoreIsMonotonic(Rubric, String, Direction, Observations)} scores. */
  private static final int MAX_PROBES = 64;

  private MonotonicityChecks() {}

  /** See {@link RubricProperties#scoreIsMonotonic(Rubric, String, Direction)}. */
  static void scoreIsMonotonic(Rubric rubric, String indicatorId, Direction direction) {
    Objects.requireNonNull(direction, "direction");
    String property = "scoreIsMonotonic";
    Indicator indicator = Checks.indicator(rubric, indicatorId);
    ScoringRule rule = indicator.rule();
    // The edges first, so that a counter-example is a value a person would try.
    walk(property, rubric, indicator, direction, Probes.edges(rule));
    walk(property, rubric, indicator, direction, Probes.sweep(rule));
  }

  private static void walk(String property, Rubric rubric, Indicator indicator, Direction direction,
      List<Quantity> ascending) {
    ScoringRule rule = indicator.rule();
    Quantity previous = null;
    RuleScore previousScore = null;
    for (Quantity q : ascending) {
      RuleScore s;
      try {
        s = rule.score(q);
      } catch (InvalidValueException e) {
        throw new RubricPropertyError(property, rubric.id(), indicator.id(), null, Checks.describe(indicator)
            + ": value " + q + " cannot be scored: " + e.getMessage());
      }
      if (previous != null && worse(direction, previousScore.points(), s.points())) {
        throw new RubricPropertyError(property, rubric.id(), indicator.id(), null, Checks.describe(indicator)
            + " is not monotonic (" + direction.words() + "): " + q + " scores " + Checks.plain(s.points())
            + how(rule, s.matched()) + ", but " + previous + " scores " + Checks.plain(previousScore.points())
            + how(rule, previousScore.matched()));
      }
      previous = q;
      previousScore = s;
    }
  }

  /** How a rule decided, in its own words: {@code in band (2h, 6h]}, {@code as level 5}, {@code (2 steps of 10s beyond <= 30s)}. */
  private static String how(ScoringRule rule, String matched) {
    return switch (rule.kind()) {
      case "bands" -> " in band " + matched;
      case "levels" -> " as level " + matched;
      default -> " (" + matched + ")";
    };
  }

  /** See {@link RubricProperties#scoreIsMonotonic(Rubric, String, Direction, Observations)}. */
  static void scoreIsMonotonic(Rubric rubric, String indicatorId, Direction direction,
      Observations observations) {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(observations, "observations");
    String property = "scoreIsMonotonic";
    Indicator indicator = Checks.indicator(rubric, indicatorId);
    if (!new Applicability(rubric).conditionsHold(indicatorId, observations.tags())) {
      return;
    }
    List<Quantity> probes = thin(RubricArbitraries.edgeValues(indicator.rule()), MAX_PROBES);
    Quantity previous = null;
    Evaluation previousE = null;
    for (Quantity q : probes) {
      Observations o = observations.withValue(indicatorId, q);
      Evaluation e = Checks.evaluate(property, rubric, o);
      if (previous != null) {
        BigDecimal before = pointsOf(previousE, indicatorId);
        BigDecimal now = pointsOf(e, indicatorId);
        if (worse(direction, before, now)) {
          throw new RubricPropertyError(property, rubric.id(), indicatorId, o, Checks.describe(indicator)
              + " is not monotonic (" + direction.words() + "): " + q + " scores " + Checks.plain(now)
              + how(indicator.rule(), matchedOf(e, indicatorId)) + ", but " + previous + " scores "
              + Checks.plain(before) + how(indicator.rule(), matchedOf(previousE, indicatorId)));
        }
        if (worse(direction, previousE.rawTotal(), e.rawTotal())) {
          throw new RubricPropertyError(property, rubric.id(), indicatorId, o, "the total before vetoes"
              + " is not monotonic in " + Checks.describe(indicator) + " (" + direction.words() + "): with "
              + q + " it is " + e.rawTotal().toPlainString() + ", with " + previous + " it is "
              + previousE.rawTotal().toPlainString());
        }
      }
      previous = q;
      previousE = e;
    }
  }

  private static boolean worse(Direction direction, BigDecimal before, BigDecimal now) {
    int c = now.compareTo(before);
    return direction == Direction.HIGHER_IS_BETTER ? c < 0 : c > 0;
  }

  private static BigDecimal pointsOf(Evaluation e, String indicatorId) {
    return e.indicator(indicatorId).flatMap(IndicatorResult::score).orElseThrow();
  }

  private static String matchedOf(Evaluation e, String indicatorId) {
    return e.indicator(indicatorId).flatMap(IndicatorResult::matched).orElse("");
  }

  private static <T> List<T> thin(List<T> values, int max) {
    if (values.size() <= max) {
      return values;
    }
    List<T> out = new ArrayList<>();
    for (int k = 0; k < max; k++) {
      out.add(values.get((int) ((long) k * (values.size() - 1) / (max - 1))));
    }
    return out;
  }
}
