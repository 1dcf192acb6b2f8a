package org.rubric4j.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.Indicator;
import org.rubric4j.Interval;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Measure;
import org.rubric4j.Rubric;
import org.rubric4j.internal.ValueText;

/**
 * A key performance indicator: a statistic of one node of an {@link Aggregate}, or a figure
 * computed elsewhere, and the {@link Interval} it should lie in. Seed 001: "问题受理时间≤24小时,
 * 一次性解决率≥90%, 解答清晰度评分≥4.5分, 定期维护覆盖率100%"; seed 003: FCR ≥ 85 %.
 *
 * <pre>{@code
 * Kpi response = Kpi.builder("response-time").name("问题受理时间")
 *     .of("indicator.first-response-time.value").statistic("max").target("<= 24h").build();
 * KpiResult r = response.attainment(aggregate);     // met, actual, explanation
 * }</pre>
 *
 * <p>Sources, written as in a rubric file: {@code indicator.ID.value} (the measured amounts,
 * in the indicator's measure), {@code indicator.ID.points}, {@code dimension.ID.score} (on the
 * rubric's scale), {@code total}, and {@code external.NAME} for figures not in an aggregate,
 * such as the maintenance coverage of {@link CadenceCoverage}. The target's measure must fit the
 * source: the indicator's own measure for its values (a number also fits levels and counts,
 * whose mean need not be whole), a number for points, scores and totals; {@link #validate}
 * checks a KPI against a rubric. Immutable and thread-safe.
 *
 * @param id the KPI's id
 * @param name its display name, when given
 * @param source what it measures
 * @param statistic which statistic of the source is compared
 * @param target the interval the statistic should lie in
 */
public record Kpi(String id, Optional<String> name, Kpi.Source source, Kpi.Statistic statistic, Interval target) {

  /** Checks every part is present and the target fits the kind of source. */
  public Kpi {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(statistic, "statistic");
    Objects.requireNonNull(target, "target");
    if (id.isBlank()) {
      throw new AnalyticsException("kpis", "a KPI needs a non-blank id");
    }
    boolean numeric = target.measure() == Measure.NUMBER;
    if ((source instanceof IndicatorPoints || source instanceof DimensionScore || source instanceof Total) && !numeric) {
      throw new AnalyticsException("kpis." + id + ".target", "KPI " + id + ": " + source
          + " is a number of points, so its target must be a number, was " + target);
    }
  }

  /** Starts a KPI {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** What a KPI measures. */
  public sealed interface Source permits IndicatorValue, IndicatorPoints, DimensionScore, Total, External {

    /**
     * Reads {@code indicator.ID.value}, {@code indicator.ID.points}, {@code dimension.ID.score},
     * {@code total} or {@code external.NAME}.
     *
     * @throws AnalyticsException for any other text
     */
    static Source parse(String text) {
      Objects.requireNonNull(text, "text");
      String t = text.strip();
      if (t.equals("total")) {
        return new Total();
      }
      if (t.startsWith("external.") && t.length() > 9) {
        return new External(t.substring(9));
      }
      if (t.startsWith("indicator.") && t.endsWith(".value") && t.length() > 16) {
        return new IndicatorValue(t.substring(10, t.length() - 6));
      }
      if (t.startsWith("indicator.") && t.endsWith(".points") && t.length() > 17) {
        return new IndicatorPoints(t.substring(10, t.length() - 7));
      }
      if (t.startsWith("dimension.") && t.endsWith(".score") && t.length() > 16) {
        return new DimensionScore(t.substring(10, t.length() - 6));
      }
      throw AnalyticsException.of("a KPI cannot measure \"" + text + "\"; write indicator.ID.value,"
          + " indicator.ID.points, dimension.ID.score, total or external.NAME");
    }
  }

  /**
   * The measured amounts of an indicator.
   *
   * @param indicator the indicator's id
   */
  public record IndicatorValue(String indicator) implements Source {
    @Override
    public String toString() {
      return "indicator." + indicator + ".value";
    }
  }

