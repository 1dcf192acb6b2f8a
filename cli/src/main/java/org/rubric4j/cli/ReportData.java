package org.rubric4j.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.Dimension;
import org.rubric4j.Evaluation;
import org.rubric4j.ObservationException;
import org.rubric4j.PeriodUnit;
import org.rubric4j.Problem;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.Aggregate;
import org.rubric4j.analytics.Aggregator;
import org.rubric4j.analytics.DataQuality;
import org.rubric4j.analytics.DimensionExtremes;
import org.rubric4j.analytics.GroupBy;
import org.rubric4j.analytics.GroupKey;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.KpiResult;
import org.rubric4j.analytics.Ranking;
import org.rubric4j.analytics.ScoreDistribution;
import org.rubric4j.analytics.ScoreStatistics;
import org.rubric4j.analytics.StreakRule;
import org.rubric4j.internal.AggregatorGroups;
import org.rubric4j.yaml.ObservationRecord;
import org.rubric4j.yaml.RubricAnalytics;

/**
 * Everything a report shows, computed in one pass over the rows: the summary, the groups asked
 * for, the trend over periods, the subjects' ranking, KPI attainment, period rules, score
 * categories and the rows excluded with their reasons. Only aggregates are kept, never the rows,
 * so memory grows with the number of groups (and of distinct ids, to find duplicates).
 */
final class ReportData {

  /** The share of subjects ranked "top" (seed 003's yearly top 10 % service star). */
  static final BigDecimal TOP_SHARE = new BigDecimal("0.1");

  /** Reason for a row the reader could not read at all. */
  static final String UNREADABLE = "unreadable";

  final Rubric rubric;
  final RubricAnalytics analytics;
  final List<GroupBy> groupBy;
  final PeriodUnit trendUnit;
  /** The leaf dimensions (those holding indicators), in declared order: what the per-dimension figures show. */
  final List<Dimension> dimensions;

  private final Aggregator overall = Aggregator.groupingBy();
  private final Aggregator groups;
  private final Aggregator trend;
  /** By subject, for the ranking: the groups themselves when the report is grouped by subject alone. */
  private final Aggregator subjects;
  private final Map<StreakRule, Aggregator> streaks = new LinkedHashMap<>();
  /** The line of the first row of each id: to report later rows of an id (memory grows with the ids). */
  private final java.util.Map<String, Long> seen = new java.util.HashMap<>();
  private DataQuality quality = DataQuality.empty();
  /** How many totals fell in each tenth of the scale, the lowest first (the last tenth includes the scale). */
  private final long[] tenths = new long[10];
  /** The subjects' ranking once asked for, until the next evaluation: the writers ask several times. */
  private Ranking<GroupKey> ranking;

  ReportData(Rubric rubric, RubricAnalytics analytics, List<GroupBy> groupBy) {
    this.rubric = rubric;
    this.analytics = analytics;
    this.groupBy = List.copyOf(groupBy);
    this.groups = Aggregator.groupingBy(groupBy);
    // One aggregate per subject, not two: with 400 000 subjects the copy doubled the heap.
    this.subjects = this.groupBy.equals(List.of(new GroupBy.BySubject())) ? groups
        : Aggregator.groupingBy(new GroupBy.BySubject());
    this.trendUnit = groupBy.stream().filter(g -> g instanceof GroupBy.ByPeriod)
        .map(g -> ((GroupBy.ByPeriod) g).unit()).findFirst().orElse(PeriodUnit.MONTH);
    this.trend = Aggregator.groupingBy(new GroupBy.ByPeriod(trendUnit));
    for (StreakRule r : analytics.periodRules()) {
      streaks.put(r, Aggregator.groupingBy(new GroupBy.BySubject(), new GroupBy.ByPeriod(r.unit())));
    }
    this.dimensions = rubric.allDimensions().filter(d -> !d.indicators().isEmpty()).toList();
  }

  /**
   * Takes one row: scores it or excludes it with its reason; returns the line to report on
   * standard error for an excluded row ({@code LINE: ID: REASON}), or empty.
   */
  Optional<String> accept(ObservationRecord record) {
    if (record instanceof ObservationRecord.Invalid invalid) {
      String id = invalid.id().orElse("line " + invalid.line());
      quality = quality.withExcluded(reasonOf(invalid.reason()), id);
      return Optional.of(invalid.line() + ": " + invalid.id().map(i -> i + ": ").orElse("") + invalid.reason());
    }
    ObservationRecord.Valid valid = (ObservationRecord.Valid) record;
    String id = valid.observations().id();
    Long first = seen.putIfAbsent(id, valid.line());
    if (first != null) {
      quality = quality.withExcluded(DataQuality.DUPLICATE, id);
      return Optional.of(valid.line() + ": " + id + ": " + DataSource.repeatedId(first));
    }
    Evaluation e;
    try {
      e = rubric.evaluate(valid.observations());
    } catch (ObservationException x) {
      quality = quality.withExcluded(reasonOf(x.problems().get(0)), id);
      return Optional.of(valid.line() + ": " + x.evaluationId() + ": " + x.reason());
    }
    quality = quality.withAccepted(1);
    add(e);
    return Optional.empty();
  }

  /** Adds one scored evaluation to every aggregate. */
  void add(Evaluation e) {
    ranking = null;
    overall.add(e);
    int tenth = e.total().multiply(BigDecimal.TEN).divide(rubric.scale(), 0, RoundingMode.FLOOR).intValue();
    tenths[Math.max(0, Math.min(9, tenth))]++;
    groups.add(e);
    trend.add(e);
    if (subjects != groups) {
      subjects.add(e);
    }
    streaks.values().forEach(a -> a.add(e));
  }

