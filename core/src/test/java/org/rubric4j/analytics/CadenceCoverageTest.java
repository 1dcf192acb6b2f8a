package org.rubric4j.analytics;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rubric4j.AnalyticsFixtures;
import org.rubric4j.Evaluation;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Observations;
import org.rubric4j.ReportingPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Seed 001's maintenance cadences: high-value customers monthly, regular ones quarterly,
 * potential ones every two months. (The seed's table lists KH2024003, a potential customer,
 * as "每月1次", contradicting its own rule "潜力客户每2个月1次"; the rule wins here.)
 */
class CadenceCoverageTest {

  private static final CadenceCoverage PLAN = CadenceCoverage.builder()
      .segment("high-value", Cadence.MONTHLY).segment("regular", Cadence.QUARTERLY)
      .segment("potential", Cadence.EVERY_TWO_MONTHS)
      .subject("KH2024001", "high-value").subject("KH2024002", "regular").subject("KH2024003", "potential")
      .build();

  private static Evaluation visit(String id, String subject, String period) {
    return AnalyticsFixtures.SEED_001.evaluate(Observations.builder(id).subject(subject).period(period)
        .value("response-speed", 5).value("problem-solving", 5).value("professionalism", 5)
        .value("proactiveness", 4).build());
  }

  /** The seed's three visits, 15, 10 and 18 March 2024. */
  private static final List<Evaluation> MARCH = List.of(visit("v1", "KH2024001", "2024-03-15"),
      visit("v2", "KH2024002", "2024-03-10"), visit("v3", "KH2024003", "2024-03-18"));

  @Test
  void inMarchTheMonthlyAndTheQuarterlyCustomerAreDueAndBothWereVisited() {
    CadenceCoverage.Report r = PLAN.report(ReportingPeriod.parse("2024-03"), MARCH);
    assertThat(r.windows()).extracting(w -> w.subject() + " " + w.first() + ".." + w.last())
        .containsExactly("KH2024001 2024-03-01..2024-03-31", "KH2024002 2024-01-01..2024-03-31");
    assertThat(r.coverage()).contains(BigDecimal.ONE);
    // KH2024003's March–April window ends in April: its visit counts in no window due in March.
    assertThat(r.exclusions().excluded()).containsExactly(entry("outside-period", 1L));
  }

  @Test
  void theSecondQuarterWithoutVisitsCoversOnlyTheWindowVisitedInMarch() {
    CadenceCoverage.Report r = PLAN.report(ReportingPeriod.parse("2024-Q2"), MARCH);
    // Due: high-value April, May, June; regular Q2; potential Mar–Apr (visited 18 March) and May–Jun.
    assertThat(r.due()).isEqualTo(6);
    assertThat(r.visited()).isEqualTo(1);
    assertThat(r.coverage()).contains(new BigDecimal("0.1666666666666666666666666666666667"));
    assertThat(r.coverage("potential")).contains(new BigDecimal("0.5"));
    assertThat(r.missed()).hasSize(5);
  }

  @Test
  void visitsThatCannotBeAttributedAreCountedWithTheirReason() {
    CadenceCoverage.Report r = PLAN.report(ReportingPeriod.parse("2024-03"), List.of(
        visit("q", "KH2024001", "2024-Q1"), visit("u", "KH9", "2024-03-01"),
        AnalyticsFixtures.SEED_001.evaluate(Observations.builder("n").period("2024-03").value("response-speed", 5)
            .value("problem-solving", 5).value("professionalism", 5).value("proactiveness", 4).build())));
    assertThat(r.exclusions().excluded()).containsExactly(entry("no-subject", 1L),
        entry("period-too-coarse", 1L), entry("unplanned-subject", 1L));
    assertThat(r.visited()).isZero();
  }

  @Test
  void coverageFeedsTheSeedsHundredPercentKpi() {
    Kpi coverage = Kpi.builder("coverage").of("external.maintenance-coverage").target("[100%, 100%]").build();
    CadenceCoverage.Report r = PLAN.report(ReportingPeriod.parse("2024-03"), MARCH);
    assertThat(coverage.attainment(r.coverage().orElseThrow(), r.due()).met()).isTrue();
  }

  @Test
  void cadencesReadTheirTextAndRefuseWindowsThatDoNotFitTheYear() {
    assertThat(Cadence.parse("every 2 months")).isEqualTo(Cadence.EVERY_TWO_MONTHS);
    assertThat(Cadence.parse("quarterly")).hasToString("quarterly");
    assertThat(Cadence.EVERY_TWO_MONTHS).hasToString("every 2 months");
    assertThatThrownBy(() -> new Cadence(5)).isInstanceOf(InvalidValueException.class)
        .hasMessage("a cadence must be 1, 2, 3, 4, 6 or 12 months so that its windows fit the year, was 5");
    assertThatThrownBy(() -> Cadence.parse("weekly")).hasMessage("cadence \"weekly\" is not monthly, quarterly, yearly or every N months");
    assertThatThrownBy(() -> CadenceCoverage.builder().subject("a", "vip")).isInstanceOf(AnalyticsException.class)
        .hasMessage("subject a is in segment vip, which is not declared; the segments are []");
    assertThatThrownBy(() -> CadenceCoverage.builder().segment("s", Cadence.MONTHLY).segment("s", Cadence.QUARTERLY))
        .hasMessage("segment s is declared twice");
    assertThatThrownBy(() -> CadenceCoverage.builder().segment("s", Cadence.MONTHLY).subject("a", "s").subject("a", "s"))
        .hasMessage("subject a is given twice");
  }
}
