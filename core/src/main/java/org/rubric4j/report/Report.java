package org.rubric4j.report;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import org.rubric4j.PeriodUnit;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.Aggregate;
import org.rubric4j.analytics.DataQuality;
import org.rubric4j.analytics.GroupBy;
import org.rubric4j.analytics.GroupKey;
import org.rubric4j.analytics.Ranking;
import org.rubric4j.analytics.ScoreCategories;
import org.rubric4j.analytics.ScoreDistribution;
import org.rubric4j.analytics.StreakRule;
import org.rubric4j.internal.AggregatorGroups;

/**
 * A report over many evaluations of one rubric version, as {@code rubric4j report} writes it:
 * the {@link #summary()} of all evaluations, the {@link #quality()} of the rows, the
 * {@link #groups()} asked for, the {@link #trend()} over periods, the subjects'
 * {@link #ranking()} with the top share marked, {@link #kpis()} attainment,
 * {@link #periodRules()} matches and score {@link #categories()}.
 *
 * <p>Scores are rounded half-up to the rubric's precision, as every output shows them; each
 * {@link GroupReport} also gives its exact statistics. Groups are listed in key order, the trend
 * in period order, dimensions in the rubric's order. Made by a {@link Reporter}; immutable (the
 * groups are read from its aggregates as they are asked for, not copied, so a report over
 * hundreds of thousands of subjects takes no second copy of them).
 */
public final class Report {

  private final Settings settings;
  private final State state;
  private final Ranking<GroupKey> ranking;
  private final Set<GroupKey> top;
  private final List<PeriodRuleOutcome> periodRules;
  private final Map<String, ScoreDistribution> categories;

  Report(Settings settings, State state) {
    this.settings = settings;
    this.state = state;
    this.ranking = Ranking.byMeanTotal(AggregatorGroups.of(state.subjects));
    Set<GroupKey> best = new HashSet<>();
    if (ranking.size() > 0) {
      ranking.top(settings.topShare()).forEach(e -> best.add(e.key()));
    }
    this.top = best;
    List<PeriodRuleOutcome> rules = new ArrayList<>();
    state.streaks.forEach((rule, a) -> rules.add(new PeriodRuleOutcome(rule, rule.apply(AggregatorGroups.of(a), rubric()))));
    this.periodRules = List.copyOf(rules);
    Map<String, ScoreDistribution> distributions = new LinkedHashMap<>();
    settings.categories().ifPresent(c -> {
      Aggregate all = overall();
      rubric().allIndicators().forEach(i -> all.indicator(i.id()).filter(s -> !s.scoreCounts().isEmpty())
          .ifPresent(s -> distributions.put(i.id(), c.distribute(s))));
    });
    this.categories = Collections.unmodifiableMap(distributions);
  }

  /** The rubric the evaluations were scored with. */
  public Rubric rubric() {
    return settings.rubric();
  }

  /**
   * How many evaluations of each rubric version the report holds, by version label
   * ({@link Aggregate#NO_VERSION} for a rubric without one): one entry, the rubric's own
   * version, since a {@link Reporter} refuses other versions; empty for a report of none.
   */
  public Map<String, Long> versions() {
    return overall().versions();
  }

  /** The groupings, in order. */
  public List<GroupBy> groupBy() {
    return settings.groupBy();
  }

  /** The ids of the leaf dimensions (those holding indicators) whose means the report shows, in the rubric's order. */
  public List<String> dimensions() {
    return settings.layout().dimensions();
  }

  /** All evaluations together, under the key {@link GroupKey#all()}. */
  public GroupReport summary() {
    return new GroupReport(settings.layout(), GroupKey.all(), overall());
  }

  private Aggregate overall() {
    return AggregatorGroups.of(state.overall).values().stream().findFirst().orElseGet(Aggregate::empty);
  }

  /** The rows given: how many were scored, how many excluded and why. */
  public DataQuality quality() {
    return state.quality;
  }

  /** The groups asked for, in key order. */
  public List<GroupReport> groups() {
    return new Groups(settings.layout(), AggregatorGroups.of(state.groups));
  }

