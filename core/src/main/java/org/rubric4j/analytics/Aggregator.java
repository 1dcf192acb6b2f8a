package org.rubric4j.analytics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.rubric4j.Evaluation;
import org.rubric4j.PeriodUnit;
import org.rubric4j.ReportingPeriod;

/**
 * Groups evaluations by subject, tag and period and keeps one {@link Aggregate} per group,
 * consuming evaluations one at a time: memory grows with the number of groups, never with the
 * number of evaluations.
 *
 * <pre>{@code
 * Aggregator byAgentAndQuarter = Aggregator.groupingBy(GroupBy.subject(), GroupBy.period(PeriodUnit.QUARTER));
 * evaluations.forEach(byAgentAndQuarter::add);
 * byAgentAndQuarter.groups().forEach((key, aggregate) -> ...);   // subject=agent-7, period:quarter=2024-Q3
 * byAgentAndQuarter.exclusions();                                  // what could not be grouped, and why
 * }</pre>
 *
 * <p>An evaluation that lacks what a grouping needs is not dropped silently: it is counted in
 * {@link #exclusions()} with its reason ({@link DataQuality#NO_SUBJECT}, {@link DataQuality#NO_PERIOD},
 * {@code no-tag:NAME}, or {@link DataQuality#PERIOD_TOO_COARSE} when its period is coarser
 * than the grouping: a month grouped by week, a quarter grouped by month, a week that
 * straddles two months grouped by month).
 *
 * <p>Never mixes rubrics or rubric versions: evaluations of another rubric are refused, and
 * several versions of one rubric are accepted only when grouped by {@link GroupBy#version()}
 * (each version then has its own groups); otherwise the second version is refused.
 *
 * <p>Merging: {@link #merge} of aggregators over disjoint inputs, grouped the same way, equals
 * one aggregator over all of them, whatever the order; so per-partition aggregators combine in
 * Spark, Flink or Beam. {@link Serializable}. Not thread-safe ({@link #add} modifies it): use
 * one per thread and merge, which {@link #collector} does for a stream, parallel or not:
 *
 * <pre>{@code
 * Aggregator byTeam = evaluations.parallelStream().collect(Aggregator.collector(GroupBy.tag("team")));
 * }</pre>
 */
public final class Aggregator implements Serializable {

  private static final long serialVersionUID = 1L;

  static {
    org.rubric4j.internal.AggregatorGroups.register(a -> Collections.unmodifiableMap(a.groups));
  }

  private final List<GroupBy> groupBy;
  private final TreeMap<GroupKey, Aggregate> groups = new TreeMap<>();
  private final RubricSource source = new RubricSource();
  /** Whether one grouping is by version: then several versions of the rubric are accepted. */
  private final boolean byVersion;
  private DataQuality exclusions = DataQuality.empty();
  /**
   * Periods met lately, each with the group it falls in, by hash: periods repeat from one
   * evaluation to the next, and reading one is a date parse. Null until grouping by a period
   * needs it (and after deserialisation).
   */
  private transient PeriodGroup[] periodsMet;

  private record PeriodGroup(String period, Optional<String> group) {}

  private static final int PERIODS_MET = 256;

  private Aggregator(List<GroupBy> groupBy) {
    this.groupBy = List.copyOf(groupBy);
    this.byVersion = this.groupBy.stream().anyMatch(g -> g instanceof GroupBy.ByVersion);
    List<String> keys = this.groupBy.stream().map(GroupBy::key).toList();
    if (keys.stream().distinct().count() != keys.size()) {
      throw AnalyticsException.of("a grouping is given twice: " + keys);
    }
    if (this.groupBy.stream().filter(g -> g instanceof GroupBy.ByPeriod).count() > 1) {
      throw AnalyticsException.of("group by at most one period unit, was " + keys);
    }
  }

  /** An aggregator that groups by {@code groupBy}, in that order; none gives a single group. */
  public static Aggregator groupingBy(GroupBy... groupBy) {
    Objects.requireNonNull(groupBy, "groupBy");
    return new Aggregator(List.of(groupBy));
  }

  /** An aggregator that groups by {@code groupBy}, in that order. */
  public static Aggregator groupingBy(List<GroupBy> groupBy) {
    Objects.requireNonNull(groupBy, "groupBy");
    return new Aggregator(groupBy);
  }

  /**
   * A collector into an aggregator grouped by {@code groupBy}: each thread of a parallel stream
   * fills its own and they are merged, so the result equals one aggregator fed in order.
   */
  public static java.util.stream.Collector<Evaluation, Aggregator, Aggregator> collector(GroupBy... groupBy) {
    List<GroupBy> groupings = List.of(Objects.requireNonNull(groupBy, "groupBy"));
    new Aggregator(groupings); // refuses a grouping given twice now, not in the first thread
    return java.util.stream.Collector.of(() -> new Aggregator(groupings), Aggregator::add, Aggregator::addAll,
        java.util.stream.Collector.Characteristics.IDENTITY_FINISH);
  }

