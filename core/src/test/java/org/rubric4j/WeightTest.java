package org.rubric4j;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A weight is an exact fraction in (0, 1], written {@code 20%} or {@code 0.2}. */
class WeightTest {

  @ParameterizedTest(name = "{0} is the fraction {1}")
  @CsvSource({"20%, 0.2", "0.2, 0.2", "12.5%, 0.125", "100%, 1", "1, 1", "0.01%, 0.0001", "33.33%, 0.3333"})
  void aWeightIsReadAsAnExactFraction(String text, BigDecimal fraction) {
    assertThat(Weight.parse(text).fraction()).isEqualByComparingTo(fraction);
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({"0.2, 20%", "20%, 20%", "0.125, 12.5%", "1, 100%"})
  void aWeightIsWrittenAsAPercent(String text, String written) {
    assertThat(Weight.parse(text)).hasToString(written);
  }

  @Test
  void equalWeightsWrittenDifferentlyAreEqual() {
    assertThat(Weight.parse("20%"))
        .isEqualTo(Weight.parse("0.2"))
        .isEqualTo(Weight.parse("0.20"))
        .isEqualTo(Weight.ofPercent(20))
        .isEqualTo(Weight.of(new BigDecimal("0.200")));
  }

  @Test
  void weightsAreOrderedByTheirFraction() {
    assertThat(Weight.parse("15%")).isLessThan(Weight.parse("20%"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0%", "0.0"})
  void aZeroWeightIsAnErrorNamingIt(String text) {
    assertThatThrownBy(() -> Weight.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("weight must be in (0, 100%], was " + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"120%", "100.5%"})
  void aWeightAboveOneHundredPercentIsAnErrorNamingIt(String text) {
    assertThatThrownBy(() -> Weight.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("weight must be in (0, 100%], was " + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5%", "-0.2"})
  void aNegativeWeightIsAnErrorNamingIt(String text) {
    assertThatThrownBy(() -> Weight.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("weight must be in (0, 100%], was " + text);
  }

  @Test
  void aBareNumberAboveOneIsAnErrorSuggestingAPercentSign() {
    assertThatThrownBy(() -> Weight.parse("20"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"20\" is not a weight")
        .hasMessageContaining("write 20%");
  }

  @Test
  void aTextThatIsNoWeightIsAnErrorNamingIt() {
    assertThatThrownBy(() -> Weight.parse("heavy"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"heavy\" is not a weight");
  }

  @Test
  void aFractionAboveOneCannotBeAWeight() {
    assertThatThrownBy(() -> Weight.of(new BigDecimal("1.2")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("weight must be in (0, 100%], was 120%");
  }

  @Test
  void aZeroPercentCannotBeAWeight() {
    assertThatThrownBy(() -> Weight.ofPercent(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("weight must be in (0, 100%], was 0%");
  }
}
