package org.rubric4j.testkit;

import java.util.Objects;
import java.util.Optional;
import org.rubric4j.Observations;

/**
 * A property of a rubric does not hold: thrown by the checks of {@link RubricProperties}, with
 * a message that names the counter-example in the rubric's own terms (the indicator, the value,
 * the band or level it fell in, the score) and, where there is one, the observations.
 *
 * <p>An {@link AssertionError}, so jqwik and JUnit report it as a failed property and jqwik
 * shrinks the generated inputs that caused it.
 */
public final class RubricPropertyError extends AssertionError {

  private static final long serialVersionUID = 1L;

  private final String property;
  private final String rubricId;
  private final String indicatorId;
  private final transient Observations observations;

  RubricPropertyError(String property, String rubricId, String indicatorId, Observations observations,
      String detail) {
    super(message(property, rubricId, detail, observations));
    this.property = Objects.requireNonNull(property, "property");
    this.rubricId = Objects.requireNonNull(rubricId, "rubricId");
    this.indicatorId = indicatorId;
    this.observations = observations;
  }

  /** The name of the property that failed, such as {@code scoreIsMonotonic}. */
  public String property() {
    return property;
  }

  /** The id of the rubric it failed on. */
  public String rubricId() {
    return rubricId;
  }

  /** The indicator the counter-example is about, when it is about one. */
  public Optional<String> indicatorId() {
    return Optional.ofNullable(indicatorId);
  }

  /** The observations that showed the failure, when there were any. */
  public Optional<Observations> observations() {
    return Optional.ofNullable(observations);
  }

  private static String message(String property, String rubricId, String detail, Observations o) {
    return "rubric " + rubricId + ": " + property + " does not hold: " + detail
        + (o == null ? "" : "\n  observations: " + o + (o.tags().isEmpty() ? "" : ", tags " + o.tags())
            + (o.flags().isEmpty() ? "" : ", flags " + o.flags()));
  }
}