  /**
   * Adds one evaluation to its group, or counts it as excluded with the reason; returns this.
   *
   * @throws AnalyticsException when {@code e} is of another rubric than those before it, or of
   *     another version and this aggregator does not group by {@link GroupBy#version()}
   */
  public Aggregator add(Evaluation e) {
    Objects.requireNonNull(e, "evaluation");
    source.accept(e.rubricId(), RubricSource.versionOf(e), byVersion);
    List<String> names = new ArrayList<>(groupBy.size());
    List<String> values = new ArrayList<>(groupBy.size());
    for (GroupBy g : groupBy) {
      Optional<String> value = valueOf(g, e);
      if (value.isEmpty()) {
        exclusions = exclusions.withExcluded(reason(g, e), e.id());
        return this;
      }
      names.add(g.key());
      values.add(value.get());
    }
    groups.computeIfAbsent(new GroupKey(names, values), k -> Aggregate.empty()).add(e);
    exclusions = exclusions.withAccepted(1);
    return this;
  }

  private Optional<String> valueOf(GroupBy g, Evaluation e) {
    if (g instanceof GroupBy.BySubject) {
      return e.subject();
    }
    if (g instanceof GroupBy.ByTag t) {
      return Optional.ofNullable(e.tags().get(t.name()));
    }
    if (g instanceof GroupBy.ByVersion) {
      return Optional.of(e.rubricVersion().orElse(Aggregate.NO_VERSION));
    }
    PeriodUnit unit = ((GroupBy.ByPeriod) g).unit();
    return e.period().isEmpty() ? Optional.empty() : groupOf(e.period().get(), unit);
  }

  /** The period of {@code unit} that {@code period} falls in, as text; empty when it is coarser. */
  private Optional<String> groupOf(String period, PeriodUnit unit) {
    if (periodsMet == null) {
      periodsMet = new PeriodGroup[PERIODS_MET];
    }
    int hash = period.hashCode();
    int slot = (hash ^ hash >>> 16) & (PERIODS_MET - 1);
    PeriodGroup met = periodsMet[slot];
    if (met != null && met.period().equals(period)) {
      return met.group();
    }
    Optional<String> group = ReportingPeriod.parse(period).within(unit).map(ReportingPeriod::toString);
    periodsMet[slot] = new PeriodGroup(period, group); // one aggregator groups by one period unit
    return group;
  }

  private static String reason(GroupBy g, Evaluation e) {
    if (g instanceof GroupBy.BySubject) {
      return DataQuality.NO_SUBJECT;
    }
    if (g instanceof GroupBy.ByTag t) {
      return DataQuality.NO_TAG + t.name();
    }
    return e.period().isEmpty() ? DataQuality.NO_PERIOD : DataQuality.PERIOD_TOO_COARSE;
  }

  /**
   * Adds every group and exclusion of {@code other} to this aggregator; {@code other} is unchanged.
   *
   * @throws AnalyticsException when {@code other} groups differently
   */
  public Aggregator addAll(Aggregator other) {
    Objects.requireNonNull(other, "other");
    if (!groupBy.equals(other.groupBy)) {
      throw AnalyticsException.of("cannot merge an aggregator grouped by " + other.groupBy
          + " into one grouped by " + groupBy + "; group both the same way");
    }
    source.accept(other.source, byVersion);
    other.groups.forEach((k, a) -> groups.merge(k, a.copy(), Aggregate::addAll));
    exclusions = exclusions.merge(other.exclusions);
    return this;
  }

  /** A new aggregator over the evaluations of this one and {@code other}; both are unchanged. */
  public Aggregator merge(Aggregator other) {
    return copy().addAll(other);
  }

  /** An independent copy. */
  public Aggregator copy() {
    return new Aggregator(groupBy).addAll(this);
  }

  /** The groupings, in order. */
  public List<GroupBy> groupBy() {
    return groupBy;
  }

  /** Every group's aggregate (copies), ordered by key. */
  public Map<GroupKey, Aggregate> groups() {
    Map<GroupKey, Aggregate> out = new LinkedHashMap<>();
    groups.forEach((k, a) -> out.put(k, a.copy()));
    return Collections.unmodifiableMap(out);
  }

  /** The aggregate (a copy) of the group with {@code values}, one per grouping in order. */
  public Optional<Aggregate> group(String... values) {
    Objects.requireNonNull(values, "values");
    if (values.length != groupBy.size()) {
      throw AnalyticsException.of("this aggregator groups by " + groupBy + ", so a group needs "
          + groupBy.size() + " values, was " + List.of(values));
    }
    GroupKey key = new GroupKey(groupBy.stream().map(GroupBy::key).toList(), List.of(values));
    return Optional.ofNullable(groups.get(key)).map(Aggregate::copy);
  }

  /** The evaluations accepted and those excluded, with reasons. */
  public DataQuality exclusions() {
    return exclusions;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Aggregator a && groupBy.equals(a.groupBy) && groups.equals(a.groups)
        && exclusions.equals(a.exclusions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupBy, groups, exclusions);
  }

  @Override
  public String toString() {
    return "Aggregator[by " + groupBy + ", " + groups.size() + " groups, " + exclusions + "]";
  }
}