  private static String reasonOf(Problem p) {
    return switch (p.code()) {
      case "missing-value", "nothing-applicable", "not-applicable-forbidden" -> DataQuality.INCOMPLETE;
      case "unknown-indicator", "unknown-flag" -> DataQuality.UNKNOWN_FIELD;
      default -> DataQuality.OUT_OF_RANGE;
    };
  }

  /** The data-quality reason of a row the reader refused, from its message. */
  static String reasonOf(String readerReason) {
    String r = readerReason.toLowerCase(java.util.Locale.ROOT);
    if (r.contains("not declared") || r.contains("in no band") || r.contains("above 100") || r.contains("negative")
        || r.contains("out of range")) {
      return DataQuality.OUT_OF_RANGE;
    }
    if (r.contains("no value") || r.contains("no id") || r.contains("missing") || r.contains("empty")) {
      return DataQuality.INCOMPLETE;
    }
    if (r.contains("unknown")) {
      return DataQuality.UNKNOWN_FIELD;
    }
    return UNREADABLE;
  }

  // ---- what the report shows ---------------------------------------------------------------

  /** How many totals fell in each tenth of the scale, the lowest first; the last tenth includes the scale itself. */
  long[] tenths() {
    return tenths.clone();
  }

  /** Rows scored and rows excluded, with reasons. */
  DataQuality quality() {
    return quality;
  }

  /** All scored evaluations together. */
  Aggregate all() {
    return AggregatorGroups.of(overall).values().stream().findFirst().orElse(Aggregate.empty());
  }

  /** The groups asked for, ordered by key. */
  Map<GroupKey, Aggregate> groups() {
    return AggregatorGroups.of(groups);
  }

  /** Scored rows left out of the groups (no subject, no such tag, no period), with reasons. */
  DataQuality groupExclusions() {
    return groups.exclusions();
  }

  /** Mean total per period of {@link #trendUnit}, in period order. */
  Map<GroupKey, Aggregate> trend() {
    return AggregatorGroups.of(trend);
  }

  /** Scored rows without a period fine enough for the trend. */
  DataQuality trendExclusions() {
    return trend.exclusions();
  }

  /** Subjects ranked by mean total. */
  Ranking<GroupKey> ranking() {
    if (ranking == null) {
      ranking = Ranking.byMeanTotal(AggregatorGroups.of(subjects));
    }
    return ranking;
  }

  /** The subjects in the top {@link #TOP_SHARE}, ties at the cut-off included. */
  Set<GroupKey> top() {
    Ranking<GroupKey> r = ranking();
    Set<GroupKey> top = new HashSet<>();
    if (r.size() > 0) {
      r.top(TOP_SHARE).forEach(entry -> top.add(entry.key()));
    }
    return top;
  }

  /** The strongest and weakest leaf dimensions of {@code a}. */
  Optional<DimensionExtremes> extremes(Aggregate a) {
    return DimensionExtremes.of(a, dimensions.stream().map(Dimension::id).toList());
  }

  /**
   * The weakest leaf dimensions of {@code a}; none when every dimension has the same mean
   * (nothing stands out as weakest).
   */
  List<String> weakest(Aggregate a) {
    return extremes(a).filter(x -> x.highestMean().compareTo(x.lowestMean()) != 0)
        .map(DimensionExtremes::weakest).orElse(List.of());
  }

  /** Each KPI's attainment by {@code a}; empty for a KPI measured outside the data ({@code external.NAME}). */
  List<Map.Entry<Kpi, Optional<KpiResult>>> kpis(Aggregate a) {
    List<Map.Entry<Kpi, Optional<KpiResult>>> out = new ArrayList<>();
    for (Kpi k : analytics.kpis()) {
      out.add(Map.entry(k, k.source() instanceof Kpi.External ? Optional.empty() : Optional.of(k.attainment(a))));
    }
    return out;
  }

  /** Every period rule's matches. */
  Map<StreakRule, List<StreakRule.Match>> periodRules() {
    Map<StreakRule, List<StreakRule.Match>> out = new LinkedHashMap<>();
    streaks.forEach((rule, agg) -> out.put(rule, rule.apply(AggregatorGroups.of(agg), rubric)));
    return out;
  }

  /** Per indicator with counted scores, their distribution over the rubric's categories. */
  Map<String, ScoreDistribution> categories() {
    Map<String, ScoreDistribution> out = new LinkedHashMap<>();
    analytics.categories().ifPresent(c -> {
      Aggregate all = all();
      rubric.allIndicators().forEach(i -> all.indicator(i.id()).filter(s -> !s.scoreCounts().isEmpty())
          .ifPresent(s -> out.put(i.id(), c.distribute(s))));
    });
    return out;
  }

  // ---- formatting shared by the formats -------------------------------------------------------

  /** {@code value} rounded half-up to the rubric's precision, as plain text. */
  String score(BigDecimal value) {
    return value.setScale(rubric.precision(), RoundingMode.HALF_UP).toPlainString();
  }

  /** The mean of {@code s} at the rubric's precision, or empty. */
  Optional<String> mean(ScoreStatistics s) {
    return s.mean().map(this::score);
  }

  /** {@code value} to {@code decimals} places, trailing zeros kept. */
  static String fixed(BigDecimal value, int decimals) {
    return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  /** A group key as text: {@code agent-01} or {@code after-sales · 2024-Q3}. */
  static String label(GroupKey key) {
    return key.values().isEmpty() ? "all" : String.join(" · ", key.values());
  }
}
