package org.rubric4j;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When a dimension or indicator applies: only when the observation's tag {@code tag} has one
 * of the values {@code in} (a complaint-handling item only on complaint tickets). Otherwise
 * the node is not applicable and its weight goes to its siblings.
 *
 * @param tag the tag's name
 * @param in the values for which the node applies; not empty, no duplicates, in declared order
 */
public record Condition(String tag, List<String> in) {

  /** Checks the tag is named and the values are present and distinct. */
  public Condition {
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

  /** The condition "tag {@code tag} is one of {@code values}". */
  public static Condition tagIn(String tag, String... values) {
    return new Condition(tag, List.of(values));
  }

  /** Whether {@code tags} satisfy this condition. */
  public boolean test(Map<String, String> tags) {
    String value = tags.get(tag);
    return value != null && in.contains(value);
  }

  @Override
  public String toString() {
    return tag + " in " + in;
  }
}
