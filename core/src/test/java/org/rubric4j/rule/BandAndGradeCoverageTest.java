package org.rubric4j.rule;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.rubric4j.BandsBuilder;
import org.rubric4j.Measure;
import org.rubric4j.Problem;
import org.rubric4j.Rubric;
import org.rubric4j.RubricBuilder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bands cover their measure's domain and grades the scale at the rubric's precision, exactly
 * once: every gap and overlap is named with the values concerned, whatever the declared order.
 */
class BandAndGradeCoverageTest {

  private static List<String> bandErrors(Measure m, Consumer<BandsBuilder> bands) {
    return Rubric.builder("r").dimension("d", d -> d.indicator("i", i -> bands.accept(i.bands(m))))
        .lint().stream().filter(Problem::isError).map(p -> p.path() + ": " + p.message()).toList();
  }

  private static List<String> gradeErrors(int precision, String... ranges) {
    RubricBuilder b = Rubric.builder("r").scale(10).precision(precision)
        .dimension("d", d -> d.indicator("i", i -> i.levels().level(1)));
    for (int k = 0; k < ranges.length; k++) {
      String range = ranges[k];
      b.grade("g" + k, g -> g.range(range));
    }
    return b.lint().stream().filter(Problem::isError).map(p -> p.path() + ": " + p.message()).toList();
  }

  private static final String AT = "dimensions[0].indicators[0].bands";

  @Test
  void bandsDeclaredInAnyOrderCoverTheDomain() {
    assertThat(bandErrors(Measure.DURATION, b -> b.band(1, "> 24h").band(3, "(2h, 24h]").band(5, "<= 2h"))).isEmpty();
    assertThat(bandErrors(Measure.COUNT, b -> b.band(1, ">= 3").band(3, "[1, 2]").band(5, "[0, 0]"))).isEmpty();
    assertThat(bandErrors(Measure.PERCENT, b -> b.band(2, "[50%, 100%]").band(1, "[0%, 50%)"))).isEmpty();
  }

  @Test
  void aPercentBandRuleMustStartAtZeroAndReachAHundred() {
    assertThat(bandErrors(Measure.PERCENT, b -> b.band(1, "(0%, 50%)").band(2, "[50%, 90%]"))).containsExactly(
        AT + "[0]: the value 0% is in no band", AT + "[1]: values from 90% up to 100% are in no band");
    assertThat(bandErrors(Measure.PERCENT, b -> b.band(1, "[10%, 100%]")))
        .containsExactly(AT + "[0]: values from 0% up to 10% (excluded) are in no band");
    assertThat(bandErrors(Measure.PERCENT, b -> b.band(1, "(10%, 100%]")))
        .containsExactly(AT + "[0]: values from 0% up to 10% (included) are in no band");
  }

  @Test
  void bandsThatMeetAtAnOpenEndLeaveThatValueOut() {
    assertThat(bandErrors(Measure.NUMBER, b -> b.band(1, "[0, 1)").band(2, "(1, 2]")))
        .containsExactly(AT + "[1]: values between band [0, 1) and band (1, 2] are in no band");
    assertThat(bandErrors(Measure.NUMBER, b -> b.band(1, "[0, 1]").band(2, "(1, 2]"))).isEmpty();
    assertThat(bandErrors(Measure.NUMBER, b -> b.band(1, "[0, 1)").band(2, "[1, 2]"))).isEmpty();
    assertThat(bandErrors(Measure.NUMBER, b -> b.band(1, "[0, 1]").band(2, "[1, 2]")))
        .containsExactly(AT + "[1]: band [1, 2] overlaps band [0, 1]");
  }

  @Test
  void aBandAfterAnUnboundedOneOverlapsIt() {
    assertThat(bandErrors(Measure.NUMBER, b -> b.band(1, ">= 0").band(2, "[5, 6]")))
        .containsExactly(AT + "[1]: band [5, 6] overlaps band >= 0");
    assertThat(bandErrors(Measure.NUMBER, b -> b.band(1, "<= 0").band(2, "< 5")))
        .containsExactly(AT + "[1]: band < 5 overlaps band <= 0");
  }

