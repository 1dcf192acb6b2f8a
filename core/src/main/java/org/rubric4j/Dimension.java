package org.rubric4j;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A weighted group of the rubric: either sub-dimensions (to any depth, such as
 * quantitative 70 % / qualitative 30 %) or indicators, never both.
 *
 * <p>Immutable and thread-safe; lists are copied on the way in.
 *
 * @param id unique across the rubric's dimensions and indicators
 * @param name display name, such as {@code 响应及时性}
 * @param description what this dimension covers, when given
 * @param weight the share among sibling dimensions, under the parent's weighting; empty when
 *     the siblings share equally (or, under {@link Weighting#POINTS}, by their maximum points)
 * @param weighting how this dimension's children share it, when this dimension says so; empty
 *     when it inherits its parent's (in the end, the rubric's {@link Rubric#weighting()})
 * @param appliesWhen when given, the dimension applies only to observations that match
 * @param notApplicable what {@code n/a} means for the indicators below, when this dimension says
 *     so; empty when it inherits (see {@link Rubric#notApplicablePolicyOf})
 * @param bonus whether the dimension is a bonus section: it takes no share of its siblings'
 *     weights, and what it earns is added to its parent after the others are combined (see
 *     {@link DimensionBuilder#bonus()})
 * @param grades grades of this dimension's own score, on the rubric's scale; may be empty
 * @param dimensions the sub-dimensions, or empty when this dimension holds indicators
 * @param indicators the indicators, or empty when this dimension holds sub-dimensions
 */
public record Dimension(String id, Optional<String> name, Optional<String> description,
    Optional<Weight> weight, Optional<Weighting> weighting, Optional<Condition> appliesWhen,
    Optional<NotApplicablePolicy> notApplicable, boolean bonus, List<Grade> grades,
    List<Dimension> dimensions, List<Indicator> indicators) {

  /** Checks that exactly one of sub-dimensions and indicators is given, and copies the lists. */
  public Dimension {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(weighting, "weighting");
    Objects.requireNonNull(appliesWhen, "appliesWhen");
    Objects.requireNonNull(notApplicable, "notApplicable");
    grades = List.copyOf(grades);
    dimensions = List.copyOf(dimensions);
    indicators = List.copyOf(indicators);
    if (dimensions.isEmpty() == indicators.isEmpty()) {
      throw InvalidValueException.of(id, "dimension " + id
          + " needs either indicators or dimensions, and not both");
    }
  }

  /** A dimension that is not a bonus section. */
  public Dimension(String id, Optional<String> name, Optional<String> description,
      Optional<Weight> weight, Optional<Weighting> weighting, Optional<Condition> appliesWhen,
      Optional<NotApplicablePolicy> notApplicable, List<Grade> grades,
      List<Dimension> dimensions, List<Indicator> indicators) {
    this(id, name, description, weight, weighting, appliesWhen, notApplicable, false, grades, dimensions, indicators);
  }

  /** The name, or the id when there is no name. */
  public String displayName() {
    return name.orElse(id);
  }

  /** Every indicator under this dimension, depth first, in declared order. */
  public Stream<Indicator> allIndicators() {
    return Stream.concat(indicators.stream(), dimensions.stream().flatMap(Dimension::allIndicators));
  }
}
