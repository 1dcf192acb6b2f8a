package org.rubric4j;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a dimension or indicator applies ({@code appliesWhen}): on a tag's value (a
 * complaint-handling item only on complaint tickets), on another indicator's answer (Amazon
 * Connect's conditional questions), on a flag, or on several of these combined with
 * {@link #all}, {@link #any} and {@link #not}. When it does not hold, the node is not
 * applicable and its weight goes to its siblings.
 *
 * <p>A condition on an indicator that is itself not applicable, or answered {@code n/a}, is
 * false; an absent flag is false. The rubric's builder refuses conditions that name an unknown
 * indicator or flag, and conditions that depend on each other in a cycle. Immutable and
 * serializable.
 */
public sealed interface Condition extends Serializable
    permits Condition.TagIn, Condition.AnswerIn, Condition.ItemsIn, Condition.FlagIs, Condition.All, Condition.Any,
        Condition.Not {

  /**
   * What a condition is tested against: the observation's tags and flags, and the answers of
   * the rubric's other indicators.
   */
  interface Facts {
    /** The value of tag {@code name}, or null. */
    String tag(String name);

    /** Whether flag {@code name} is true; an absent flag is false. */
    boolean flag(String name);

    /**
     * The answer of {@code indicator}: its level, or its band's score (its points); empty when
     * it is not applicable or was not answered.
     */
    Optional<BigDecimal> answer(String indicator);

    /**
     * The items ticked on the checklist {@code indicator}; empty when it is not applicable or was
     * not answered. None by default.
     */
    default Optional<List<String>> ticked(String indicator) {
      return Optional.empty();
    }

    /** Facts of tags alone: no flag is true and no indicator is answered. */
    static Facts ofTags(Map<String, String> tags) {
      Objects.requireNonNull(tags, "tags");
      return new Facts() {
        @Override
        public String tag(String name) {
          return tags.get(name);
        }

        @Override
        public boolean flag(String name) {
          return false;
        }

        @Override
        public Optional<BigDecimal> answer(String indicator) {
          return Optional.empty();
        }
      };
    }
  }

  /** Whether this condition holds for {@code facts}. */
  boolean test(Facts facts);

  /** Whether this condition holds for {@code tags}, with no flag true and no indicator answered. */
  default boolean test(Map<String, String> tags) {
    return test(Facts.ofTags(tags));
  }

  /** Whether this condition reads only tags (no answers, no flags). */
  default boolean readsOnlyTags() {
    return indicators().isEmpty() && flags().isEmpty();
  }

  /** The indicators whose answers this condition reads. */
  default Set<String> indicators() {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (Condition c : parts()) {
      if (c instanceof AnswerIn a) {
        out.add(a.indicator());
      } else if (c instanceof ItemsIn i) {
        out.add(i.indicator());
      }
    }
    return out;
  }

  /** The flags this condition reads. */
  default Set<String> flags() {
    return parts().stream().filter(c -> c instanceof FlagIs).map(c -> ((FlagIs) c).flag())
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /** This condition and every condition inside it, depth first. */
  default List<Condition> parts() {
    List<Condition> out = new ArrayList<>();
    collect(this, out);
    return out;
  }

  private static void collect(Condition c, List<Condition> out) {
    out.add(c);
    if (c instanceof All a) {
      a.of().forEach(x -> collect(x, out));
    } else if (c instanceof Any a) {
      a.of().forEach(x -> collect(x, out));
    } else if (c instanceof Not n) {
      collect(n.of(), out);
    }
  }

  /** The condition "tag {@code tag} is one of {@code values}". */
  static Condition tagIn(String tag, String... values) {
    return new TagIn(tag, List.of(values));
  }

  /** The condition "indicator {@code indicator} was answered with one of {@code answers}". */
  static Condition answerIn(String indicator, BigDecimal... answers) {
    return new AnswerIn(indicator, List.of(answers), false);
  }

  /** The condition "indicator {@code indicator} was answered, and with none of {@code answers}". */
  static Condition answerNotIn(String indicator, BigDecimal... answers) {
    return new AnswerIn(indicator, List.of(answers), true);
  }

  /** The condition "at least one of {@code items} is ticked on the checklist {@code indicator}". */
  static Condition itemsIn(String indicator, String... items) {
    return new ItemsIn(indicator, List.of(items), false);
  }

  /** The condition "the checklist {@code indicator} was answered, with none of {@code items} ticked". */
  static Condition itemsNotIn(String indicator, String... items) {
    return new ItemsIn(indicator, List.of(items), true);
  }

  /** The condition "flag {@code flag} is true". */
  static Condition flag(String flag) {
    return new FlagIs(flag, true);
  }

  /** The condition "flag {@code flag} is {@code is}" (an absent flag is false). */
  static Condition flag(String flag, boolean is) {
    return new FlagIs(flag, is);
  }

  /** Every one of {@code conditions} holds. */
  static Condition all(Condition... conditions) {
    return new All(List.of(conditions));
  }

  /** At least one of {@code conditions} holds. */
  static Condition any(Condition... conditions) {
    return new Any(List.of(conditions));
  }

  /** {@code condition} does not hold. */
  static Condition not(Condition condition) {
    return new Not(condition);
  }

  /**
   * The tag {@code tag} has one of the values {@code in}.
   *
   * @param tag the tag's name
   * @param in the values for which the node applies; not empty, no duplicates, in declared order
   */
  record TagIn(String tag, List<String> in) implements Condition {
    /** Checks the tag is named and the values are present and distinct. */
    public TagIn {
      Objects.requireNonNull(tag, "tag");
      in = List.copyOf(in);
      if (tag.isBlank()) {
        throw InvalidValueException.of(tag, "appliesWhen needs a tag name");
      }
      if (in.isEmpty()) {
        throw InvalidValueException.of("[]", "appliesWhen needs at least one value in `in`");
      }
      if (in.stream().distinct().count() != in.size()) {
        throw InvalidValueException.of(in.toString(), "appliesWhen lists a value twice: " + in);
      }
    }

    @Override
    public boolean test(Facts facts) {
      String value = facts.tag(tag);
      return value != null && in.contains(value);
    }

    @Override
    public String toString() {
      return tag + " in " + in;
    }
  }

  /**
   * Another indicator's answer (its level, or its band's score) is one of {@code answers}, or,
   * when {@code negated}, it was answered with none of them. False when that indicator is not
   * applicable or answered {@code n/a}.
   *
   * @param indicator the indicator's id
   * @param answers the answers; not empty, no duplicates (compared as numbers)
   * @param negated whether the answer must be none of them ({@code notIn})
   */
  record AnswerIn(String indicator, List<BigDecimal> answers, boolean negated) implements Condition {
    /** Checks the indicator is named and the answers are present and distinct. */
    public AnswerIn {
      Objects.requireNonNull(indicator, "indicator");
      answers = List.copyOf(answers);
      if (indicator.isBlank()) {
        throw InvalidValueException.of(indicator, "appliesWhen needs an indicator id");
      }
      if (answers.isEmpty()) {
        throw InvalidValueException.of("[]", "appliesWhen on indicator " + indicator + " needs at least one answer");
      }
      if (answers.stream().map(BigDecimal::stripTrailingZeros).distinct().count() != answers.size()) {
        throw InvalidValueException.of(answers.toString(), "appliesWhen lists an answer twice: " + answers);
      }
    }

    @Override
    public boolean test(Facts facts) {
      Optional<BigDecimal> answer = facts.answer(indicator);
      if (answer.isEmpty()) {
        return false;
      }
      boolean listed = answers.stream().anyMatch(a -> a.compareTo(answer.get()) == 0);
      return listed != negated;
    }

    @Override
    public String toString() {
      return "answer of " + indicator + (negated ? " not in " : " in ")
          + answers.stream().map(org.rubric4j.internal.ValueText::plain).toList();
    }
  }

  /**
   * On a checklist: at least one of {@code items} is ticked, or, when {@code negated}, the checklist
   * was answered with none of them ticked. False when it is not applicable or answered {@code n/a}.
   *
   * @param indicator the checklist indicator's id
   * @param items item ids; not empty, no duplicates
   * @param negated whether none of them may be ticked ({@code notIn})
   */
  record ItemsIn(String indicator, List<String> items, boolean negated) implements Condition {
    /** Checks the indicator is named and the items are present and distinct. */
    public ItemsIn {
      Objects.requireNonNull(indicator, "indicator");
      items = List.copyOf(items);
      if (indicator.isBlank()) {
        throw InvalidValueException.of(indicator, "appliesWhen needs an indicator id");
      }
      if (items.isEmpty()) {
        throw InvalidValueException.of("[]", "appliesWhen on checklist " + indicator + " needs at least one item");
      }
      if (items.stream().distinct().count() != items.size()) {
        throw InvalidValueException.of(items.toString(), "appliesWhen lists an item twice: " + items);
      }
    }

    @Override
    public boolean test(Facts facts) {
      Optional<List<String>> ticked = facts.ticked(indicator);
      if (ticked.isEmpty()) {
        return false;
      }
      boolean any = items.stream().anyMatch(ticked.get()::contains);
      return any != negated;
    }

    @Override
    public String toString() {
      return "items ticked on " + indicator + (negated ? " none of " : " any of ") + items;
    }
  }

  /**
   * The flag {@code flag} is {@code is}; an absent flag is false.
   *
   * @param flag the flag's id
   * @param is the value it must have
   */
  record FlagIs(String flag, boolean is) implements Condition {
    /** Checks the flag is named. */
    public FlagIs {
      Objects.requireNonNull(flag, "flag");
      if (flag.isBlank()) {
        throw InvalidValueException.of(flag, "appliesWhen needs a flag id");
      }
    }

    @Override
    public boolean test(Facts facts) {
      return facts.flag(flag) == is;
    }

    @Override
    public String toString() {
      return "flag " + flag + " is " + is;
    }
  }

  /**
   * Every one of {@code of} holds.
   *
   * @param of the conditions; at least one
   */
  record All(List<Condition> of) implements Condition {
    /** Checks there is at least one condition. */
    public All {
      of = List.copyOf(of);
      if (of.isEmpty()) {
        throw InvalidValueException.of("[]", "appliesWhen `all` needs at least one condition");
      }
    }

    @Override
    public boolean test(Facts facts) {
      return of.stream().allMatch(c -> c.test(facts));
    }

    @Override
    public String toString() {
      return "(" + of.stream().map(Condition::toString).collect(Collectors.joining(" and ")) + ")";
    }
  }

  /**
   * At least one of {@code of} holds.
   *
   * @param of the conditions; at least one
   */
  record Any(List<Condition> of) implements Condition {
    /** Checks there is at least one condition. */
    public Any {
      of = List.copyOf(of);
      if (of.isEmpty()) {
        throw InvalidValueException.of("[]", "appliesWhen `any` needs at least one condition");
      }
    }

    @Override
    public boolean test(Facts facts) {
      return of.stream().anyMatch(c -> c.test(facts));
    }

    @Override
    public String toString() {
      return "(" + of.stream().map(Condition::toString).collect(Collectors.joining(" or ")) + ")";
    }
  }

  /**
   * {@code of} does not hold.
   *
   * @param of the condition
   */
  record Not(Condition of) implements Condition {
    /** Checks the condition is present. */
    public Not {
      Objects.requireNonNull(of, "of");
    }

    @Override
    public boolean test(Facts facts) {
      return !of.test(facts);
    }

    @Override
    public String toString() {
      return "not " + of;
    }
  }
}
