package org.rubric4j;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named band of the score: {@code 优秀 [4.5, 5]}, with free attributes such as
 * {@code bonusFactor: 1.2}.
 *
 * <p>A grade is assigned from the total as reported (rounded to the rubric's precision), so
 * the grade always agrees with the number a person sees. Attribute values are
 * {@link String}, {@link BigDecimal} or {@link Boolean}; their order is kept. Immutable and
 * thread-safe.
 *
 * @param id unique among the grades of its list
 * @param name display name, such as {@code 优秀}; empty when none
 * @param range the scores, on the rubric's scale, that earn this grade
 * @param attributes free attributes, in declared order
 */
public record Grade(String id, Optional<String> name, Interval range, Map<String, Object> attributes) {

  /** Checks the parts and copies the attributes, keeping their order. */
  public Grade {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(range, "range");
    Map<String, Object> copy = new LinkedHashMap<>();
    attributes.forEach((k, v) -> {
      Objects.requireNonNull(k, "attribute name");
      Objects.requireNonNull(v, "attribute " + k);
      if (!(v instanceof String || v instanceof BigDecimal || v instanceof Boolean)) {
        throw InvalidValueException.of(v.toString(), "attribute " + k
            + " must be a text, a decimal or a boolean, was a " + v.getClass().getSimpleName());
      }
      copy.put(k, v instanceof BigDecimal d ? org.rubric4j.internal.ValueText.canonical(d) : v);
    });
    attributes = Collections.unmodifiableMap(copy);
  }

  /** The attribute {@code key} as a decimal, when it is one. */
  public Optional<BigDecimal> decimalAttribute(String key) {
    return attributes.get(key) instanceof BigDecimal d ? Optional.of(d) : Optional.empty();
  }

  /** The name, or the id when there is no name. */
  public String displayName() {
    return name.orElse(id);
  }

  @Override
  public String toString() {
    return id + name.map(n -> " (" + n + ")").orElse("") + " " + range;
  }
}
