package org.rubric4j.testkit;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Collectors;
import org.rubric4j.Evaluation;
import org.rubric4j.Indicator;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;

/** What the checks of {@link RubricProperties} share: finding an indicator, scoring, wording. */
final class Checks {

  private Checks() {}

  /** The indicator {@code indicatorId} of {@code rubric}, or a usage error listing its indicators. */
  static Indicator indicator(Rubric rubric, String indicatorId) {
    Objects.requireNonNull(rubric, "rubric");
    Objects.requireNonNull(indicatorId, "indicatorId");
    return rubric.indicator(indicatorId).orElseThrow(() -> new IllegalArgumentException("rubric "
        + rubric.id() + " has no indicator " + indicatorId + "; its indicators: "
        + rubric.allIndicators().map(Indicator::id).collect(Collectors.joining(", "))));
  }

  /**
   * {@code rubric}'s evaluation of {@code observations}; when the rubric refuses them, the check
   * {@code property} fails with the rubric's reason.
   */
  static Evaluation evaluate(String property, Rubric rubric, Observations observations) {
    Objects.requireNonNull(rubric, "rubric");
    Objects.requireNonNull(observations, "observations");
    try {
      return rubric.evaluate(observations);
    } catch (ObservationException e) {
      throw new RubricPropertyError(property, rubric.id(), null, observations,
          "the observations cannot be scored: " + e.reason());
    }
  }

  /** An indicator as messages name it: {@code indicator first-response-time (bands over duration)}. */
  static String describe(Indicator i) {
    return "indicator " + i.id() + " (" + i.rule().kind() + " over " + i.rule().measure().key() + ")";
  }

  /** The number without trailing zeros, never in exponent form. */
  static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