  /**
   * The points of an indicator.
   *
   * @param indicator the indicator's id
   */
  public record IndicatorPoints(String indicator) implements Source {
    @Override
    public String toString() {
      return "indicator." + indicator + ".points";
    }
  }

  /**
   * The own scores of a dimension, on the rubric's scale.
   *
   * @param dimension the dimension's id
   */
  public record DimensionScore(String dimension) implements Source {
    @Override
    public String toString() {
      return "dimension." + dimension + ".score";
    }
  }

  /** The reported totals. */
  public record Total() implements Source {
    @Override
    public String toString() {
      return "total";
    }
  }

  /**
   * A figure computed outside an aggregate, such as a maintenance coverage.
   *
   * @param name the figure's name
   */
  public record External(String name) implements Source {
    @Override
    public String toString() {
      return "external." + name;
    }
  }

  /** Which statistic of the source is compared with the target. */
  public enum Statistic {
    /** The exact mean. */
    MEAN,
    /** The smallest value: "every ticket within 24 h" is a max ≤ 24 h, "every rating ≥ 3" a min ≥ 3. */
    MIN,
    /** The largest value. */
    MAX;

    /** {@code mean}, {@code min} or {@code max}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The statistic named {@code key}.
     *
     * @throws AnalyticsException for any other name
     */
    public static Statistic ofKey(String key) {
      for (Statistic s : values()) {
        if (s.key().equals(key)) {
          return s;
        }
      }
      throw AnalyticsException.of("unknown KPI statistic \"" + key + "\"; expected mean, min or max");
    }
  }

  /** The name, or the id when there is none. */
  public String displayName() {
    return name.orElse(id);
  }

  /**
   * Checks that the source exists in {@code rubric} and the target fits its measure.
   *
   * @throws AnalyticsException naming the KPI, the source and what is wrong
   */
  public void validate(Rubric rubric) {
    String path = "kpis." + id;
    if (source instanceof IndicatorValue v) {
      Indicator i = rubric.indicator(v.indicator()).orElseThrow(() -> new AnalyticsException(path + ".of",
          "KPI " + id + " measures indicator " + v.indicator() + ", which rubric " + rubric.id() + " does not have"));
      if (!fits(target.measure(), i.rule().measure())) {
        throw new AnalyticsException(path + ".target", "KPI " + id + ": indicator " + i.id() + " measures a "
            + i.rule().measure().key() + ", but the target " + target + " is a " + target.measure().key());
      }
    } else if (source instanceof IndicatorPoints p && rubric.indicator(p.indicator()).isEmpty()) {
      throw new AnalyticsException(path + ".of", "KPI " + id + " measures indicator " + p.indicator()
          + ", which rubric " + rubric.id() + " does not have");
    } else if (source instanceof DimensionScore d && rubric.dimension(d.dimension()).isEmpty()) {
      throw new AnalyticsException(path + ".of", "KPI " + id + " measures dimension " + d.dimension()
          + ", which rubric " + rubric.id() + " does not have");
    }
  }

  private static boolean fits(Measure target, Measure value) {
    return target == value || (target == Measure.NUMBER
        && (value == Measure.LEVEL || value == Measure.COUNT || value == Measure.NUMBER));
  }

