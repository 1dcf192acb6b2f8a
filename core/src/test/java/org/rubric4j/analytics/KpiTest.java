package org.rubric4j.analytics;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rubric4j.AnalyticsFixtures;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seed 001's service KPIs and seed 003's FCR target, stated in Java. */
class KpiTest {

  private static final Kpi RESPONSE = Kpi.builder("response-within-24h").name("问题受理时间")
      .of("indicator.first-response-time.value").statistic("max").target("<= 24h").build();
  private static final Kpi FCR = Kpi.builder("fcr").name("一次性解决率")
      .of("indicator.first-contact-resolution.value").target(">= 90%").build();
  private static final Kpi CLARITY = Kpi.builder("clarity").name("解答清晰度")
      .of("indicator.clarity.value").target(">= 4.5").build();
  private static final Kpi COVERAGE = Kpi.builder("coverage").name("定期维护覆盖率")
      .of("external.maintenance-coverage").target("[100%, 100%]").build();

  /** Three tickets of one agent: responses 4h, 20h, 10h; FCR 95 %, 85 %, 92 %; clarity 5, 4, {@code clarity3}. */
  private static Aggregate agent(int clarity3) {
    Rubric r = AnalyticsFixtures.SEED_000;
    return Aggregate.of(List.of(
        r.evaluate(AnalyticsFixtures.seed000("t1", 5).value("first-response-time", "4h")
            .value("first-contact-resolution", "95%").build()),
        r.evaluate(AnalyticsFixtures.seed000("t2", 4).value("first-response-time", "20h")
            .value("first-contact-resolution", "85%").build()),
        r.evaluate(AnalyticsFixtures.seed000("t3", 5).value("first-response-time", "10h")
            .value("first-contact-resolution", "92%").value("clarity", clarity3).build())));
  }

  @Test
  void everyTicketWithinTwentyFourHoursIsAMaximumWithinTarget() {
    KpiResult r = RESPONSE.attainment(agent(5));
    assertThat(r.met()).isTrue();
    assertThat(r.actual()).contains(new BigDecimal("72000"));   // 20 h in seconds
    assertThat(r.explanation())
        .isEqualTo("问题受理时间: max of indicator.first-response-time.value over 3 is 20h, within <= 24h: met");
  }

  @Test
  void firstContactResolutionMeanOfNinetyAndTwoThirdsPercentMeetsNinety() {
    KpiResult r = FCR.attainment(agent(5));
    assertThat(r.actual()).contains(new BigDecimal("0.9066666666666666666666666666666667"));
    assertThat(r.met()).isTrue();
  }

  @Test
  void clarityMeanBelowFourAndAHalfIsNotMet() {
    assertThat(CLARITY.attainment(agent(5)).met()).isTrue();              // 14/3
    KpiResult r = CLARITY.attainment(agent(4));                            // 13/3
    assertThat(r.met()).isFalse();
    assertThat(r.explanation()).isEqualTo("解答清晰度: mean of indicator.clarity.value over 3 is 4.333333, outside >= 4.5: not met");
  }

  @Test
  void coverageComesFromOutsideTheAggregate() {
    assertThat(COVERAGE.attainment(BigDecimal.ONE, 3).met()).isTrue();
    assertThat(COVERAGE.attainment(new BigDecimal("0.6666666666666666666666666666666667"), 3).explanation())
        .isEqualTo("定期维护覆盖率: mean of external.maintenance-coverage over 3 is 66.6667%, outside [100%, 100%]: not met");
    assertThatThrownBy(() -> COVERAGE.attainment(agent(5))).isInstanceOf(AnalyticsException.class)
        .hasMessage("KPI coverage measures external.maintenance-coverage, which is not in an aggregate; use attainment(actual, count)");
  }

  @Test
  void seed003FirstContactResolutionOfEightyFivePercent() {
    Kpi fcr = Kpi.builder("fcr").of("indicator.fcr.value").target(">= 85%").build();
    fcr.validate(AnalyticsFixtures.SEED_003);
    Aggregate month = Aggregate.of(List.of(AnalyticsFixtures.seed003("a", "x", "2024-03", "88%", 0),
        AnalyticsFixtures.seed003("b", "x", "2024-03", "80%", 0)));
    assertThat(fcr.attainment(month).met()).isFalse();                    // mean 84 %
    assertThat(Kpi.builder("t").of("total").target(">= 80").build().attainment(month).met()).isTrue();
  }

  @Test
  void aSourceNeverScoredIsNotMet() {
    KpiResult r = Kpi.builder("x").of("dimension.nowhere.score").target(">= 1").build().attainment(agent(5));
    assertThat(r.met()).isFalse();
    assertThat(r.explanation()).isEqualTo("x: dimension.nowhere.score has no value in this group, so the target >= 1 is not met");
  }

  @Test
  void kpisThatDoNotFitTheRubricAreRefusedWithTheirPath() {
    Rubric r = AnalyticsFixtures.SEED_000;
    RESPONSE.validate(r);
    CLARITY.validate(r);
    assertThatThrownBy(() -> Kpi.builder("k").of("indicator.speed.value").target("<= 1h").build().validate(r))
        .isInstanceOf(AnalyticsException.class).hasFieldOrPropertyWithValue("path", "kpis.k.of")
        .hasMessage("KPI k measures indicator speed, which rubric crm-service-quality does not have");
    assertThatThrownBy(() -> Kpi.builder("k").of("indicator.clarity.value").target("<= 1h").build().validate(r))
        .hasMessage("KPI k: indicator clarity measures a level, but the target <= 1h is a duration");
    assertThatThrownBy(() -> Kpi.builder("k").of("indicator.clarity.value").target("<= 1h").build().attainment(agent(5)))
        .hasMessage("KPI k: indicator clarity measures a level, but the target <= 1h is a duration");
    assertThatThrownBy(() -> Kpi.builder("k").of("total").target(">= 90%").build())
        .hasMessage("KPI k: total is a number of points, so its target must be a number, was >= 90%");
    assertThatThrownBy(() -> Kpi.builder("k").of("dimension.x").target(">= 1").build())
        .hasMessage("a KPI cannot measure \"dimension.x\"; write indicator.ID.value, indicator.ID.points,"
            + " dimension.ID.score, total or external.NAME");
    assertThatThrownBy(() -> Kpi.builder("k").statistic("median")).hasMessage("unknown KPI statistic \"median\"; expected mean, min or max");
    assertThatThrownBy(() -> Kpi.builder("k").target("at most 1h")).hasMessageStartingWith("KPI k: \"at most 1h\" is not an interval");
    assertThatThrownBy(() -> Kpi.builder("k").of("total").build()).hasMessage("KPI k needs a target");
    assertThatThrownBy(() -> Kpi.builder("k").target(">= 1").build()).hasMessage("KPI k needs a source (of)");
  }
}
