package org.rubric4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The factories' shortcuts (shared small levels and counts, whole-second durations) give what the constructor gives. */
class QuantityFactoriesPropertiesTest {

  @Property
  void aLevelIsTheQuantityOfItsNumber(@ForAll @IntRange(min = -300, max = 300) int level) {
    Quantity q = Quantity.level(level);
    assertThat(q).isEqualTo(new Quantity(Measure.LEVEL, BigDecimal.valueOf(level)));
    assertThat(q.amount().scale()).isZero();
    assertThat(q.toString()).isEqualTo(Integer.toString(level));
  }

  @Property
  void aCountIsTheQuantityOfItsNumber(@ForAll @LongRange(min = 0, max = 1_000) long count) {
    Quantity q = Quantity.count(count);
    assertThat(q).isEqualTo(new Quantity(Measure.COUNT, BigDecimal.valueOf(count)));
    assertThat(q.toString()).isEqualTo(Long.toString(count));
  }

  @Property
  void aDurationIsItsSecondsAndNanoseconds(@ForAll @LongRange(min = 0, max = 10_000_000) long seconds,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos, @ForAll boolean whole) {
    Duration d = Duration.ofSeconds(seconds, whole ? 0 : nanos);
    BigDecimal expected = new BigDecimal(d.getSeconds()).add(new BigDecimal(d.getNano()).movePointLeft(9));
    assertThat(Quantity.of(d).amount()).isEqualByComparingTo(expected);
    assertThat(Quantity.of(d)).isEqualTo(Quantity.of(Measure.DURATION, expected));
  }

  @Test
  void aNegativeCountIsStillRefused() {
    assertThatThrownBy(() -> Quantity.count(-1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("a count is a non-negative whole number");
    assertThatThrownBy(() -> Quantity.of(Duration.ofSeconds(-1))).isInstanceOf(InvalidValueException.class);
  }
}
