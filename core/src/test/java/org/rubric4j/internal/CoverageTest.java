package org.rubric4j.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rubric4j.Interval;
import org.rubric4j.Measure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bands cover their measure's domain exactly once, and grades cover [0, scale] at the
 * reported precision (docs/design.md, "Beyond the anchors": lint).
 */
class CoverageTest {

  private static List<Coverage.Issue> bands(Measure measure, String... ranges) {
    return Coverage.check(Coverage.Domain.of(measure),
        Arrays.stream(ranges).map(r -> Interval.parse(measure, r)).toList(), "band");
  }

  private static List<Coverage.Issue> grades(int scale, int precision, String... ranges) {
    return Coverage.check(Coverage.Domain.scale(BigDecimal.valueOf(scale), precision),
        Arrays.stream(ranges).map(r -> Interval.parse(Measure.NUMBER, r)).toList(), "grade");
  }

  private static List<String> messages(List<Coverage.Issue> issues) {
    return issues.stream().map(Coverage.Issue::message).toList();
  }

  // --- continuous measures --------------------------------------------------------------

  @Test
  void seedZeroFirstResponseBandsCoverEveryDuration() {
    assertThat(bands(Measure.DURATION, "<= 2h", "(2h, 6h]", "(6h, 12h]", "(12h, 24h]", "> 24h")).isEmpty();
  }

  @Test
  void bandsDeclaredInAnyOrderAreCheckedInOrderOfTheirValues() {
    assertThat(bands(Measure.DURATION, "> 24h", "(2h, 24h]", "<= 2h")).isEmpty();
  }

  @Test
  void durationBandsMustStartAtZero() {
    assertThat(bands(Measure.DURATION, "[1s, 2h]", "> 2h")).singleElement()
        .satisfies(i -> {
          assertThat(i.code()).isEqualTo("gap");
          assertThat(i.index()).isEqualTo(0);
          assertThat(i.message()).isEqualTo("values from 0 up to 1s (excluded) are in no band");
        });
  }

  @Test
  void durationBandsStartingOpenAtZeroLeaveZeroOut() {
    assertThat(messages(bands(Measure.DURATION, "(0, 2h]", "> 2h")))
        .containsExactly("the value 0 is in no band");
  }

  @Test
  void durationBandsMustEndAtInfinity() {
    assertThat(bands(Measure.DURATION, "<= 2h", "(2h, 24h]")).singleElement()
        .satisfies(i -> {
          assertThat(i.code()).isEqualTo("gap");
          assertThat(i.index()).isEqualTo(1);
          assertThat(i.message()).isEqualTo("values above 24h are in no band; end the last band with inf");
        });
  }

  @Test
  void durationBandsEndingOpenLeaveTheirLastValueOut() {
    assertThat(messages(bands(Measure.DURATION, "< 24h")))
        .containsExactly("values from 24h up are in no band; end the last band with inf");
  }

  @Test
  void aGapBetweenBandsNamesBoth() {
    assertThat(bands(Measure.DURATION, "<= 2h", "(3h, inf)")).singleElement()
        .satisfies(i -> {
          assertThat(i.code()).isEqualTo("gap");
          assertThat(i.message()).isEqualTo("values between band <= 2h and band > 3h are in no band");
        });
  }

  @Test
  void twoOpenEndsAtTheSameValueLeaveThatValueOut() {
    assertThat(messages(bands(Measure.DURATION, "< 2h", "> 2h")))
        .containsExactly("values between band < 2h and band > 2h are in no band");
  }

  @Test
  void twoClosedEndsAtTheSameValueOverlap() {
    assertThat(bands(Measure.DURATION, "<= 2h", "[2h, inf)")).singleElement()
        .satisfies(i -> {
          assertThat(i.code()).isEqualTo("overlap");
          assertThat(i.index()).isEqualTo(1);
          assertThat(i.message()).isEqualTo("band >= 2h overlaps band <= 2h");
        });
  }

  @Test
  void aBandInsideAnotherOverlapsIt() {
    assertThat(messages(bands(Measure.DURATION, "<= 24h", "[2h, 6h]", "> 24h")))
        .containsExactly("band [2h, 6h] overlaps band <= 24h");
  }

  @Test
  void twoBandsToInfinityOverlap() {
    assertThat(messages(bands(Measure.DURATION, "<= 2h", "> 2h", "> 6h")))
        .containsExactly("band > 6h overlaps band > 2h");
  }

  @Test
  void seedZeroFcrBandsCoverEveryPercent() {
    assertThat(bands(Measure.PERCENT, "< 60%", "[60%, 70%)", "[70%, 80%)", "[80%, 90%)", ">= 90%")).isEmpty();
  }

  @Test
  void percentBandsClosedAtBothEndsCoverZeroToOneHundred() {
    assertThat(bands(Measure.PERCENT, "[0%, 50%)", "[50%, 100%]")).isEmpty();
  }

  @Test
  void percentBandsMustReachOneHundredPercent() {
    assertThat(messages(bands(Measure.PERCENT, "[0%, 90%)")))
        .containsExactly("values from 90% up to 100% are in no band");
  }

  @Test
  void percentBandsMustIncludeOneHundredPercent() {
    assertThat(messages(bands(Measure.PERCENT, "[0%, 100%)"))).hasSize(1);
  }

