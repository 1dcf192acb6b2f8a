package org.rubric4j.yaml;

import java.util.List;
import java.util.Objects;
import org.rubric4j.Rubric;
import org.rubric4j.report.Reporter;

/**
 * A rubric read from a file, with the lint warnings located in that file and what the file
 * declares for reports ({@link RubricAnalytics}: KPIs, period rules, score categories).
 *
 * <p>Warnings do not stop a load (errors do); a command line prints them as
 * {@code FILE:LINE:COLUMN: warning: MESSAGE}. Immutable.
 *
 * @param rubric the rubric
 * @param warnings the warnings, in file order; may be empty
 * @param source the file name, or a description such as {@code <string>}
 * @param analytics the KPIs, period rules and categories the file declares; none when it declares none
 */
public record LoadedRubric(Rubric rubric, List<LoadProblem> warnings, String source, RubricAnalytics analytics) {

  /** Checks the parts and copies the warnings. */
  public LoadedRubric {
    Objects.requireNonNull(rubric, "rubric");
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(analytics, "analytics");
  }

  /**
   * A builder of reporters on this rubric with what the file declares for reports: its KPIs,
   * period rules and score categories. Grouped by subject unless told otherwise.
   *
   * <pre>{@code
   * Reporter reporter = loaded.reporter().groupBy(GroupBy.tag("team")).build();
   * }</pre>
   */
  public Reporter.Builder reporter() {
    Reporter.Builder builder = Reporter.builder(rubric).kpis(analytics.kpis()).periodRules(analytics.periodRules());
    analytics.categories().ifPresent(builder::categories);
    return builder;
  }
}
