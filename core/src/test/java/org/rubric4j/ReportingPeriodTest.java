package org.rubric4j;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

  @ParameterizedTest
  @CsvSource({"2024-09-17, DAY, 2024-09-17, 2024-09-17", "2024-W38, WEEK, 2024-09-16, 2024-09-22",
      "2024-09, MONTH, 2024-09-01, 2024-09-30", "2024-Q3, QUARTER, 2024-07-01, 2024-09-30",
      "2024, YEAR, 2024-01-01, 2024-12-31", "2020-W53, WEEK, 2020-12-28, 2021-01-03"})
  void everyFormReadsToItsUnitAndDaysAndWritesBack(String text, PeriodUnit unit, String start, String end) {
    ReportingPeriod p = ReportingPeriod.parse(text);
    assertThat(p.unit()).isEqualTo(unit);
    assertThat(p.start()).isEqualTo(LocalDate.parse(start));
    assertThat(p.end()).isEqualTo(LocalDate.parse(end));
    assertThat(p.toString()).isEqualTo(text);
  }

  @Test
  void aDayGroupsIntoEveryCoarserUnitButAMonthNeverIntoAWeek() {
    ReportingPeriod day = ReportingPeriod.parse("2024-09-17");
    assertThat(day.within(PeriodUnit.WEEK)).map(ReportingPeriod::toString).contains("2024-W38");
    assertThat(day.within(PeriodUnit.QUARTER)).map(ReportingPeriod::toString).contains("2024-Q3");
    assertThat(ReportingPeriod.parse("2024-09").within(PeriodUnit.WEEK)).isEmpty();
    assertThat(ReportingPeriod.parse("2024-Q3").within(PeriodUnit.MONTH)).isEmpty();
    assertThat(ReportingPeriod.parse("2024-09").within(PeriodUnit.YEAR)).map(ReportingPeriod::toString).contains("2024");
  }

  @Test
  void aWeekStraddlingTwoMonthsBelongsToNeither() {
    assertThat(ReportingPeriod.parse("2024-W35").within(PeriodUnit.MONTH)).isEmpty();   // 26 Aug – 1 Sep
    assertThat(ReportingPeriod.parse("2024-W38").within(PeriodUnit.MONTH)).map(ReportingPeriod::toString).contains("2024-09");
  }

  @Test
  void quartersFollowAcrossTheYearEnd() {
    assertThat(ReportingPeriod.parse("2024-Q4").next()).hasToString("2025-Q1");
    assertThat(ReportingPeriod.parse("2025-Q1").previous()).hasToString("2024-Q4");
  }

  @Test
  void malformedPeriodsNameTheTextAndTheForms() {
    assertThatThrownBy(() -> ReportingPeriod.parse("2024-13")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"2024-13\"").hasMessageContaining("quarter (2024-Q3)");
    assertThatThrownBy(() -> ReportingPeriod.parse("2024/09")).hasMessageContaining("is not a date");
    assertThatThrownBy(() -> ReportingPeriod.parse("2023-W53")).hasMessage("period \"2023-W53\": 2023 has no ISO week 53");
    assertThatThrownBy(() -> new ReportingPeriod(PeriodUnit.MONTH, LocalDate.of(2024, 9, 2)))
        .hasMessageContaining("2024-09-02 is not the first day of a month");
    assertThatThrownBy(() -> PeriodUnit.ofKey("fortnight")).hasMessageContaining("unknown period unit \"fortnight\"");
  }

  @Property
  void everyPeriodReadsBackFromItsText(@ForAll @IntRange(min = 0, max = 20_000) int days,
      @ForAll PeriodUnit unit) {
    ReportingPeriod p = ReportingPeriod.containing(unit, LocalDate.of(1990, 1, 1).plusDays(days));
    assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
    assertThat(p.next().previous()).isEqualTo(p);
    assertThat(p.contains(p.start()) && p.contains(p.end()) && !p.contains(p.next().start())).isTrue();
  }
}