  @Test
  void percentBandsMustStartAtZero() {
    assertThat(messages(bands(Measure.PERCENT, "[10%, 100%]")))
        .containsExactly("values from 0% up to 10% (excluded) are in no band");
  }

  @Test
  void numberBandsNeedNotReachAnyEnd() {
    assertThat(bands(Measure.NUMBER, "[1, 3)", "[3, 5]")).isEmpty();
  }

  // --- discrete measures ----------------------------------------------------------------

  @Test
  void countBandsMeetingAtConsecutiveWholeNumbersLeaveNoGap() {
    assertThat(bands(Measure.COUNT, "[0, 2]", "[3, inf)")).isEmpty();
  }

  @Test
  void countBandsOverlappingOnlyBetweenWholeNumbersDoNotOverlap() {
    assertThat(bands(Measure.COUNT, "[0, 3)", "(2, inf)")).isEmpty();
  }

  @Test
  void aMissingCountIsAGapNamingIt() {
    assertThat(bands(Measure.COUNT, "[0, 2]", "[4, inf)")).singleElement()
        .satisfies(i -> {
          assertThat(i.code()).isEqualTo("gap");
          assertThat(i.index()).isEqualTo(1);
          assertThat(i.message()).isEqualTo("the value 3 falls in no band");
        });
  }

  @Test
  void severalMissingCountsAreAGapNamingTheRange() {
    assertThat(messages(bands(Measure.COUNT, "[0, 2]", "[6, inf)")))
        .containsExactly("values from 3 to 5 fall in no band");
  }

  @Test
  void countBandsMustStartAtZero() {
    assertThat(messages(bands(Measure.COUNT, "[1, inf)")))
        .containsExactly("the value 0 falls in no band");
  }

  @Test
  void countBandsMustEndAtInfinity() {
    assertThat(messages(bands(Measure.COUNT, "[0, 5]")))
        .containsExactly("values from 6 up are in no band; end the last band with inf");
  }

  @Test
  void countBandsSharingAWholeNumberOverlap() {
    assertThat(bands(Measure.COUNT, "[0, 2]", "[2, inf)")).singleElement()
        .satisfies(i -> {
          assertThat(i.code()).isEqualTo("overlap");
          assertThat(i.message()).isEqualTo("band >= 2 overlaps band [0, 2]");
        });
  }

  @Test
  void levelBandsNeedNotReachAnyEnd() {
    assertThat(bands(Measure.LEVEL, "[1, 2]", "[3, 5]")).isEmpty();
  }

  // --- grades at the reported precision -------------------------------------------------

  /** Seed 003, qualitative score of 30: 优秀 25-30, 良好 18-24, 合格 12-17, 需改进 <12. */
  private static final String[] SEED_003_GRADES = {"[25, 30]", "[18, 24]", "[12, 17]", "[0, 12)"};

  @Test
  void seedThreeGradesLeaveNoGapAtPrecisionZero() {
    assertThat(grades(30, 0, SEED_003_GRADES)).isEmpty();
  }

  @Test
  void seedThreeGradesLeaveGapsAtPrecisionTwo() {
    assertThat(messages(grades(30, 2, SEED_003_GRADES))).containsExactly(
        "values from 17.01 to 17.99 (at 2 decimals) fall in no grade",
        "values from 24.01 to 24.99 (at 2 decimals) fall in no grade");
  }

  @Test
  void theGapIsReportedAgainstTheLaterGrade() {
    assertThat(grades(30, 2, SEED_003_GRADES)).extracting(Coverage.Issue::index).containsExactly(1, 0);
  }

  @Test
  void halfOpenGradesLeaveNoGapAtAnyPrecision() {
    assertThat(grades(5, 2, "[4.5, 5]", "[3.5, 4.5)", "[0, 3.5)")).isEmpty();
  }

  @Test
  void gradesMustReachTheTopOfTheScale() {
    assertThat(messages(grades(100, 0, "[0, 60)", "[60, 90)")))
        .containsExactly("values from 90 to 100 fall in no grade");
  }

  @Test
  void gradesMustStartAtZero() {
    assertThat(messages(grades(100, 0, "[60, 100]")))
        .containsExactly("values from 0 to 59 fall in no grade");
  }

  @Test
  void gradesOverlappingAtAReportedValueAreReported() {
    assertThat(messages(grades(100, 0, "[0, 60]", "[60, 100]")))
        .containsExactly("grade [60, 100] overlaps grade [0, 60]");
  }

  @Test
  void aGradeHoldingNoReportedValueIsEmpty() {
    assertThat(grades(100, 0, "[0, 60)", "(60, 61)", "[60, 100]")).anySatisfy(i -> {
      assertThat(i.code()).isEqualTo("empty");
      assertThat(i.index()).isEqualTo(1);
      assertThat(i.message()).isEqualTo("grade (60, 61) holds no value that can occur");
    });
  }

  @Test
  void aGradeHoldingNoValueAtTwoDecimalsSaysSo() {
    assertThat(messages(grades(100, 2, "[0, 60)", "[60.001, 60.009]", "[60, 100]")))
        .contains("grade [60.001, 60.009] holds no value that can occur at 2 decimals");
  }

  @Test
  void noIntervalsHaveNoIssues() {
    assertThat(bands(Measure.DURATION)).isEmpty();
  }
}
