package org.rubric4j;

import java.math.BigDecimal;
import java.util.Objects;
import org.rubric4j.internal.ValueText;

/**
 * One end of an {@link Interval}: inclusive, exclusive, or unbounded.
 *
 * <p>Amounts are canonical (see {@link Quantity}), so equal bounds are {@code equals}.
 */
public sealed interface Bound permits Bound.Inclusive, Bound.Exclusive, Bound.Unbounded {

  /** An inclusive bound at {@code amount}: {@code [} or {@code ]}, {@code <=}, {@code >=}. */
  static Bound inclusive(BigDecimal amount) {
    return new Inclusive(amount);
  }

  /** An exclusive bound at {@code amount}: {@code (} or {@code )}, {@code <}, {@code >}. */
  static Bound exclusive(BigDecimal amount) {
    return new Exclusive(amount);
  }

  /** No bound on this side: {@code inf}. */
  static Bound unbounded() {
    return Unbounded.INSTANCE;
  }

  /** Whether {@code amount} satisfies this bound as the lower end of an interval. */
  boolean admitsAsLower(BigDecimal amount);

  /** Whether {@code amount} satisfies this bound as the upper end of an interval. */
  boolean admitsAsUpper(BigDecimal amount);

  /** The bound's amount in canonical units, or null when unbounded. */
  BigDecimal amountOrNull();

  /** Whether this is an inclusive bound. */
  default boolean isInclusive() {
    return this instanceof Inclusive;
  }

  /** Whether this side is unbounded. */
  default boolean isUnbounded() {
    return this instanceof Unbounded;
  }

  /**
   * An inclusive bound.
   *
   * @param amount the bound's amount in canonical units
   */
  record Inclusive(BigDecimal amount) implements Bound {
    /** Makes the amount canonical. */
    public Inclusive {
      amount = ValueText.canonical(Objects.requireNonNull(amount, "amount"));
    }

    @Override
    public boolean admitsAsLower(BigDecimal value) {
      return value.compareTo(amount) >= 0;
    }

    @Override
    public boolean admitsAsUpper(BigDecimal value) {
      return value.compareTo(amount) <= 0;
    }

    @Override
    public BigDecimal amountOrNull() {
      return amount;
    }
  }

  /**
   * An exclusive bound.
   *
   * @param amount the bound's amount in canonical units
   */
  record Exclusive(BigDecimal amount) implements Bound {
    /** Makes the amount canonical. */
    public Exclusive {
      amount = ValueText.canonical(Objects.requireNonNull(amount, "amount"));
    }

    @Override
    public boolean admitsAsLower(BigDecimal value) {
      return value.compareTo(amount) > 0;
    }

    @Override
    public boolean admitsAsUpper(BigDecimal value) {
      return value.compareTo(amount) < 0;
    }

    @Override
    public BigDecimal amountOrNull() {
      return amount;
    }
  }

  /** No bound. */
  enum Unbounded implements Bound {
    /** The only instance. */
    INSTANCE;

    @Override
    public boolean admitsAsLower(BigDecimal value) {
      return true;
    }

    @Override
    public boolean admitsAsUpper(BigDecimal value) {
      return true;
    }

    @Override
    public BigDecimal amountOrNull() {
      return null;
    }
  }
}
