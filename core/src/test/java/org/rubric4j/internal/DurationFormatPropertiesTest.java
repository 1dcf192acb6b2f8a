package org.rubric4j.internal;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.rubric4j.Measure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole seconds are written in longs; any other amount through BigDecimal. The same amount
 * written with a decimal place (7200.0) takes the second way, so the two must agree.
 */
class DurationFormatPropertiesTest {

  @Property(tries = 2000)
  void wholeSecondsAreWrittenAsTheGeneralFormWritesThem(@ForAll @LongRange(min = 1, max = 400_000_000L) long seconds) {
    BigDecimal whole = BigDecimal.valueOf(seconds);
    assertThat(ValueText.format(Measure.DURATION, whole))
        .isEqualTo(ValueText.format(Measure.DURATION, whole.setScale(1)));
  }

  /** Whole days, one day ("24h", not "1d") included, and a few seconds either side of them. */
  @Property(tries = 500)
  void daysAgreeToo(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long days,
      @ForAll @LongRange(min = -2, max = 2) long offset) {
    BigDecimal whole = BigDecimal.valueOf(days * 86_400 + offset);
    assertThat(ValueText.format(Measure.DURATION, whole))
        .isEqualTo(ValueText.format(Measure.DURATION, whole.setScale(1)));
    if (offset == 0) {
      assertThat(ValueText.format(Measure.DURATION, whole)).isEqualTo(days == 1 ? "24h" : days + "d");
    }
  }
}
