package org.rubric4j.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.rubric4j.DimensionResult;
import org.rubric4j.Evaluation;
import org.rubric4j.Grade;
import org.rubric4j.Indicator;
import org.rubric4j.IndicatorResult;
import org.rubric4j.InvalidValueException;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.Quantity;
import org.rubric4j.Rubric;
import org.rubric4j.rule.Band;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.RuleScore;
import org.rubric4j.rule.ScoringRule;
import org.rubric4j.testkit.internal.Applicability;
import org.rubric4j.testkit.internal.GradeSearch;
import org.rubric4j.testkit.internal.Probes;

/**
 * Ready-made checks of what must hold for a rubric, to call from a user's own jqwik
 * {@code @Property} (or a plain test). Each returns normally when the property holds and
 * otherwise throws a {@link RubricPropertyError} naming the counter-example in the rubric's
 * terms: the indicator, the value, the band or level it fell in, the score, the observations.
 *
 * <pre>{@code
 * @Property
 * void scoresBehave(@ForAll("observations") Observations o) {
 *   RubricProperties.allHold(MY_RUBRIC, o);            // total in [0, scale], determinism, contributions
 * }
 *
 * @Example
 * void slowerFirstResponsesNeverScoreMore() {
 *   RubricProperties.scoreIsMonotonic(MY_RUBRIC, "first-response-time", Direction.LOWER_IS_BETTER);
 * }
 * }</pre>
 *
 * <p>Checks that take observations expect them to be valid under the rubric (as
 * {@link RubricArbitraries#observationsFor} makes them); observations the rubric refuses fail
 * the check with the rubric's reason. Stateless and thread-safe.
 */
public final class RubricProperties {

  /** Random observations {@link #everyGradeIsReachable} tries after its systematic walks. */
  private static final int GRADE_SEARCH_TRIES = 2_000;
  /** Values at most that {@link #scoreIsMonotonic(Rubric, String, Direction, Observations)} scores. */
  private static final int MAX_PROBES = 64;

  private RubricProperties() {}

  /** The checks per observation: {@link #totalIsWithinScale}, {@link #contributionsAddUpToTotal}, {@link #isDeterministic}. */
  public static void allHold(Rubric rubric, Observations observations) {
    totalIsWithinScale(rubric, observations);
    contributionsAddUpToTotal(rubric, observations);
    isDeterministic(rubric, observations);
  }

  /** The checks of the rubric alone: {@link #everyValueFallsInABand(Rubric)} and {@link #everyGradeIsReachable}. */
  public static void allHold(Rubric rubric) {
    everyValueFallsInABand(rubric);
    everyGradeIsReachable(rubric);
  }

  /**
   * The total and the total before vetoes lie in [0, scale]; so does every applicable
   * dimension's score; every applicable indicator scores between its rule's minimum and
   * maximum; and when the rubric has grades, the total has one.
   */
  public static void totalIsWithinScale(Rubric rubric, Observations observations) {
    String property = "totalIsWithinScale";
    Evaluation e = evaluate(property, rubric, observations);
    BigDecimal scale = rubric.scale();
    for (Map.Entry<String, BigDecimal> t : Map.of("total", e.total(), "total before vetoes", e.rawTotal()).entrySet()) {
      if (t.getValue().signum() < 0 || t.getValue().compareTo(scale) > 0) {
        throw new RubricPropertyError(property, rubric.id(), null, observations, "the " + t.getKey()
            + " is " + t.getValue().toPlainString() + ", outside [0, " + plain(scale) + "]");
      }
    }
    e.allIndicators().filter(IndicatorResult::applicable).forEach(i -> {
      ScoringRule rule = indicator(rubric, i.id()).rule();
      BigDecimal score = i.score().orElseThrow();
      if (score.compareTo(rule.minimum()) < 0 || score.compareTo(rule.maximum()) > 0) {
        throw new RubricPropertyError(property, rubric.id(), i.id(), observations, "indicator "
            + i.id() + ": value " + i.value().map(Object::toString).orElse("?") + " ("
            + i.matched().orElse("") + ") scores " + plain(score) + ", outside its rule's ["
            + plain(rule.minimum()) + ", " + plain(rule.maximum()) + "]");
      }
    });
    e.allDimensions().filter(DimensionResult::applicable).forEach(d -> {
      BigDecimal score = d.score().orElseThrow();
      if (score.signum() < 0 || score.compareTo(scale) > 0) {
        throw new RubricPropertyError(property, rubric.id(), null, observations, "dimension "
            + d.id() + " scores " + score.toPlainString() + ", outside [0, " + plain(scale) + "]");
      }
    });
    if (!rubric.grades().isEmpty() && e.grade().isEmpty()) {
      throw new RubricPropertyError(property, rubric.id(), null, observations, "the total "
          + e.total().toPlainString() + " has no grade; grades: " + rubric.grades());
    }
  }

