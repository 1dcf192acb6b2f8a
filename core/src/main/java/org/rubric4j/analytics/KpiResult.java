package org.rubric4j.analytics;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How far one group attains one {@link Kpi}.
 *
 * @param kpi the KPI
 * @param actual the statistic compared with the target (canonical units of the target's
 *     measure: seconds, fraction of one, points); empty when the source has no value
 * @param met whether the actual value lies in the target
 * @param count how many values the statistic summarises
 * @param explanation a sentence such as
 *     {@code 问题受理时间: max of indicator.first-response-time.value over 3 is 20h, within <= 24h: met}
 */
public record KpiResult(Kpi kpi, Optional<BigDecimal> actual, boolean met, long count, String explanation) {

  /** Checks every part is present. */
  public KpiResult {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(explanation, "explanation");
  }
}
