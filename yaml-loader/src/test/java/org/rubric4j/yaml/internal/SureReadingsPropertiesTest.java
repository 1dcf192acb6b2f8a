package org.rubric4j.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.rubric4j.Measure;

/** The reader skips the full check of a band rule's value only for texts the full reader reads too. */
class SureReadingsPropertiesTest {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789dhms.%- ").ofMaxLength(10),
        Arbitraries.integers().between(0, 120_000).map(k -> k / 1000 + "." + k % 1000 + "%"));
  }

  @Property(tries = 4000)
  void whatReadsSurelyIsReadByTheMeasure(@ForAll("texts") String text) {
    for (Measure measure : new Measure[] {Measure.DURATION, Measure.PERCENT}) {
      if (ObservationChecks.readsSurely(measure, text)) {
        assertThatCode(() -> measure.parse(text)).doesNotThrowAnyException();
      }
    }
  }

  @Test
  void outOfItsDomainOrOtherMeasuresTheFullReaderDecides() {
    assertThat(ObservationChecks.readsSurely(Measure.PERCENT, "88.4%")).isTrue();
    assertThat(ObservationChecks.readsSurely(Measure.PERCENT, "100%")).isTrue();
    assertThat(ObservationChecks.readsSurely(Measure.PERCENT, "100.1%")).isFalse();
    assertThat(ObservationChecks.readsSurely(Measure.PERCENT, "-1%")).isFalse();
    assertThat(ObservationChecks.readsSurely(Measure.DURATION, "1h45m53s")).isTrue();
    assertThat(ObservationChecks.readsSurely(Measure.DURATION, "-1h")).isFalse();
    assertThat(ObservationChecks.readsSurely(Measure.DURATION, "1h ")).isFalse();
    assertThat(ObservationChecks.readsSurely(Measure.NUMBER, "5")).isFalse();
  }
}
