package org.rubric4j.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import org.rubric4j.Evaluation;
import org.rubric4j.ObservationException;
import org.rubric4j.PeriodUnit;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.AnalyticsException;
import org.rubric4j.analytics.DataQuality;
import org.rubric4j.analytics.GroupBy;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.ScoreCategories;
import org.rubric4j.analytics.StreakRule;

/**
 * Takes the evaluations of one rubric, one at a time, and the rows that could not be scored,
 * and gives their {@link Report}: what {@code rubric4j report} writes.
 *
 * <pre>{@code
 * Reporter reporter = Reporter.builder(rubric)
 *     .groupBy(GroupBy.tag("team"), GroupBy.period(PeriodUnit.QUARTER))
 *     .kpis(kpis)
 *     .build();
 * for (Observations o : rows) {
 *   try {
 *     reporter.add(rubric.evaluate(o));
 *   } catch (ObservationException e) {
 *     reporter.exclude(e);                 // counted under data quality with its reason
 *   }
 * }
 * Report report = reporter.report();
 * }</pre>
 *
 * <p>Only aggregates are kept, never the evaluations: memory grows with the number of groups
 * (and subjects), not with the number of evaluations. Nothing is dropped silently: an
 * evaluation a grouping cannot place (no subject, no such tag, no period) is counted in the
 * report's exclusions with its reason.
 *
 * <p>One rubric, one version: an evaluation of another rubric, or of another version of this
 * one, is refused, since mixing versions would average totals scored by different rules.
 *
 * <p>Not thread-safe: give each thread its own reporter and {@link #addAll merge} them, which
 * {@link Builder#collector()} does for a stream, parallel or not. {@link #report()} takes a
 * snapshot: adding afterwards leaves the report as it was.
 */
public final class Reporter {

  /** The share of subjects ranked "top" unless told otherwise: seed 003's yearly top 10 % service star. */
  public static final BigDecimal DEFAULT_TOP_SHARE = new BigDecimal("0.1");

  private final Settings settings;
  private State state;
  /** Whether a report reads {@link #state}: the next change works on a copy, so the report stays as it was. */
  private boolean shared;

  private Reporter(Settings settings) {
    this.settings = settings;
    this.state = State.empty(settings);
  }

  /** A builder of reporters on {@code rubric}'s evaluations, grouped by subject unless told otherwise. */
  public static Builder builder(Rubric rubric) {
    return new Builder(Objects.requireNonNull(rubric, "rubric"));
  }

  /**
   * Adds one evaluation to the report; returns this.
   *
   * @throws IllegalArgumentException when {@code evaluation} is of another rubric or version
   */
  public Reporter add(Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    Rubric rubric = settings.rubric();
    if (!evaluation.rubricId().equals(rubric.id()) || !evaluation.rubricVersion().equals(rubric.version())) {
      throw new IllegalArgumentException("evaluation " + evaluation.id() + " is of rubric "
          + describe(evaluation.rubricId(), evaluation.rubricVersion()) + ", this report is of rubric "
          + describe(rubric.id(), rubric.version()) + "; report each rubric version on its own");
    }
    writable().add(evaluation, rubric.scale());
    return this;
  }

