package org.rubric4j;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Numbers, counts, levels, flags and n/a (docs/rubric-format.md, "Values"), as they arrive through
 * {@link Value#parse} and are read with the indicator's measure.
 */
class ValueParsingTest {

  private static Quantity read(String text, Measure measure) {
    return ((Value.Text) Value.parse(text)).readAs(measure);
  }

  @ParameterizedTest
  @ValueSource(strings = {"n/a", "N/A", " n/a ", "N/a"})
  void notApplicableIsWrittenNSlashAInAnyCase(String text) {
    assertThat(Value.parse(text)).isSameAs(Value.notApplicable());
  }

  @Test
  void notApplicableIsWrittenBackAsNSlashA() {
    assertThat(Value.notApplicable()).hasToString("n/a");
  }

  @Test
  void anyOtherTextWaitsForTheIndicatorsMeasure() {
    assertThat(Value.parse("4h")).isEqualTo(new Value.Text("4h"));
  }

  @Test
  void textIsReadExactlyAsTheMeasureReadsIt() {
    assertThat(read("4h", Measure.DURATION)).isEqualTo(Quantity.of(java.time.Duration.ofHours(4)));
  }

  @Test
  void theSameTextMeansWhatTheMeasureSays() {
    assertThat(read("1", Measure.PERCENT)).isEqualTo(Quantity.percent("100%"));
    assertThat(read("1", Measure.COUNT)).isEqualTo(Quantity.count(1));
  }

  @Test
  void aNumberIsAnExactDecimal() {
    assertThat(read("4.5", Measure.NUMBER)).isEqualTo(Quantity.number(new BigDecimal("4.50")));
  }

  @Test
  void aNumberMayBeNegative() {
    assertThat(read("-2", Measure.NUMBER).amount()).isEqualByComparingTo("-2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "4,5", "1e3", ".5", "+5", "five"})
  void aNumberThatIsNotAPlainDecimalIsAnErrorNamingIt(String text) {
    assertThatThrownBy(() -> read(text, Measure.NUMBER))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"" + text + "\" is not a number; write a decimal number such as 4.5");
  }

  @Test
  void aCountIsANonNegativeWholeNumber() {
    assertThat(read("3", Measure.COUNT)).isEqualTo(Quantity.count(3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "2.5", "three", "1e2"})
  void aCountThatIsNotANonNegativeWholeNumberIsAnErrorNamingIt(String text) {
    assertThatThrownBy(() -> read(text, Measure.COUNT))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"" + text + "\" is not a count; write a non-negative whole number such as 3");
  }

  @Test
  void aLevelIsAWholeNumber() {
    assertThat(read("5", Measure.LEVEL)).isEqualTo(Quantity.level(5));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4.5", "five", "5/5"})
  void aLevelThatIsNotAWholeNumberIsAnErrorNamingIt(String text) {
    assertThatThrownBy(() -> read(text, Measure.LEVEL))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"" + text + "\" is not a level; write a whole number among the declared levels");
  }

  @Test
  void aFlagIsTrueOrFalse() {
    assertThat(read("true", Measure.FLAG)).isEqualTo(Quantity.flag(true));
    assertThat(read("false", Measure.FLAG)).isEqualTo(Quantity.flag(false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "on", "off", "y", "n", "1", "0"})
  void yamlOneOneSpellingsAreNotFlags(String text) {
    assertThatThrownBy(() -> read(text, Measure.FLAG))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("\"" + text + "\" is not a flag; write true or false");
  }

  @Test
  void flagsAreWrittenBackAsTrueAndFalse() {
    assertThat(Quantity.flag(true)).hasToString("true");
    assertThat(Quantity.flag(false)).hasToString("false");
  }

  @Test
  void anUnknownMeasureKeyIsAnErrorListingTheKnownOnes() {
    assertThatThrownBy(() -> Measure.ofKey("seconds"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("unknown measure \"seconds\"; expected one of duration, percent, number, count, level, flag");
  }

  @Test
  void aCountQuantityCannotBeNegative() {
    assertThatThrownBy(() -> Quantity.count(-1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a count is a non-negative whole number, was -1");
  }

  @Test
  void aFlagQuantityIsZeroOrOne() {
    assertThatThrownBy(() -> Quantity.of(Measure.FLAG, BigDecimal.valueOf(2)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a flag is true or false, was 2");
  }
}
