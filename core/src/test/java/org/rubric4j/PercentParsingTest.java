package org.rubric4j;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Percents as docs/rubric-format.md ("Values") writes them: {@code 85%}, {@code 12.5%}, or a fraction in [0, 1]. */
class PercentParsingTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvFileSource(resources = "percents.csv")
  void everyWrittenFormReadsAsAFractionOfOne(String text, BigDecimal fraction, String canonical) {
    assertThat(Measure.PERCENT.parse(text).amount()).isEqualByComparingTo(fraction);
  }

  @ParameterizedTest(name = "{0} is written back as {2}")
  @CsvFileSource(resources = "percents.csv")
  void everyPercentIsWrittenWithAPercentSign(String text, BigDecimal fraction, String canonical) {
    assertThat(Measure.PERCENT.parse(text)).hasToString(canonical);
  }

  @Test
  void eightyFivePercentEqualsTheFractionPointEightFive() {
    assertThat(Quantity.percent("85%")).isEqualTo(Quantity.percent("0.85"));
  }

  @Test
  void aBareNumberAboveOneIsAnErrorSuggestingAPercentSign() {
    assertThatThrownBy(() -> Measure.PERCENT.parse("85"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"85\" is not a percent")
        .hasMessageContaining("write 85%");
  }

  @ParameterizedTest
  @ValueSource(strings = {"101%", "100.01%", "250%"})
  void aPercentAboveOneHundredIsAnErrorNamingIt(String text) {
    assertThatThrownBy(() -> Measure.PERCENT.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"" + text + "\" is above 100%");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1%", "-0.5", "-0.01%"})
  void aNegativePercentIsAnErrorNamingIt(String text) {
    assertThatThrownBy(() -> Measure.PERCENT.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"" + text + "\" is negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "85%%", "%", "eighty%", ".5", "1e-1", "NaN"})
  void aTextThatIsNoPercentIsAnErrorNamingIt(String text) {
    assertThatThrownBy(() -> Measure.PERCENT.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"" + text + "\" is not a percent")
        .hasMessageContaining("85%, 12.5% or a fraction in [0, 1]");
  }

  @Test
  void anEmptyTextIsAnError() {
    assertThatThrownBy(() -> Measure.PERCENT.parse(""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("empty percent");
  }

  @Test
  void aQuantityAboveOneHundredPercentCannotBeBuilt() {
    assertThatThrownBy(() -> Quantity.of(Measure.PERCENT, new BigDecimal("1.01")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a percent must lie in [0%, 100%], was 1.01");
  }
}
