package org.rubric4j.analytics;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.rubric4j.DimensionResult;
import org.rubric4j.Evaluation;
import org.rubric4j.IndicatorResult;
import org.rubric4j.Measure;
import org.rubric4j.Quantity;

/**
 * The statistics of a group of {@link Evaluation}s, node by node: the total, every dimension's
 * own score, every indicator's points and every indicator's measured values, plus how often
 * each veto fired. Built one evaluation at a time in memory that does not grow with the number
 * of evaluations (a fixed number of sums per node; score counts bounded by each rule's distinct
 * scores; grade and veto counts bounded by the rubric).
 *
 * <p>What is counted, per node:
 * <ul>
 *   <li>{@link #total()}: {@link Evaluation#total()} as reported (rounded, after vetoes), with
 *       grade counts of the total's grade; no score counts (totals take too many values);</li>
 *   <li>{@link #dimension(String)}: the dimension's own {@link DimensionResult#score()} on the
 *       rubric's scale, not-applicable counts, and counts of the dimension's grade;</li>
 *   <li>{@link #indicator(String)}: the indicator's points, not-applicable counts, and counts
 *       per score (for a 1–5 level rule: how many 1s, 2s, ... 5s);</li>
 *   <li>{@link #value(String)}: the measured amount in canonical units (seconds, fraction of
 *       one, level, count): what KPIs such as "response ≤ 24 h" are stated on;</li>
 *   <li>{@link #criticalScore()} and {@link #nonCriticalScore()}: the evaluations'
 *       {@link Evaluation#criticalScore()} and {@link Evaluation#nonCriticalScore()}, when the
 *       rubric marks indicators critical.</li>
 * </ul>
 *
 * <p>One rubric, one version: an evaluation of another rubric, or of another version of the
 * rubric, is refused with an {@link AnalyticsException} (to aggregate several versions, group
 * by {@link GroupBy#version()}); {@link #rubricId()} and {@link #versions()} say what it holds.
 *
 * <p>Merging: {@link #merge} of the aggregates of two disjoint sets of evaluations equals the
 * aggregate of one pass over both, in any order and grouping (it is built from sums, minima,
 * maxima and counts), so a Spark, Flink or Beam job can use {@link #add} as its accumulate step
 * and {@link #merge} as its combine step. The aggregate is {@link Serializable} for that purpose.
 *
 * <p>Not thread-safe, like {@link java.util.DoubleSummaryStatistics}: {@link #add} and
 * {@link #addAll} modify this aggregate. Give each thread its own and merge them at the end;
 * {@link #merge} and {@link #copy} leave their inputs untouched. Two aggregates are equal when
 * all their statistics are.
 */
public final class Aggregate implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The key of {@link #versions()} for evaluations of a rubric without a version label. */
  public static final String NO_VERSION = "";

  private long evaluations;
  private final RubricSource source = new RubricSource();
  private long vetoed;
  private final ScoreStatistics.Accumulator total = new ScoreStatistics.Accumulator(false);
  // In the order first added: an evaluation lists its dimensions and indicators as the rubric
  // declares them, so the aggregate reports them in the rubric's order, not alphabetically.
  private final LinkedHashMap<String, ScoreStatistics.Accumulator> dimensions = new LinkedHashMap<>();
  /** An indicator's points, amounts and measure under one key: a report keeps one aggregate per group. */
  private final LinkedHashMap<String, IndicatorStatistics> indicators = new LinkedHashMap<>();
  private final TreeMap<String, Long> vetoes = new TreeMap<>();
  /** The critical and non-critical scores; null until an evaluation under a rubric with critical indicators is added. */
  private CriticalStatistics critical;
  /**
   * Where the last evaluation's dimensions and indicators found their statistics in the maps
   * above, by position in its result tree; null until the first add (and after deserialisation).
   */
  private transient Slots<ScoreStatistics.Accumulator> dimensionSlots;
  private transient Slots<IndicatorStatistics> indicatorSlots;

  /** What is kept of the critical and non-critical scores. */
  private static final class CriticalStatistics implements Serializable {
    private static final long serialVersionUID = 1L;

    final ScoreStatistics.Accumulator critical = new ScoreStatistics.Accumulator(false);
    final ScoreStatistics.Accumulator nonCritical = new ScoreStatistics.Accumulator(false);

    void add(org.rubric4j.CriticalScores scores) {
      add(critical, scores.criticalScore());
      add(nonCritical, scores.nonCriticalScore());
    }

    private static void add(ScoreStatistics.Accumulator a, Optional<java.math.BigDecimal> score) {
      if (score.isPresent()) {
        a.add(score.get());
      } else {
        a.addNotApplicable();
      }
    }

    CriticalStatistics copy() {
      CriticalStatistics c = new CriticalStatistics();
      c.combine(this);
      return c;
    }

    void combine(CriticalStatistics o) {
      critical.combine(o.critical);
      nonCritical.combine(o.nonCritical);
    }
  }

  /** What is kept of one indicator. */
  private static final class IndicatorStatistics implements Serializable {
    private static final long serialVersionUID = 1L;

