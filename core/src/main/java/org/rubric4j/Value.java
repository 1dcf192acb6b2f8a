package org.rubric4j;

import java.util.Objects;

/**
 * One observed value for an indicator: a typed {@link Quantity}, text still to be read with
 * the indicator's measure, or {@link NotApplicable not applicable}.
 *
 * <p>Observations often arrive as text whose measure only the rubric knows ({@code "4h"},
 * {@code "85%"}, {@code "5"}); {@link Text} keeps such a value until evaluation reads it with
 * the indicator's measure, exactly as a rubric file would. Immutable.
 */
public sealed interface Value permits Quantity, Value.Text, Value.NotApplicable {

  /** The not-applicable value, written {@code n/a}. */
  static Value notApplicable() {
    return NotApplicable.INSTANCE;
  }

  /**
   * The value written as {@code text}: {@code n/a} (any case) is {@link #notApplicable()},
   * anything else is {@link Text}, read later with the indicator's measure.
   */
  static Value parse(String text) {
    Objects.requireNonNull(text, "text");
    return text.strip().equalsIgnoreCase("n/a") ? NotApplicable.INSTANCE : new Text(text);
  }

  /** A value given as text, read with the indicator's measure when it is scored. */
  record Text(String text) implements Value {
    /** Checks the text is present. */
    public Text {
      Objects.requireNonNull(text, "text");
    }

    /** Reads this text as a quantity of {@code measure}. */
    public Quantity readAs(Measure measure) {
      return measure.parse(text);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Not applicable: the indicator's weight goes to its applicable siblings (or is refused by policy). */
  enum NotApplicable implements Value {
    /** The only instance. */
    INSTANCE;

    @Override
    public String toString() {
      return "n/a";
    }
  }
}