  /**
   * How far {@code aggregate} attains this KPI: the statistic, whether it lies in the target,
   * and a sentence saying so. Not met when the source was never scored (no actual value).
   *
   * @throws AnalyticsException for an {@link External} source, or a target that does not fit
   *     the measure of the aggregated values
   */
  public KpiResult attainment(Aggregate aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    Optional<ScoreStatistics> stats;
    if (source instanceof IndicatorValue v) {
      aggregate.measureOf(v.indicator()).ifPresent(m -> {
        if (!fits(target.measure(), m)) {
          throw new AnalyticsException("kpis." + id + ".target", "KPI " + id + ": indicator " + v.indicator()
              + " measures a " + m.key() + ", but the target " + target + " is a " + target.measure().key());
        }
      });
      stats = aggregate.value(v.indicator());
    } else if (source instanceof IndicatorPoints p) {
      stats = aggregate.indicator(p.indicator());
    } else if (source instanceof DimensionScore d) {
      stats = aggregate.dimension(d.dimension());
    } else if (source instanceof Total) {
      stats = Optional.of(aggregate.total());
    } else {
      throw new AnalyticsException("kpis." + id + ".of", "KPI " + id + " measures " + source
          + ", which is not in an aggregate; use attainment(actual, count)");
    }
    long count = stats.map(ScoreStatistics::count).orElse(0L);
    Optional<BigDecimal> actual = stats.flatMap(s -> switch (statistic) {
      case MEAN -> s.mean();
      case MIN -> s.min();
      case MAX -> s.max();
    });
    return result(actual, count);
  }

  /**
   * How far {@code actual}, computed over {@code count} items elsewhere, attains this KPI; for
   * a percent target, {@code actual} is a fraction of one (1 for 100 %).
   */
  public KpiResult attainment(BigDecimal actual, long count) {
    Objects.requireNonNull(actual, "actual");
    return result(Optional.of(actual), count);
  }

  private KpiResult result(Optional<BigDecimal> actual, long count) {
    if (actual.isEmpty()) {
      return new KpiResult(this, actual, false, count, displayName() + ": " + source
          + " has no value in this group, so the target " + target + " is not met");
    }
    boolean met = target.contains(actual.get());
    return new KpiResult(this, actual, met, count, displayName() + ": " + statistic.key() + " of " + source
        + " over " + count + " is " + shown(actual.get()) + (met ? ", within " : ", outside ") + target
        + (met ? ": met" : ": not met"));
  }

  private String shown(BigDecimal amount) {
    BigDecimal display = amount.setScale(6, RoundingMode.HALF_UP);
    try {
      return ValueText.format(target.measure(), ValueText.canonical(display));
    } catch (RuntimeException e) {
      return ValueText.plain(display);
    }
  }

  /** Collects a KPI's parts; checks each at once. Mutable and not thread-safe. */
  public static final class Builder {
    private final String id;
    private String name;
    private Source source;
    private Statistic statistic = Statistic.MEAN;
    private Interval target;

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** The display name. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** What it measures, such as {@code indicator.fcr.value}; see {@link Source#parse}. */
    public Builder of(String source) {
      this.source = Source.parse(source);
      return this;
    }

    /** What it measures. */
    public Builder of(Source source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** {@code mean} (the default), {@code min} or {@code max}. */
    public Builder statistic(String statistic) {
      this.statistic = Statistic.ofKey(Objects.requireNonNull(statistic, "statistic"));
      return this;
    }

    /** The target, such as {@code "<= 24h"}, {@code ">= 90%"}, {@code ">= 4.5"}; its measure follows from how it is written. */
    public Builder target(String target) {
      Objects.requireNonNull(target, "target");
      try {
        this.target = Interval.parse(target);
      } catch (InvalidValueException e) {
        throw new AnalyticsException("kpis." + id + ".target", "KPI " + id + ": " + e.getMessage());
      }
      return this;
    }

    /** The target. */
    public Builder target(Interval target) {
      this.target = Objects.requireNonNull(target, "target");
      return this;
    }

    /**
     * The KPI.
     *
     * @throws AnalyticsException when the source or the target is missing or they do not fit
     */
    public Kpi build() {
      if (source == null) {
        throw new AnalyticsException("kpis." + id + ".of", "KPI " + id + " needs a source (of)");
      }
      if (target == null) {
        throw new AnalyticsException("kpis." + id + ".target", "KPI " + id + " needs a target");
      }
      return new Kpi(id, Optional.ofNullable(name), source, statistic, target);
    }
  }
}
