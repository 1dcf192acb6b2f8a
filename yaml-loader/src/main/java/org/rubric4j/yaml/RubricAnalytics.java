package org.rubric4j.yaml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.ScoreCategories;
import org.rubric4j.analytics.StreakRule;

/**
 * What a rubric file declares for reports over many evaluations, beside the rubric itself: the
 * keys {@code kpis}, {@code periodRules} and {@code categories} of docs/rubric-format.md. The core {@link org.rubric4j.Rubric} does not hold them: they do not
 * change any single evaluation's score.
 *
 * <pre>{@code
 * LoadedRubric loaded = RubricReader.create().read(Path.of("service-standards-monthly.yaml"));
 * for (Kpi kpi : loaded.analytics().kpis()) {
 *   KpiResult r = kpi.attainment(aggregate);      // mean FCR >= 85 %: met
 * }
 * }</pre>
 *
 * <p>Every KPI has been checked against the rubric ({@link Kpi#validate}) and every period
 * rule names one of its grades. Immutable.
 *
 * @param kpis the KPIs, in file order
 * @param periodRules the period rules, in file order
 * @param categories the score categories, when declared
 */
public record RubricAnalytics(List<Kpi> kpis, List<StreakRule> periodRules, Optional<ScoreCategories> categories) {

  private static final RubricAnalytics NONE = new RubricAnalytics(List.of(), List.of(), Optional.empty());

  /** Checks the parts and copies the lists. */
  public RubricAnalytics {
    kpis = List.copyOf(Objects.requireNonNull(kpis, "kpis"));
    periodRules = List.copyOf(Objects.requireNonNull(periodRules, "periodRules"));
    Objects.requireNonNull(categories, "categories");
  }

  /** No KPI, no period rule, no categories. */
  public static RubricAnalytics none() {
    return NONE;
  }

  /** Whether nothing is declared. */
  public boolean isEmpty() {
    return kpis.isEmpty() && periodRules.isEmpty() && categories.isEmpty();
  }
}