    final ScoreStatistics.Accumulator points = new ScoreStatistics.Accumulator(true);
    final ScoreStatistics.Accumulator amounts = new ScoreStatistics.Accumulator(false);
    /** The measure of the amounts, once one was scored. */
    Measure measure;

    IndicatorStatistics copy() {
      IndicatorStatistics c = new IndicatorStatistics();
      c.combine(this);
      return c;
    }

    void combine(IndicatorStatistics o) {
      points.combine(o.points);
      amounts.combine(o.amounts);
      if (measure == null) {
        measure = o.measure;
      }
    }
  }

  private Aggregate() {}

  /** An aggregate of no evaluation, ready to {@link #add} to. */
  public static Aggregate empty() {
    return new Aggregate();
  }

  /** The aggregate of {@code evaluations}. */
  public static Aggregate of(Iterable<Evaluation> evaluations) {
    Aggregate a = new Aggregate();
    evaluations.forEach(a::add);
    return a;
  }

  /**
   * Adds one evaluation to this aggregate and returns it.
   *
   * @throws AnalyticsException when {@code e} is of another rubric or rubric version than those before it
   */
  public Aggregate add(Evaluation e) {
    Objects.requireNonNull(e, "evaluation");
    source.accept(e.rubricId(), RubricSource.versionOf(e), false);
    evaluations++;
    if (e.isVetoed()) {
      vetoed++;
      e.vetoes().forEach(f -> vetoes.merge(f.veto().id(), 1L, Long::sum));
    }
    total.add(e.total());
    e.grade().ifPresent(g -> total.addGrade(g.id()));
    // Plain loops over the result tree: this runs once per evaluation, millions of times.
    if (dimensionSlots == null) {
      dimensionSlots = new Slots<>();
      indicatorSlots = new Slots<>();
    }
    dimensionSlots.restart();
    indicatorSlots.restart();
    for (DimensionResult d : e.dimensions()) {
      addDimension(d);
    }
    Optional<org.rubric4j.CriticalScores> scores = e.criticalScores();
    if (scores.isPresent()) {
      if (critical == null) {
        critical = new CriticalStatistics();
      }
      critical.add(scores.get());
    }
    return this;
  }

  private void addDimension(DimensionResult d) {
    ScoreStatistics.Accumulator a = dimensionSlots.next(d.id());
    if (a == null) {
      a = dimensions.computeIfAbsent(d.id(), id -> new ScoreStatistics.Accumulator(false));
      dimensionSlots.remember(d.id(), a);
    }
    if (d.score().isPresent()) {
      a.add(d.score().get());
      if (d.grade().isPresent()) {
        a.addGrade(d.grade().get().id());
      }
    } else {
      a.addNotApplicable();
    }
    for (DimensionResult sub : d.dimensions()) {
      addDimension(sub);
    }
    for (IndicatorResult i : d.indicators()) {
      addIndicator(i);
    }
  }

  private void addIndicator(IndicatorResult i) {
    IndicatorStatistics stats = indicatorSlots.next(i.id());
    if (stats == null) {
      stats = indicators.computeIfAbsent(i.id(), id -> new IndicatorStatistics());
      indicatorSlots.remember(i.id(), stats);
    }
    if (i.score().isPresent() && i.value().isPresent()) {
      Quantity q = i.value().get();
      Measure known = stats.measure;
      if (known != null && known != q.measure()) {
        throw new AnalyticsException("values." + i.id(), "indicator " + i.id() + " was measured as a "
            + known.key() + " and now as a " + q.measure().key()
            + "; aggregate evaluations of one rubric version together");
      }
      stats.measure = q.measure();
      stats.points.add(i.score().get());
      stats.amounts.add(q.amount());
    } else {
      stats.points.addNotApplicable();
      stats.amounts.addNotApplicable();
    }
  }

  /** Adds every evaluation of {@code other} to this aggregate and returns it; {@code other} is unchanged. */
  public Aggregate addAll(Aggregate other) {
    Objects.requireNonNull(other, "other");
    other.indicators.forEach((id, theirs) -> {
      IndicatorStatistics mine = indicators.get(id);
      if (mine != null && mine.measure != null && theirs.measure != null && mine.measure != theirs.measure) {
        throw new AnalyticsException("values." + id, "cannot merge: indicator " + id + " is a "
            + mine.measure.key() + " in one aggregate and a " + theirs.measure.key() + " in the other");
      }
    });
    source.accept(other.source, false);
    evaluations += other.evaluations;
    vetoed += other.vetoed;
    total.combine(other.total);
    combine(dimensions, other.dimensions, ScoreStatistics.Accumulator::copy, ScoreStatistics.Accumulator::combine);
    combine(indicators, other.indicators, IndicatorStatistics::copy, IndicatorStatistics::combine);
    other.vetoes.forEach((k, v) -> vetoes.merge(k, v, Long::sum));
    if (other.critical != null) {
      if (critical == null) {
        critical = other.critical.copy();
      } else {
        critical.combine(other.critical);
      }
    }
    return this;
  }

