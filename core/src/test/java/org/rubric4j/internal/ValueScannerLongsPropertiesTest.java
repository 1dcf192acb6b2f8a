package org.rubric4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The scanners' long forms read what their decimal forms read, without allocating. */
class ValueScannerLongsPropertiesTest {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789dhms.%-").ofMaxLength(12),
        Arbitraries.strings().withChars("09.%-").ofMaxLength(25),
        Arbitraries.integers().between(0, 100_000).map(k -> k / 1000 + "." + k % 1000 + "%"));
  }

  @Property(tries = 3000)
  void wholeUnitSecondsIsTheDurationsSeconds(@ForAll("texts") String text) {
    BigDecimal decimal = ValueScanner.wholeUnitDuration(text);
    long seconds = ValueScanner.wholeUnitSeconds(text);
    if (decimal == null) {
      assertThat(seconds).isEqualTo(-1);
    } else {
      assertThat(BigDecimal.valueOf(seconds)).isEqualByComparingTo(decimal);
    }
  }

  @Property(tries = 3000)
  void aPackedPercentIsThePercentsDigitsSignAndScale(@ForAll("texts") String text) {
    BigDecimal decimal = ValueScanner.percentWithSign(text);
    long packed = ValueScanner.percentWithSignPacked(text);
    if (decimal == null) {
      assertThat(packed).isEqualTo(-1);
      return;
    }
    long digits = ValueScanner.digits(packed);
    BigDecimal unpacked = BigDecimal.valueOf(ValueScanner.negative(packed) ? -digits : digits, ValueScanner.scale(packed));
    assertThat(unpacked).isEqualTo(decimal);
    assertThat(decimal.signum() == 0 || decimal.stripTrailingZeros().scale() == decimal.scale()).isTrue();
  }

  @Test
  void theLargestReadableAmountsFitThePacking() {
    long packed = ValueScanner.percentWithSignPacked("-99999999999999999.%".replace(".", ""));
    assertThat(ValueScanner.negative(packed)).isTrue();
    assertThat(ValueScanner.digits(packed)).isEqualTo(99_999_999_999_999_999L);
    assertThat(ValueScanner.scale(packed)).isEqualTo(2);
    long small = ValueScanner.percentWithSignPacked("0.0000000000000001%");
    assertThat(ValueScanner.digits(small)).isEqualTo(1);
    assertThat(ValueScanner.scale(small)).isEqualTo(18);
    assertThat(ValueScanner.wholeUnitSeconds("999999999999d")).isEqualTo(999_999_999_999L * 86_400);
  }
}
