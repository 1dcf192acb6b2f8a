package org.rubric4j;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Durations as docs/rubric-format.md ("Values") writes them: {@code 30s}, {@code 1d12h}, {@code PT2H}, {@code 0}. */
class DurationParsingTest {

  @ParameterizedTest(name = "{0} is {1} s")
  @CsvFileSource(resources = "durations.csv")
  void everyWrittenFormReadsAsItsSeconds(String text, BigDecimal seconds, String canonical) {
    assertThat(Measure.DURATION.parse(text).amount()).isEqualByComparingTo(seconds);
  }

  @ParameterizedTest(name = "{0} is written back as {2}")
  @CsvFileSource(resources = "durations.csv")
  void everyDurationIsWrittenInItsCanonicalForm(String text, BigDecimal seconds, String canonical) {
    assertThat(Measure.DURATION.parse(text)).hasToString(canonical);
  }

  @Test
  void equalDurationsWrittenDifferentlyAreEqual() {
    assertThat(Measure.DURATION.parse("2h"))
        .isEqualTo(Measure.DURATION.parse("120m"))
        .isEqualTo(Measure.DURATION.parse("PT2H"))
        .isEqualTo(Quantity.of(Duration.ofHours(2)));
  }

  @Test
  void aDayIsTwentyFourHours() {
    assertThat(Measure.DURATION.parse("1d")).isEqualTo(Measure.DURATION.parse("24h"));
  }

  @Test
  void zeroNeedsNoUnit() {
    assertThat(Measure.DURATION.parse("0").amount()).isEqualByComparingTo("0");
  }

  @Test
  void surroundingSpacesAreIgnored() {
    assertThat(Measure.DURATION.parse(" 2h ")).isEqualTo(Measure.DURATION.parse("2h"));
  }

  @Test
  void aJavaDurationIsExactToTheNanosecond() {
    assertThat(Quantity.of(Duration.ofSeconds(1, 1)).amount()).isEqualByComparingTo("1.000000001");
  }

  @Test
  void aVeryLongDurationIsWrittenWithoutOverflow() {
    Quantity huge = Measure.DURATION.parse("99999999999999999999h");

    assertThat(Measure.DURATION.parse(huge.toString())).isEqualTo(huge);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5s", "-1h", "-PT2H", "PT-2H"})
  void aNegativeDurationIsAnErrorNamingIt(String text) {
    assertThatThrownBy(() -> Measure.DURATION.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"" + text + "\"")
        .hasMessageContaining("a duration cannot be negative");
  }

  @Test
  void aNegativeJavaDurationIsAnErrorNamingIt() {
    assertThatThrownBy(() -> Quantity.of(Duration.ofSeconds(-5)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("a duration cannot be negative, was -5");
  }

  @Test
  void aNumberWithoutUnitSuggestsSecondsMinutesAndHours() {
    assertThatThrownBy(() -> Measure.DURATION.parse("2"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"2\" has no unit; write 2s, 2m or 2h");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2 hours", "2hours", "2h 30m", "30m2h", "1.h", "2H", "two hours", "1w"})
  void aFormOutsideTheFormatIsAnErrorNamingItAndShowingTheForms(String text) {
    assertThatThrownBy(() -> Measure.DURATION.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"" + text + "\" is not a duration")
        .hasMessageContaining("30s, 90m, 2h, 1d12h, 1.5h or PT2H");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"PT0.5H, 1800", "PT1.5M, 90", "P0.5D, 43200", "P1DT0.25H, 87300",
      "pt0.5h, 1800", "PT0.5H30M, 3600"})
  void anIsoDurationWithAFractionOnAnyUnitReadsExactly(String text, long seconds) {
    assertThat(Measure.DURATION.parse(text).amount()).isEqualByComparingTo(BigDecimal.valueOf(seconds));
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1W", "P1Y", "PT", "PTXH", "P", "PT0.5", "P.5D"})
  void anIsoFormJavaCannotReadIsAnErrorNamingIt(String text) {
    assertThatThrownBy(() -> Measure.DURATION.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"" + text + "\" is not an ISO-8601 duration");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void anEmptyTextIsAnError(String text) {
    assertThatThrownBy(() -> Measure.DURATION.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("empty duration");
  }

  @Test
  void anOverLongTextIsRefusedNamingItsBeginning() {
    String text = "1".repeat(100) + "s";

    assertThatThrownBy(() -> Measure.DURATION.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("longer than 64 characters")
        .hasMessageContaining("1".repeat(20));
  }

  @Test
  void theErrorKeepsTheOffendingText() {
    assertThatThrownBy(() -> Measure.DURATION.parse("2 hours"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.text()).isEqualTo("2 hours"));
  }
}