  /** A new aggregate of the evaluations of this one and {@code other}; both are unchanged. */
  public Aggregate merge(Aggregate other) {
    return copy().addAll(other);
  }

  /** An independent copy. */
  public Aggregate copy() {
    return new Aggregate().addAll(this);
  }

  /** Adds each entry of {@code from} to its own in {@code into}, or a copy where {@code into} has none. */
  private static <T> void combine(Map<String, T> into, Map<String, T> from, UnaryOperator<T> copy,
      BiConsumer<T, T> add) {
    from.forEach((k, v) -> {
      T mine = into.get(k);
      if (mine == null) {
        into.put(k, copy.apply(v));
      } else {
        add.accept(mine, v);
      }
    });
  }

  /** How many evaluations were added. */
  public long count() {
    return evaluations;
  }

  /** The id of the rubric of the evaluations; empty for an aggregate of none. */
  public Optional<String> rubricId() {
    return source.rubricId();
  }

  /**
   * How many evaluations of each rubric version it holds, by version label ({@link #NO_VERSION}
   * for a rubric without one): at most one entry, since versions are never mixed.
   */
  public Map<String, Long> versions() {
    return source.version().map(v -> Map.of(v, evaluations)).orElse(Map.of());
  }

  /** How many of them had at least one veto fire. */
  public long vetoedCount() {
    return vetoed;
  }

  /** How many times each veto fired, by veto id. */
  public Map<String, Long> vetoCounts() {
    return Collections.unmodifiableMap(vetoes);
  }

  /** ScoreStatistics of the reported totals, with counts of the total's grades. */
  public ScoreStatistics total() {
    return total.snapshot();
  }

  /**
   * ScoreStatistics of the evaluations' critical scores (n/a where no critical indicator applied),
   * when any evaluation came from a rubric with critical indicators.
   */
  public Optional<ScoreStatistics> criticalScore() {
    return Optional.ofNullable(critical).map(c -> c.critical.snapshot());
  }

  /** ScoreStatistics of the evaluations' non-critical scores, as {@link #criticalScore()}. */
  public Optional<ScoreStatistics> nonCriticalScore() {
    return Optional.ofNullable(critical).map(c -> c.nonCritical.snapshot());
  }

  /** ScoreStatistics of the dimension {@code id}'s own scores, if any evaluation had it. */
  public Optional<ScoreStatistics> dimension(String id) {
    return Optional.ofNullable(dimensions.get(id)).map(ScoreStatistics.Accumulator::snapshot);
  }

  /** ScoreStatistics of the points of the indicator {@code id}, if any evaluation had it. */
  public Optional<ScoreStatistics> indicator(String id) {
    return Optional.ofNullable(indicators.get(id)).map(s -> s.points.snapshot());
  }

  /** ScoreStatistics of the measured amounts of the indicator {@code id}, in canonical units. */
  public Optional<ScoreStatistics> value(String id) {
    return Optional.ofNullable(indicators.get(id)).map(s -> s.amounts.snapshot());
  }

  /** The measure of the values of the indicator {@code id}, once one was scored. */
  public Optional<Measure> measureOf(String id) {
    return Optional.ofNullable(indicators.get(id)).map(s -> s.measure);
  }

  /** ScoreStatistics of every dimension, by id, in the rubric's order (parents before their parts). */
  public Map<String, ScoreStatistics> dimensions() {
    return snapshot(dimensions, a -> a);
  }

  /** ScoreStatistics of every indicator's points, by id, in the rubric's order. */
  public Map<String, ScoreStatistics> indicators() {
    return snapshot(indicators, s -> s.points);
  }

  /** ScoreStatistics of every indicator's measured amounts, by id, in the rubric's order. */
  public Map<String, ScoreStatistics> values() {
    return snapshot(indicators, s -> s.amounts);
  }

  private static <T> Map<String, ScoreStatistics> snapshot(Map<String, T> m,
      java.util.function.Function<T, ScoreStatistics.Accumulator> part) {
    Map<String, ScoreStatistics> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, part.apply(v).snapshot()));
    return Collections.unmodifiableMap(out);
  }

  private Map<String, Measure> measures() {
    Map<String, Measure> out = new TreeMap<>();
    indicators.forEach((k, v) -> {
      if (v.measure != null) {
        out.put(k, v.measure);
      }
    });
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Aggregate a && evaluations == a.evaluations && vetoed == a.vetoed
        && rubricId().equals(a.rubricId()) && versions().equals(a.versions())
        && total().equals(a.total()) && dimensions().equals(a.dimensions())
        && indicators().equals(a.indicators()) && values().equals(a.values())
        && measures().equals(a.measures()) && vetoes.equals(a.vetoes)
        && criticalScore().equals(a.criticalScore()) && nonCriticalScore().equals(a.nonCriticalScore());
  }

  @Override
  public int hashCode() {
    return Objects.hash(evaluations, vetoed, total(), dimensions(), indicators(), values(), vetoes);
  }

  @Override
  public String toString() {
    return "Aggregate[" + evaluations + " evaluations, total " + total() + "]";
  }
}
