package org.rubric4j;

import java.util.Objects;

/**
 * One observed value for an indicator: a typed {@link Quantity}, text still to be read with
 * the indicator's measure, or {@link NotApplicable not applicable}.
 *
 * <p>Observations often arrive as text whose measure only the rubric knows ({@code "4h"},
 * {@code "85%"}, {@code "5"}); {@link Text} keeps such a value until evaluation reads it with
 * the indicator's measure, exactly as a rubric file would. {@link Whole} is a whole number given
 * without a unit ({@code value("errors", 2)}), read the same way. Immutable.
 */
public sealed interface Value permits Quantity, Value.Text, Value.Whole, Value.Items, Value.NotApplicable {

  /** The items ticked on a checklist, such as {@code ["name-confirmed", "security-question"]}. */
  static Value items(String... ids) {
    return new Items(java.util.List.of(Objects.requireNonNull(ids, "ids")));
  }

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
    // A text without a slash cannot be n/a: most texts are told apart without stripping them.
    return text.indexOf('/') >= 0 && text.strip().equalsIgnoreCase("n/a") ? NotApplicable.INSTANCE : new Text(text);
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

  /**
   * A whole number given without a unit: a level, a count or a number, as the indicator's measure
   * says. It is read exactly as its decimal digits would be ({@code new Whole(5)} scores as
   * {@code "5"}), so a percent or a duration given this way is refused with the same message.
   *
   * @param value the number
   */
  record Whole(long value) implements Value {
    /** Reads this number as a quantity of {@code measure}. */
    public Quantity readAs(Measure measure) {
      return measure.parse(Long.toString(value));
    }

    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  /**
   * The ids of the items ticked on a checklist ({@link org.rubric4j.rule.ChecklistRule}), in the
   * order given; an empty list ticks nothing. Whether each is an item of the checklist, and ticked
   * once, is checked when it is scored. In text (a CSV cell) the ids are separated by {@code |}.
   *
   * @param ids the ticked items' ids
   */
  record Items(java.util.List<String> ids) implements Value {
    /** Copies the ids, none of them null. */
    public Items {
      ids = java.util.List.copyOf(Objects.requireNonNull(ids, "ids"));
    }

    /** The items of {@code text}: ids separated by {@code |}, each stripped; an empty text ticks nothing. */
    public static Items parse(String text) {
      Objects.requireNonNull(text, "text");
      String t = text.strip();
      return new Items(t.isEmpty() ? java.util.List.of()
          : java.util.Arrays.stream(t.split("\\|", -1)).map(String::strip).toList());
    }

    @Override
    public String toString() {
      return String.join("|", ids);
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