  /**
   * The indicator {@code indicatorId} never scores less for a better value, in the declared
   * {@code direction}: its rule is scored on every edge of its bands, targets and steps, the
   * smallest step either side of each, the midpoints between them and values well beyond them,
   * and no better value may score less than a worse one.
   *
   * @throws IllegalArgumentException when the rubric has no such indicator
   */
  public static void scoreIsMonotonic(Rubric rubric, String indicatorId, Direction direction) {
    Objects.requireNonNull(direction, "direction");
    String property = "scoreIsMonotonic";
    Indicator indicator = indicator(rubric, indicatorId);
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
        throw new RubricPropertyError(property, rubric.id(), indicator.id(), null, describe(indicator)
            + ": value " + q + " cannot be scored: " + e.getMessage());
      }
      if (previous != null && worse(direction, previousScore.points(), s.points())) {
        throw new RubricPropertyError(property, rubric.id(), indicator.id(), null, describe(indicator)
            + " is not monotonic (" + direction.words() + "): " + q + " scores " + plain(s.points())
            + how(rule, s.matched()) + ", but " + previous + " scores " + plain(previousScore.points())
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

  /**
   * Within {@code observations}, moving the indicator {@code indicatorId} to a better value (in
   * {@code direction}) never lowers its score nor the total before vetoes: the other values stay
   * as they are while this one takes each of its rule's edge values in turn (at most 64).
   * Holds trivially when the indicator's {@code appliesWhen} conditions exclude these
   * observations.
   *
   * @throws IllegalArgumentException when the rubric has no such indicator
   */
  public static void scoreIsMonotonic(Rubric rubric, String indicatorId, Direction direction,
      Observations observations) {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(observations, "observations");
    String property = "scoreIsMonotonic";
    Indicator indicator = indicator(rubric, indicatorId);
    if (!new Applicability(rubric).conditionsHold(indicatorId, observations.tags())) {
      return;
    }
    List<Quantity> probes = thin(RubricArbitraries.edgeValues(indicator.rule()), MAX_PROBES);
    Quantity previous = null;
    Evaluation previousE = null;
    for (Quantity q : probes) {
      Observations o = observations.withValue(indicatorId, q);
      Evaluation e = evaluate(property, rubric, o);
      if (previous != null) {
        BigDecimal before = pointsOf(previousE, indicatorId);
        BigDecimal now = pointsOf(e, indicatorId);
        if (worse(direction, before, now)) {
          throw new RubricPropertyError(property, rubric.id(), indicatorId, o, describe(indicator)
              + " is not monotonic (" + direction.words() + "): " + q + " scores " + plain(now)
              + how(indicator.rule(), matchedOf(e, indicatorId)) + ", but " + previous + " scores "
              + plain(before) + how(indicator.rule(), matchedOf(previousE, indicatorId)));
        }
        if (worse(direction, previousE.rawTotal(), e.rawTotal())) {
          throw new RubricPropertyError(property, rubric.id(), indicatorId, o, "the total before vetoes"
              + " is not monotonic in " + describe(indicator) + " (" + direction.words() + "): with "
              + q + " it is " + e.rawTotal().toPlainString() + ", with " + previous + " it is "
              + previousE.rawTotal().toPlainString());
        }
      }
      previous = q;
      previousE = e;
    }
  }

  /**
   * Every value in the domain of each band rule falls in exactly one band: each band bound, the
   * smallest step either side of it, the midpoints between them, the measure's own ends and
   * values well beyond the outermost bound. The domain is the measure's (a duration from 0 up, a
   * percent in [0 %, 100 %], a count from 0 up); numbers and levels have no natural ends, so
   * their domain runs from the lowest to the highest band.
   */
  public static void everyValueFallsInABand(Rubric rubric) {
    rubric.allIndicators().filter(i -> i.rule() instanceof BandRule)
        .forEach(i -> everyValueFallsInABand(rubric, i.id()));
  }

  /**
   * Every value in the domain of the indicator {@code indicatorId}'s band rule falls in exactly
   * one band; see {@link #everyValueFallsInABand(Rubric)}. Holds trivially for other rule kinds.
   *
   * @throws IllegalArgumentException when the rubric has no such indicator
   */
  public static void everyValueFallsInABand(Rubric rubric, String indicatorId) {
    String property = "everyValueFallsInABand";
    Indicator indicator = indicator(rubric, indicatorId);
    if (!(indicator.rule() instanceof BandRule rule)) {
      return;
    }
    for (Quantity q : Probes.sweep(rule)) {
      List<Band> holding = Probes.bandsHolding(rule, q.amount());
      if (holding.size() != 1) {
        throw new RubricPropertyError(property, rubric.id(), indicatorId, null, describe(indicator)
            + ": value " + q + (holding.isEmpty() ? " is in no band"
                : " is in " + holding.size() + " bands: " + holding.stream().map(b -> b.range().toString())
                    .collect(Collectors.joining(" and ")))
            + "; its bands: " + rule.bands().stream().map(Band::toString).collect(Collectors.joining(", ")));
      }
      try {
        rule.score(q);
      } catch (InvalidValueException e) {
        throw new RubricPropertyError(property, rubric.id(), indicatorId, null, describe(indicator)
            + ": value " + q + " is in band " + holding.get(0).range() + " but cannot be scored: "
            + e.getMessage());
      }
    }
  }

  /**
   * Every grade of the total is reached by some observations, or imposed by a rubric-wide veto
   * that can fire. Searches systematically: each indicator's distinct scores are climbed one
   * at a time from all-lowest to all-highest (so the totals seen rise in steps of at most one
   * score step of one indicator), each indicator alone when {@code n/a} allows, then 2,000
   * random combinations with a fixed seed. A grade the search misses is reported with the
   * nearest totals it did see.
   */
  public static void everyGradeIsReachable(Rubric rubric) {
    Objects.requireNonNull(rubric, "rubric");
    String property = "everyGradeIsReachable";
    if (rubric.grades().isEmpty()) {
      return;
    }
    GradeSearch.Outcome out = GradeSearch.search(rubric, GRADE_SEARCH_TRIES, 20_240_917L);
    for (Grade g : rubric.grades()) {
      if (out.witnesses().containsKey(g.id()) || out.byVeto().contains(g.id())) {
        continue;
      }
      Map.Entry<BigDecimal, String> below = null;
      Map.Entry<BigDecimal, String> above = null;
      for (Map.Entry<BigDecimal, String> t : out.totals().entrySet()) {
        if (!g.range().lower().admitsAsLower(t.getKey())) {
          below = t;
        } else if (above == null && !g.range().upper().admitsAsUpper(t.getKey())) {
          above = t;
        }
      }
      throw new RubricPropertyError(property, rubric.id(), null, null, "grade " + g.id()
          + g.name().map(n -> " (" + n + ")").orElse("") + " " + g.range() + " is never reached: "
          + out.evaluated() + " observations searched gave totals from "
          + out.totals().firstKey().toPlainString() + " to " + out.totals().lastKey().toPlainString()
          + (below == null ? "" : "; the nearest below is " + below.getKey().toPlainString() + gradeText(below))
          + (above == null ? "" : "; the nearest above is " + above.getKey().toPlainString() + gradeText(above))
          + "; no veto that can fire imposes it");
    }
  }

  /**
   * Scoring the same observations again, from a copy, and on another thread gives an equal
   * evaluation, digit for digit, with the same explanation.
   */
  public static void isDeterministic(Rubric rubric, Observations observations) {
    String property = "isDeterministic";
    Evaluation first = evaluate(property, rubric, observations);
    Evaluation again = evaluate(property, rubric, observations.toBuilder().build());
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

  /**
   * The parts of the result add up: the top-level dimensions' contributions to the exact total,
   * each dimension's to the sum of its children's (unless a dimension veto replaced it), the
   * indicators' to the exact total when no dimension veto fired, and the rounded total is that
   * sum rounded half-up when no veto fired; exactly, or to the 34 significant digits a
   * non-terminating contribution carries. The explanation names every indicator.
   */
  public static void contributionsAddUpToTotal(Rubric rubric, Observations observations) {
    String property = "contributionsAddUpToTotal";
    Evaluation e = evaluate(property, rubric, observations);
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
        BigDecimal rounded = exact.setScale(e.precision(), RoundingMode.HALF_UP);
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

  // ---- helpers ----------------------------------------------------------------------------

  static Indicator indicator(Rubric rubric, String indicatorId) {
    Objects.requireNonNull(rubric, "rubric");
    Objects.requireNonNull(indicatorId, "indicatorId");
    return rubric.indicator(indicatorId).orElseThrow(() -> new IllegalArgumentException("rubric "
        + rubric.id() + " has no indicator " + indicatorId + "; its indicators: "
        + rubric.allIndicators().map(Indicator::id).collect(Collectors.joining(", "))));
  }

  private static Evaluation evaluate(String property, Rubric rubric, Observations observations) {
    Objects.requireNonNull(rubric, "rubric");
    Objects.requireNonNull(observations, "observations");
    try {
      return rubric.evaluate(observations);
    } catch (ObservationException e) {
      throw new RubricPropertyError(property, rubric.id(), null, observations,
          "the observations cannot be scored: " + e.reason());
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

  private static String describe(Indicator i) {
    return "indicator " + i.id() + " (" + i.rule().kind() + " over " + i.rule().measure().key() + ")";
  }

  private static String gradeText(Map.Entry<BigDecimal, String> t) {
    return t.getValue().isEmpty() ? " (no grade)" : " (grade " + t.getValue() + ")";
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

  private static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
