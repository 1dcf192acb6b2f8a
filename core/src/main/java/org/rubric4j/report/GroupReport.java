package org.rubric4j.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rubric4j.Grade;
import org.rubric4j.analytics.Aggregate;
import org.rubric4j.analytics.DimensionExtremes;
import org.rubric4j.analytics.GroupKey;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.ScoreStatistics;

/**
 * One group of a report (a subject, a team, a period, or all evaluations together): how many
 * evaluations it has, its mean, minimum, maximum and standard deviation of the total, its grade
 * counts, its leaf dimensions' means, its weakest dimensions and its KPI attainment.
 *
 * <p>Every score is rounded half-up to the rubric's precision, as the report shows it;
 * {@link #total()}, {@link #dimension(String)} and {@link #aggregate()} give the exact
 * statistics behind them. The standard deviation is the population one (divide by n).
 * Immutable.
 */
public final class GroupReport {

  private final Layout layout;
  private final GroupKey key;
  private final Aggregate aggregate;
  private final ScoreStatistics total;

  GroupReport(Layout layout, GroupKey key, Aggregate aggregate) {
    this.layout = layout;
    this.key = key;
    this.aggregate = aggregate;
    this.total = aggregate.total();
  }

  /**
   * The report of one group aggregated elsewhere (a Spark job's group, a stream of one's own), with
   * the attainment of {@code kpis}: the same figures, rounded the same way, as a {@link Report}'s
   * groups. The aggregate is copied.
   */
  public static GroupReport of(org.rubric4j.Rubric rubric, GroupKey key, Aggregate aggregate, List<Kpi> kpis) {
    java.util.Objects.requireNonNull(rubric, "rubric");
    java.util.Objects.requireNonNull(key, "key");
    java.util.Objects.requireNonNull(aggregate, "aggregate");
    return new GroupReport(Layout.of(rubric, kpis), key, aggregate.copy());
  }

  /** The group's key: its subject, tags and period, one value per grouping; none for all evaluations. */
  public GroupKey key() {
    return key;
  }

  /** The group's key as text: {@code agent-01}, {@code after-sales · 2024-Q3}, or {@code all}. */
  public String label() {
    return key.values().isEmpty() ? "all" : String.join(" · ", key.values());
  }

  /** How many evaluations the group has. */
  public long count() {
    return aggregate.count();
  }

  /** How many of them had a veto fire. */
  public long vetoed() {
    return aggregate.vetoedCount();
  }

  /** The mean total at the rubric's precision; empty for a group of no evaluation. */
  public Optional<BigDecimal> mean() {
    return layout.score(total.mean());
  }

  /**
   * The mean critical score at the rubric's precision, over the evaluations where a critical
   * indicator applied; empty when the rubric has no critical indicator or none applied.
   */
  public Optional<BigDecimal> criticalMean() {
    return aggregate.criticalScore().flatMap(s -> layout.score(s.mean()));
  }

  /** The mean non-critical score at the rubric's precision, as {@link #criticalMean()}. */
  public Optional<BigDecimal> nonCriticalMean() {
    return aggregate.nonCriticalScore().flatMap(s -> layout.score(s.mean()));
  }

  /** The lowest total at the rubric's precision. */
  public Optional<BigDecimal> min() {
    return layout.score(total.min());
  }

  /** The highest total at the rubric's precision. */
  public Optional<BigDecimal> max() {
    return layout.score(total.max());
  }

  /** The population standard deviation of the totals at the rubric's precision. */
  public Optional<BigDecimal> standardDeviation() {
    return layout.score(total.populationStandardDeviation());
  }

  /** How many totals got each of the rubric's grades, in the rubric's order, zeros included. */
  public Map<String, Long> grades() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Grade g : layout.rubric().grades()) {
      counts.put(g.id(), total.gradeCounts().getOrDefault(g.id(), 0L));
    }
    return Collections.unmodifiableMap(counts);
  }

  /** Each leaf dimension's mean, in the rubric's order. */
  public List<DimensionMean> dimensions() {
    List<DimensionMean> means = new ArrayList<>(layout.dimensions().size());
    for (String id : layout.dimensions()) {
      means.add(new DimensionMean(id, dimensionMean(id)));
    }
    return Collections.unmodifiableList(means);
  }

  /** The mean of dimension {@code id}'s own scores at the rubric's precision, for any dimension; empty when never scored. */
  public Optional<BigDecimal> dimensionMean(String id) {
    return layout.score(aggregate.dimension(id).flatMap(ScoreStatistics::mean));
  }

  /**
   * The leaf dimensions with the highest and the lowest exact mean, ties all listed; empty when
   * no dimension was scored. When every dimension has the same mean, both lists hold them all.
   */
  public Optional<DimensionExtremes> extremes() {
    return DimensionExtremes.of(aggregate, layout.dimensions());
  }

  /**
   * The leaf dimensions with the lowest mean, what coaching starts from; none when every
   * dimension has the same mean, since then no dimension stands out as weakest.
   */
  public List<String> weakest() {
    return extremes().filter(x -> x.highestMean().compareTo(x.lowestMean()) != 0)
        .map(DimensionExtremes::weakest).orElse(List.of());
  }

  /** Each KPI of the report and the group's attainment of it, in declared order. */
  public List<KpiOutcome> kpis() {
    List<KpiOutcome> out = new ArrayList<>(layout.kpis().size());
    for (Kpi k : layout.kpis()) {
      out.add(new KpiOutcome(k, k.source() instanceof Kpi.External ? Optional.empty() : Optional.of(k.attainment(aggregate))));
    }
    return Collections.unmodifiableList(out);
  }

  /** The exact statistics of the totals, with grade counts. */
  public ScoreStatistics total() {
    return total;
  }

  /** The exact statistics of the dimension {@code id}'s scores, if the group scored it. */
  public Optional<ScoreStatistics> dimension(String id) {
    return aggregate.dimension(id);
  }

  /** A copy of the group's aggregate: every node's exact statistics. */
  public Aggregate aggregate() {
    return aggregate.copy();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupReport g && key.equals(g.key) && aggregate.equals(g.aggregate)
        && layout.rubric().equals(g.layout.rubric());
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + aggregate.hashCode();
  }

  @Override
  public String toString() {
    return label() + ": " + count() + " evaluations, mean " + mean().map(BigDecimal::toPlainString).orElse("-");
  }
}