  @Test
  void aBandThatEndsInsideTheOneBeforeDoesNotMoveTheReach() {
    assertThat(bandErrors(Measure.NUMBER, b -> b.band(1, "[0, 10]").band(2, "[2, 3]").band(3, "(10, 20]")))
        .containsExactly(AT + "[1]: band [2, 3] overlaps band [0, 10]");
    assertThat(bandErrors(Measure.NUMBER, b -> b.band(1, "[0, 10)").band(2, "[0, 10]").band(3, "(10, 20]")))
        .containsExactly(AT + "[1]: band [0, 10] overlaps band [0, 10)");
  }

  @Test
  void aCountBandRuleMustEndWithInfinityAndLeaveNoWholeNumberOut() {
    assertThat(bandErrors(Measure.COUNT, b -> b.band(1, "[0, 2]").band(2, "[4, 6]"))).containsExactly(
        AT + "[1]: the value 3 falls in no band",
        AT + "[1]: values from 7 up are in no band; end the last band with inf");
    assertThat(bandErrors(Measure.COUNT, b -> b.band(1, "[0, 2]").band(2, "[5, inf)")))
        .containsExactly(AT + "[1]: values from 3 to 4 fall in no band");
    assertThat(bandErrors(Measure.COUNT, b -> b.band(1, "[1, 2]").band(2, "> 2")))
        .containsExactly(AT + "[0]: the value 0 falls in no band");
    assertThat(bandErrors(Measure.COUNT, b -> b.band(1, "[0, 2]").band(2, "(2, 3)").band(3, ">= 3")))
        .containsExactly(AT + "[1].range: interval (2, 3) holds no count: a count is a whole number from 0 up");
  }

  @Test
  void levelBandsNeedNoEndsButNoGapsOrOverlaps() {
    assertThat(bandErrors(Measure.LEVEL, b -> b.band(1, "[1, 2]").band(3, "[3, 5]"))).isEmpty();
    assertThat(bandErrors(Measure.LEVEL, b -> b.band(1, "<= 2").band(3, "[2, 5]")))
        .containsExactly(AT + "[1]: band [2, 5] overlaps band <= 2");
    assertThat(bandErrors(Measure.LEVEL, b -> b.band(1, "[1, 2]").band(2, "> 0")))
        .containsExactly(AT + "[1]: band > 0 overlaps band [1, 2]");
    assertThat(bandErrors(Measure.LEVEL, b -> b.band(1, ">= 1").band(2, ">= 5")))
        .containsExactly(AT + "[1]: band >= 5 overlaps band >= 1");
  }

  @Test
  void gradesNeedOnlyCoverTheValuesAPersonCanSeeAtThePrecision() {
    assertThat(gradeErrors(0, "[0, 5]", "[6, 10]")).isEmpty();
    assertThat(gradeErrors(1, "[0, 5]", "[6, 10]")).containsExactly(
        "grades[1]: values from 5.1 to 5.9 (at 1 decimals) fall in no grade");
    assertThat(gradeErrors(1, "[0, 5]", "[5.2, 10]")).containsExactly(
        "grades[1]: the value 5.1 (at 1 decimals) falls in no grade");
    assertThat(gradeErrors(1, "[0, 5]", "(5, 5.05)", "[5.1, 10]")).containsExactly(
        "grades[1]: grade (5, 5.05) holds no value that can occur at 1 decimals");
    assertThat(gradeErrors(0, "[0, 5]", "[5, 10]")).containsExactly("grades[1]: grade [5, 10] overlaps grade [0, 5]");
    assertThat(gradeErrors(0, "[0, 5]", "[6, 9]")).containsExactly("grades[1]: values from 10 to 10 fall in no grade");
    assertThat(gradeErrors(0, "[1, 10]")).containsExactly("grades[0]: the value 0 falls in no grade");
    assertThat(gradeErrors(2, "[6, 10]", "[0, 6)")).isEmpty();
  }
}