  /** The group whose key has {@code values}, one per grouping in order. */
  public Optional<GroupReport> group(String... values) {
    List<String> wanted = List.of(values);
    if (wanted.size() != groupBy().size()) {
      return Optional.empty();
    }
    GroupKey key = new GroupKey(groupBy().stream().map(GroupBy::key).toList(), wanted);
    return Optional.ofNullable(AggregatorGroups.of(state.groups).get(key))
        .map(a -> new GroupReport(settings.layout(), key, a));
  }

  /** Scored evaluations no group could take (no subject, no such tag, no period), with reasons. */
  public DataQuality groupExclusions() {
    return state.groups.exclusions();
  }

  /** The unit of the trend: the period the report is grouped by, or months. */
  public PeriodUnit trendUnit() {
    return settings.trendUnit();
  }

  /** One group per period of {@link #trendUnit()}, in period order. */
  public List<GroupReport> trend() {
    return new Groups(settings.layout(), AggregatorGroups.of(state.trend));
  }

  /** Scored evaluations without a period fine enough for the trend, with reasons. */
  public DataQuality trendExclusions() {
    return state.trend.exclusions();
  }

  /** The share of subjects marked {@link RankedSubject#top() top}. */
  public BigDecimal topShare() {
    return settings.topShare();
  }

  /** The subjects ranked by mean total, best first; the top share marked, ties at the cut-off included. */
  public List<RankedSubject> ranking() {
    List<Ranking.Entry<GroupKey>> entries = ranking.entries();
    Layout layout = settings.layout();
    return new Ranked(entries, layout, top);
  }

  /** The KPIs' attainment by all evaluations, in declared order. */
  public List<KpiOutcome> kpis() {
    return summary().kpis();
  }

  /** Every period rule and the subjects it matched, in declared order. */
  public List<PeriodRuleOutcome> periodRules() {
    return periodRules;
  }

  /** Per indicator with counted scores, how they fall into the rubric's score categories; empty without categories. */
  public Map<String, ScoreDistribution> categories() {
    return categories;
  }

  /** The score categories the report distributes indicators' scores over, if it was given any. */
  public Optional<ScoreCategories> scoreCategories() {
    return settings.categories();
  }

  /**
   * How many totals fell in each tenth of the scale, lowest first (10 counts; the last tenth
   * includes the scale itself): the report's distribution chart.
   */
  public List<Long> distribution() {
    List<Long> counts = new ArrayList<>(state.tenths.length);
    for (long n : state.tenths) {
      counts.add(n);
    }
    return Collections.unmodifiableList(counts);
  }

  @Override
  public String toString() {
    return "Report[" + rubric().id() + ", groupBy=" + groupBy() + ", " + quality().accepted() + " scored, "
        + quality().excludedCount() + " excluded]";
  }

  /** The aggregates of an aggregator as group reports, made as they are read. */
  private static final class Groups extends AbstractList<GroupReport> implements RandomAccess {
    private final Layout layout;
    private final List<Map.Entry<GroupKey, Aggregate>> entries;

    Groups(Layout layout, Map<GroupKey, Aggregate> groups) {
      this.layout = layout;
      this.entries = new ArrayList<>(groups.entrySet());
    }

    @Override
    public GroupReport get(int index) {
      Map.Entry<GroupKey, Aggregate> e = entries.get(index);
      return new GroupReport(layout, e.getKey(), e.getValue());
    }

    @Override
    public int size() {
      return entries.size();
    }
  }

  /** The ranking's entries as ranked subjects, made as they are read. */
  private static final class Ranked extends AbstractList<RankedSubject> implements RandomAccess {
    private final List<Ranking.Entry<GroupKey>> entries;
    private final Layout layout;
    private final Set<GroupKey> top;

    Ranked(List<Ranking.Entry<GroupKey>> entries, Layout layout, Set<GroupKey> top) {
      this.entries = entries;
      this.layout = layout;
      this.top = top;
    }

    @Override
    public RankedSubject get(int index) {
      Ranking.Entry<GroupKey> e = entries.get(index);
      return new RankedSubject(e.key().values().get(0), e.rank(), layout.score(e.score()), e.percentile(),
          top.contains(e.key()));
    }

    @Override
    public int size() {
      return entries.size();
    }
  }
}
