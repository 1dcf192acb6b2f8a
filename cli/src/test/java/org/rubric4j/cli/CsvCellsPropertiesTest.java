package org.rubric4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The CSV sink's shortcuts write what {@link CsvSink#quote} writes. */
class CsvCellsPropertiesTest {

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings().withChars("ab1-=+@\t\r\n,\". 9").ofMaxLength(8);
  }

  @Property(tries = 3000)
  void aCellThatNeedsNothingIsWrittenAsItIs(@ForAll("cells") String cell) {
    if (CsvSink.needsNothing(cell)) {
      assertThat(CsvSink.quote(cell)).isEqualTo(cell);
    }
    if (!CsvSink.quote(cell).equals(cell)) {
      assertThat(CsvSink.needsNothing(cell)).isFalse(); // what quote() changes is never written as it is
    }
  }

  @Property(tries = 3000)
  void aPlainDecimalIsNeverQuotedNorGuarded(@ForAll long unscaled, @ForAll("scales") int scale) {
    String plain = BigDecimal.valueOf(unscaled, scale).toPlainString();
    assertThat(CsvSink.quote(plain)).isEqualTo(plain);
  }

  @Provide
  Arbitrary<Integer> scales() {
    return Arbitraries.integers().between(-3, 12);
  }
}
