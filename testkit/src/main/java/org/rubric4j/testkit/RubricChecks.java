package org.rubric4j.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.rubric4j.Grade;
import org.rubric4j.Indicator;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Quantity;
import org.rubric4j.Rubric;
import org.rubric4j.rule.Band;
import org.rubric4j.rule.BandRule;
import org.rubric4j.testkit.internal.GradeSearch;
import org.rubric4j.testkit.internal.Probes;

/**
 * The checks of a rubric alone behind {@link RubricProperties#allHold(Rubric)}: every value
 * falls in exactly one band, every grade can be reached.
 */
final class RubricChecks {

  /** Random observations {@link #everyGradeIsReachable} tries after its systematic walks. */
  private static final int GRADE_SEARCH_TRIES = 2_000;

  private RubricChecks() {}

  /** See {@link RubricProperties#everyValueFallsInABand(Rubric)}. */
  static void everyValueFallsInABand(Rubric rubric) {
    rubric.allIndicators().filter(i -> i.rule() instanceof BandRule)
        .forEach(i -> everyValueFallsInABand(rubric, i.id()));
  }

  /** See {@link RubricProperties#everyValueFallsInABand(Rubric, String)}. */
  static void everyValueFallsInABand(Rubric rubric, String indicatorId) {
    String property = "everyValueFallsInABand";
    Indicator indicator = Checks.indicator(rubric, indicatorId);
    if (!(indicator.rule() instanceof BandRule rule)) {
      return;
    }
    for (Quantity q : Probes.sweep(rule)) {
      List<Band> holding = Probes.bandsHolding(rule, q.amount());
      if (holding.size() != 1) {
        throw new RubricPropertyError(property, rubric.id(), indicatorId, null, Checks.describe(indicator)
            + ": value " + q + (holding.isEmpty() ? " is in no band"
                : " is in " + holding.size() + " bands: " + holding.stream().map(b -> b.range().toString())
                    .collect(Collectors.joining(" and ")))
            + "; its bands: " + rule.bands().stream().map(Band::toString).collect(Collectors.joining(", ")));
      }
      try {
        rule.score(q);
      } catch (InvalidValueException e) {
        throw new RubricPropertyError(property, rubric.id(), indicatorId, null, Checks.describe(indicator)
            + ": value " + q + " is in band " + holding.get(0).range() + " but cannot be scored: "
            + e.getMessage());
      }
    }
  }

  /** See {@link RubricProperties#everyGradeIsReachable}. */
  static void everyGradeIsReachable(Rubric rubric) {
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

  private static String gradeText(Map.Entry<BigDecimal, String> t) {
    return t.getValue().isEmpty() ? " (no grade)" : " (grade " + t.getValue() + ")";
  }
}
