package org.rubric4j.internal;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The long forms of decimals, and where they give up rather than overflow. */
class DecimalLongsTest {

  @Test
  void digitsOfADecimal() {
    assertThat(DecimalLongs.unscaled(new BigDecimal("0.85"))).isEqualTo(85);
    assertThat(DecimalLongs.unscaled(new BigDecimal("-7200"))).isEqualTo(-7200);
    assertThat(DecimalLongs.unscaled(new BigDecimal("123456789012345678"))).isEqualTo(123456789012345678L);
    assertThat(DecimalLongs.unscaled(new BigDecimal("1234567890123456789"))).isEqualTo(DecimalLongs.NONE);
  }

  @Test
  void scaledIsWholeOrNothing() {
    assertThat(DecimalLongs.scaled(new BigDecimal("0.85"), 2)).isEqualTo(85);
    assertThat(DecimalLongs.scaled(new BigDecimal("0.85"), 4)).isEqualTo(8500);
    assertThat(DecimalLongs.scaled(new BigDecimal("0.855"), 2)).isEqualTo(DecimalLongs.NONE);
    assertThat(DecimalLongs.scaled(new BigDecimal("1E+20"), 0)).isEqualTo(DecimalLongs.NONE);
  }

  @Test
  void raisingStopsAtTheEdgeOfLong() {
    assertThat(DecimalLongs.raise(92, 17)).isEqualTo(9_200_000_000_000_000_000L);
    assertThat(DecimalLongs.raise(93, 17)).isEqualTo(DecimalLongs.NONE);
    assertThat(DecimalLongs.raise(-92, 17)).isEqualTo(-9_200_000_000_000_000_000L);
    assertThat(DecimalLongs.raise(1, 19)).isEqualTo(DecimalLongs.NONE);
    assertThat(DecimalLongs.raise(1, -1)).isEqualTo(DecimalLongs.NONE);
    assertThat(DecimalLongs.raise(DecimalLongs.NONE, 0)).isEqualTo(DecimalLongs.NONE);
    assertThat(DecimalLongs.tenTo(DecimalLongs.MAX_POWER)).isEqualTo(1_000_000_000_000_000_000L);
  }
}
