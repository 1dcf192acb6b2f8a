package org.rubric4j.yaml;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rubric4j.Interval;
import org.rubric4j.PeriodUnit;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.StreakRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The report keys added to the rubric format, {@code kpis}, {@code periodRules} and
 * {@code categories}: read into {@link RubricAnalytics}, written back, and every mistake
 * reported at its line and column.
 */
class AnalyticsKeysTest {

  private static final String BASE = """
      rubric: r
      scale: 5
      grades:
        - {id: good, range: "[3, 5]"}
        - {id: needs-improvement, range: "[0, 3)"}
      dimensions:
        - id: speed
          indicators:
            - id: response
              measure: duration
              bands:
                - {score: 5, range: "<= 2h"}
                - {score: 1, range: "> 2h"}
        - id: care
          indicators:
            - id: clarity
              levels: {1: a, 2: b, 3: c, 4: d, 5: e}
      """;

  private final RubricReader reader = RubricReader.create();

  private static List<String> problems(RubricLoadException e) {
    return e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.path() + ": " + p.message()).toList();
  }

  @Test
  void readsKpisPeriodRulesAndCategories() {
    LoadedRubric loaded = reader.readYaml(BASE + """
        kpis:
          - {id: response-time, name: 受理时间, of: indicator.response.value, statistic: max, target: "<= 24h"}
          - {id: clarity, of: indicator.clarity.value, target: ">= 4.5"}
          - {id: coverage, of: external.maintenance-coverage, target: ">= 100%"}
        periodRules:
          - {id: training, grade: needs-improvement, consecutive: 2, period: quarter}
        categories:
          satisfied: "[4, 5]"
          neutral: "[3, 3]"
          unsatisfied: "[1, 2]"
        """);
    RubricAnalytics a = loaded.analytics();
    assertThat(a.kpis()).extracting(Kpi::id).containsExactly("response-time", "clarity", "coverage");
    Kpi response = a.kpis().get(0);
    assertThat(response.name()).contains("受理时间");
    assertThat(response.source()).hasToString("indicator.response.value");
    assertThat(response.statistic()).isEqualTo(Kpi.Statistic.MAX);
    assertThat(response.target()).isEqualTo(Interval.parse("<= 24h"));
    assertThat(a.kpis().get(1).statistic()).isEqualTo(Kpi.Statistic.MEAN);
    assertThat(a.periodRules()).containsExactly(StreakRule.of("training", "needs-improvement", 2, PeriodUnit.QUARTER));
    assertThat(a.categories()).isPresent();
    assertThat(a.categories().get().categories()).containsOnlyKeys("satisfied", "neutral", "unsatisfied");
    assertThat(a.categories().get().distribute(java.util.Map.of(new BigDecimal(5), 80L, new BigDecimal(4), 15L,
        new BigDecimal(3), 5L)).mean()).contains(new BigDecimal("4.75"));
  }

  @Test
  void aFileWithoutTheKeysDeclaresNone() {
    assertThat(reader.readYaml(BASE).analytics()).isEqualTo(RubricAnalytics.none());
    assertThat(RubricAnalytics.none().isEmpty()).isTrue();
  }

  @Test
  void writtenAnalyticsReadBackEqual() {
    LoadedRubric loaded = reader.readYaml(BASE + """
        kpis:
          - {id: response-time, name: 受理时间, of: indicator.response.value, statistic: max, target: "<= 24h"}
          - {id: mean-total, of: total, statistic: min, target: "[3, 5]"}
        periodRules:
          - {id: training, grade: needs-improvement, consecutive: 2, period: quarter}
        categories: {satisfied: "[4, 5]", neutral: "[3, 3]"}
        """);
    for (RubricFormat format : RubricFormat.values()) {
      String text = RubricWriter.create().toText(loaded, format);
      LoadedRubric back = reader.read(text, format, "<written>");
      assertThat(back.rubric()).as(text).isEqualTo(loaded.rubric());
      assertThat(back.analytics()).as(text).isEqualTo(loaded.analytics());
      assertThat(RubricWriter.create().toText(back, format)).isEqualTo(text);
    }
    assertThat(RubricWriter.create().toText(loaded, RubricFormat.YAML))
        .contains("kpis:", "of: indicator.response.value", "statistic: max", "periodRules:", "period: quarter",
            "categories:");
    assertThat(RubricWriter.create().toYaml(loaded.rubric())).doesNotContain("kpis");
  }

  @Test
  void everyMistakeIsReportedAtItsLineAndColumn() {
    RubricLoadException e = catchThrowableOfType(RubricLoadException.class, () -> reader.readYaml(BASE + """
        kpis:
          - id: a
            of: indicator.nope.value
            target: "<= 24h"
          - id: b
            of: indicator.response.value
            target: ">= 90%"
          - id: c
            of: average.response
            target: "<= 24h"
          - id: d
            of: total
            statistic: median
            target: "<= 24h"
          - {id: a, of: total, target: ">= 3"}
          - {id: e, of: total}
        periodRules:
          - {id: training, grade: needs-improvment, consecutive: 2, period: quarter}
          - {id: t2, grade: good, consecutive: 1, period: fortnight}
        categories:
          satisfied: "[4, 5]"
          neutral: [3, 3]
          overlap: "[4.5, 5]"
        """));
    assertThat(problems(e)).containsExactly(
        "20:9 kpis[0].of: KPI a measures indicator nope, which rubric r does not have",
        "24:13 kpis[1].target: KPI b: indicator response measures a duration, but the target >= 90% is a percent",
        "26:9 kpis[2].of: a KPI cannot measure \"average.response\"; write indicator.ID.value, indicator.ID.points,"
            + " dimension.ID.score, total or external.NAME",
        "30:16 kpis[3].statistic: `statistic` must be one of mean, min, max, found `median`",
        "31:13 kpis[3].target: KPI d: total is a number of points, so its target must be a number, was <= 24h",
        "32:10 kpis[4].id: KPI id `a` is used twice; KPI ids must be unique",
        "33:5 kpis[5].target: `target` is required",
        "35:27 periodRules[0].grade: period rule training names grade `needs-improvment`, which the rubric does not have;"
            + " its grades are good, needs-improvement; did you mean `needs-improvement`?",
        "36:40 periodRules[1].consecutive: `consecutive` must be at least 2, was `1`",
        "36:51 periodRules[1].period: `period` must be one of day, week, month, quarter, year, found `fortnight`",
        "37:1 categories: a score must fall in one category at most: satisfied [4, 5] overlaps overlap [4.5, 5]",
        "39:12 categories.neutral: category id `neutral` must be an interval in quotes, such as \"[4, 5]\","
            + " found a list; YAML reads an unquoted [a, b] as a list");
  }

  @Test
  void anUnknownKeyInAKpiIsAnError() {
    RubricLoadException e = catchThrowableOfType(RubricLoadException.class, () -> reader.readYaml(BASE + """
        kpis:
          - {id: a, of: total, target: ">= 3", goal: 4}
        """));
    assertThat(problems(e)).singleElement().asString().startsWith("19:40 kpis[0].goal: unknown key `goal` in a KPI");
  }
}
