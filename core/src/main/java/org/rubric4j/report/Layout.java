package org.rubric4j.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.rubric4j.Dimension;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.Kpi;

/**
 * What every group of one report shares: the rubric, its leaf dimensions (those that hold
 * indicators, the ones a report shows means of) and the KPIs; and the one rounding a report's
 * scores get.
 */
record Layout(Rubric rubric, List<String> dimensions, List<Kpi> kpis) {

  static Layout of(Rubric rubric, List<Kpi> kpis) {
    List<String> leaves = rubric.allDimensions().filter(d -> !d.indicators().isEmpty()).map(Dimension::id).toList();
    return new Layout(rubric, leaves, List.copyOf(kpis));
  }

  /** {@code value} rounded half-up to the rubric's precision: how a report shows every score. */
  BigDecimal score(BigDecimal value) {
    return value.setScale(rubric.precision(), RoundingMode.HALF_UP);
  }

  Optional<BigDecimal> score(Optional<BigDecimal> value) {
    return value.map(this::score);
  }
}