  /**
   * Counts a row that could not be scored under data quality, with its reason; returns this.
   *
   * @param id the row's id (or where it is, such as {@code line 12}, when it has none)
   * @param reason one of {@link DataQuality}'s reasons ({@link DataQuality#INCOMPLETE}, ...) or
   *     the caller's own
   */
  public Reporter exclude(String id, String reason) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
    State s = writable();
    s.quality = s.quality.withExcluded(reason, id);
    return this;
  }

  /**
   * Counts an observation {@link Rubric#evaluate} refused under data quality, with the reason
   * {@link DataQuality#reasonOf} gives it; returns this.
   */
  public Reporter exclude(ObservationException refused) {
    Objects.requireNonNull(refused, "refused");
    return exclude(refused.evaluationId(), DataQuality.reasonOf(refused));
  }

  /**
   * Adds everything {@code other} was given to this reporter; {@code other} is unchanged. The
   * result equals one reporter given both inputs, in any order.
   *
   * @throws AnalyticsException when {@code other} was built differently (rubric, groups, rules)
   */
  public Reporter addAll(Reporter other) {
    Objects.requireNonNull(other, "other");
    if (!settings.equals(other.settings)) {
      throw AnalyticsException.of("cannot merge a reporter of " + describe(other.settings.rubric())
          + " grouped by " + other.settings.groupBy() + " into one of " + describe(settings.rubric())
          + " grouped by " + settings.groupBy() + "; build both with the same settings");
    }
    writable().addAll(other.state);
    return this;
  }

  /** The rows given so far: scored, and excluded with reasons. */
  public DataQuality quality() {
    return state.quality;
  }

  /** The report of everything given so far: a snapshot that later additions leave unchanged. */
  public Report report() {
    shared = true;
    return new Report(settings, state);
  }

  private State writable() {
    if (shared) {
      state = state.copy();
      shared = false;
    }
    return state;
  }

  private static String describe(Rubric rubric) {
    return describe(rubric.id(), rubric.version());
  }

  private static String describe(String id, Optional<String> version) {
    return "`" + id + "`" + version.map(v -> " version " + v).orElse(" (no version)");
  }

  @Override
  public String toString() {
    return "Reporter[" + describe(settings.rubric()) + ", groupBy=" + settings.groupBy() + ", " + state.quality.seen()
        + " rows]";
  }

  /**
   * Settings of a report: how to group, the KPIs, period rules and score categories to report,
   * and the share of subjects ranked top. Each setting is checked when it is set.
   */
  public static final class Builder {

    private final Rubric rubric;
    private List<GroupBy> groupBy = List.of(GroupBy.subject());
    private List<Kpi> kpis = List.of();
    private List<StreakRule> periodRules = List.of();
    private Optional<ScoreCategories> categories = Optional.empty();
    private BigDecimal topShare = DEFAULT_TOP_SHARE;

    private Builder(Rubric rubric) {
      this.rubric = rubric;
    }

    /**
     * Groups by {@code groupBy}, in that order (by subject when never called; none gives one
     * group of all). The trend is by the grouping's period unit, or by month.
     *
     * @throws AnalyticsException when a grouping repeats or two period units are given
     */
    public Builder groupBy(GroupBy... groupBy) {
      return groupBy(List.of(Objects.requireNonNull(groupBy, "groupBy")));
    }

    /** Groups by {@code groupBy}, in that order; see {@link #groupBy(GroupBy...)}. */
    public Builder groupBy(List<GroupBy> groupBy) {
      List<GroupBy> copy = List.copyOf(groupBy);
      org.rubric4j.analytics.Aggregator.groupingBy(copy); // refuses a repeated grouping now, naming it
      this.groupBy = copy;
      return this;
    }

    /** Reports the attainment of {@code kpis}, in that order, overall and per group. */
    public Builder kpis(List<Kpi> kpis) {
      this.kpis = List.copyOf(kpis);
      return this;
    }

    /**
     * Reports the subjects matching {@code periodRules} ("C in three consecutive months").
     *
     * @throws IllegalArgumentException when a rule names a grade the rubric does not have
     */
    public Builder periodRules(List<StreakRule> periodRules) {
      List<StreakRule> copy = List.copyOf(periodRules);
      for (StreakRule r : copy) {
        if (rubric.grades().stream().noneMatch(g -> g.id().equals(r.grade()))) {
          throw new IllegalArgumentException("period rule " + r.id() + " names grade `" + r.grade()
              + "`, which rubric `" + rubric.id() + "` does not have");
        }
      }
      this.periodRules = copy;
      return this;
    }

    /** Reports how each indicator's scores fall into {@code categories} (satisfied, neutral, ...). */
    public Builder categories(ScoreCategories categories) {
      this.categories = Optional.of(Objects.requireNonNull(categories, "categories"));
      return this;
    }

    /**
     * Marks the best {@code share} of subjects as top (0.1 for 10 %, the default), ties at the
     * cut-off included.
     *
     * @throws IllegalArgumentException unless {@code share} is above 0 and at most 1
     */
    public Builder topShare(BigDecimal share) {
      Objects.requireNonNull(share, "share");
      if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("the top share must be above 0 and at most 1, got " + share.toPlainString());
      }
      this.topShare = share;
      return this;
    }

    /** A new, empty reporter with these settings. */
    public Reporter build() {
      PeriodUnit trendUnit = groupBy.stream().filter(g -> g instanceof GroupBy.ByPeriod)
          .map(g -> ((GroupBy.ByPeriod) g).unit()).findFirst().orElse(PeriodUnit.MONTH);
      return new Reporter(new Settings(Layout.of(rubric, kpis), groupBy, trendUnit, periodRules, categories, topShare));
    }

    /**
     * A collector of evaluations into their report: each thread of a parallel stream fills its
     * own reporter and they are merged, so the report equals one of the evaluations in order.
     */
    public Collector<Evaluation, Reporter, Report> collector() {
      Reporter template = build();
      return Collector.of(() -> new Reporter(template.settings), Reporter::add, Reporter::addAll, Reporter::report);
    }
  }
}
