package org.rubric4j.internal;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An exact running sum of decimals that stays in a long while it can: the pending part is
 * {@code digits × 10^-scale}, and whatever would overflow it spills into a BigDecimal. Adding
 * millions of scores allocates next to nothing, and the sum is the same as adding
 * BigDecimals. Mutable and not thread-safe; serialisable for aggregates shipped between
 * workers.
 */
public final class ExactSum implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Scales beyond this are added to the spilled part directly. */
  private static final int MAX_SCALE = DecimalLongs.MAX_POWER;


  private BigDecimal spilled = BigDecimal.ZERO;
  private long digits;
  private int scale;

  /** Adds {@code value}. */
  public void add(BigDecimal value) {
    int s = value.scale();
    if (s < 0 || s > MAX_SCALE || value.precision() > 18) {
      spilled = spilled.add(value);
      return;
    }
    addDigits(DecimalLongs.unscaled(value), s);
  }

  /** Adds {@code value × value}, exactly. */
  public void addSquareOf(BigDecimal value) {
    int s = value.scale();
    if (s < 0 || 2 * s > MAX_SCALE || value.precision() > 9) {
      spilled = spilled.add(value.multiply(value));
      return;
    }
    long d = DecimalLongs.unscaled(value);
    addDigits(d * d, 2 * s); // at most 9 digits squared: fits
  }

  /** Adds everything {@code other} holds. */
  public void add(ExactSum other) {
    spilled = spilled.add(other.spilled);
    addDigits(other.digits, other.scale);
  }

  /** The sum so far. */
  public BigDecimal value() {
    return spilled.add(BigDecimal.valueOf(digits, scale));
  }

  private void addDigits(long d, int s) {
    try {
      long pending = digits;
      long added = d;
      int common = Math.max(scale, s);
      pending = Math.multiplyExact(pending, DecimalLongs.tenTo(common - scale));
      added = Math.multiplyExact(added, DecimalLongs.tenTo(common - s));
      digits = Math.addExact(pending, added);
      scale = common;
    } catch (ArithmeticException overflow) {
      // The fields change only when every step fits, so they still hold the pending part.
      spilled = spilled.add(BigDecimal.valueOf(digits, scale)).add(BigDecimal.valueOf(d, s));
      digits = 0;
      scale = 0;
    }
  }
}
