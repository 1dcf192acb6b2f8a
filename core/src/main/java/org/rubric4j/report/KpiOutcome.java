package org.rubric4j.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.KpiResult;

/**
 * A KPI of the report and how a group attained it. A KPI measured outside the evaluations
 * ({@link Kpi.External}, {@code external.NAME}) is listed without a result: the report states
 * it and does not pretend to have measured it.
 *
 * @param kpi the KPI as declared
 * @param result its attainment by the group, empty for an external KPI
 */
public record KpiOutcome(Kpi kpi, Optional<KpiResult> result) {

  /** Checks both parts are present. */
  public KpiOutcome {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(result, "result");
  }

  /**
   * The actual value as reports show it: in the KPI's canonical units (seconds, fractions of one,
   * points), rounded half-up to six decimals, trailing zeros dropped; empty when not measured or
   * when the group had nothing to measure.
   */
  public Optional<BigDecimal> reportedActual() {
    return result.flatMap(KpiResult::actual).map(v -> {
      BigDecimal six = v.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
      return six.scale() < 0 ? six.setScale(0) : six;
    });
  }

  /** Whether the KPI was measured on the evaluations (it is not external). */
  public boolean measured() {
    return result.isPresent();
  }
}
