package org.rubric4j.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rubric4j.Interval;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Measure;

/**
 * Named, non-overlapping ranges of scores, used to turn counts of scores into a distribution:
 * seed 002's "满意(4-5分) / 一般(3分) / 不满意(1-2分)" is {@link #satisfaction()}.
 *
 * <pre>{@code
 * ScoreCategories c = ScoreCategories.builder()
 *     .category("satisfied", "[4, 5]").category("neutral", "[3, 3]").category("unsatisfied", "[1, 2]")
 *     .build();
 * ScoreDistribution d = c.distribute(aggregate.indicator("overall-satisfaction").orElseThrow());
 * }</pre>
 *
 * <p>Invariants: at least one category, unique ids, ranges on {@link Measure#NUMBER} that do
 * not overlap. Ranges need not cover every score: scores in no category are counted as
 * uncategorised, never dropped. Immutable and thread-safe.
 */
public final class ScoreCategories {

  private final Map<String, Interval> categories;

  private ScoreCategories(Map<String, Interval> categories) {
    this.categories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categories));
  }

  /** Seed 002's three categories on a 1–5 scale: satisfied [4, 5], neutral [3, 3], unsatisfied [1, 2]. */
  public static ScoreCategories satisfaction() {
    return builder().category("satisfied", "[4, 5]").category("neutral", "[3, 3]")
        .category("unsatisfied", "[1, 2]").build();
  }

  /** A builder for categories, in the order they should be reported. */
  public static Builder builder() {
    return new Builder();
  }

  /** The categories and their ranges, in declared order. */
  public Map<String, Interval> categories() {
    return categories;
  }

  /** The distribution of the scores counted in {@code statistics} ({@link ScoreStatistics#scoreCounts()}). */
  public ScoreDistribution distribute(ScoreStatistics statistics) {
    return distribute(statistics.scoreCounts());
  }

  /**
   * The distribution of {@code counts} (how many times each score occurred).
   *
   * @throws AnalyticsException when a count is negative
   */
  public ScoreDistribution distribute(Map<BigDecimal, Long> counts) {
    Map<String, Long> per = new LinkedHashMap<>();
    categories.keySet().forEach(id -> per.put(id, 0L));
    long uncategorised = 0;
    for (Map.Entry<BigDecimal, Long> e : counts.entrySet()) {
      if (e.getValue() < 0) {
        throw new AnalyticsException("counts." + e.getKey().toPlainString(),
            "score " + e.getKey().toPlainString() + " has a negative count " + e.getValue());
      }
      String hit = null;
      for (Map.Entry<String, Interval> c : categories.entrySet()) {
        if (c.getValue().contains(e.getKey())) {
          hit = c.getKey();
          break;
        }
      }
      if (hit == null) {
        uncategorised += e.getValue();
      } else {
        per.merge(hit, e.getValue(), Long::sum);
      }
    }
    return ScoreDistribution.of(per, uncategorised, counts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreCategories c && categories.equals(c.categories);
  }

  @Override
  public int hashCode() {
    return categories.hashCode();
  }

  @Override
  public String toString() {
    return "ScoreCategories" + categories;
  }

  /** Collects categories; checks each at once and all together in {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Interval> categories = new LinkedHashMap<>();

    private Builder() {}

    /**
     * A category {@code id} for scores in {@code range}, such as {@code "[4, 5]"}.
     *
     * @throws AnalyticsException when the id is blank or repeated, or the range cannot be read
     */
    public Builder category(String id, String range) {
      Objects.requireNonNull(range, "range");
      Interval interval;
      try {
        interval = Interval.parse(Measure.NUMBER, range);
      } catch (InvalidValueException e) {
        throw new AnalyticsException("categories." + id, "category " + id + ": " + e.getMessage());
      }
      return category(id, interval);
    }

    /** A category {@code id} for scores in {@code range} (a number interval). */
    public Builder category(String id, Interval range) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(range, "range");
      if (id.isBlank()) {
        throw new AnalyticsException("categories", "a category needs a non-blank id");
      }
      if (categories.containsKey(id)) {
        throw new AnalyticsException("categories." + id, "category " + id + " is declared twice");
      }
      if (range.measure() != Measure.NUMBER && range.measure() != Measure.LEVEL) {
        throw new AnalyticsException("categories." + id, "category " + id + " ranges over scores,"
            + " so its range must be a number, was a " + range.measure().key() + " " + range);
      }
      categories.put(id, range);
      return this;
    }

    /**
     * The categories.
     *
     * @throws AnalyticsException when there is none, or naming every pair of overlapping ranges
     */
    public ScoreCategories build() {
      if (categories.isEmpty()) {
        throw new AnalyticsException("categories", "declare at least one category");
      }
      List<String> overlaps = new ArrayList<>();
      List<Map.Entry<String, Interval>> list = new ArrayList<>(categories.entrySet());
      for (int a = 0; a < list.size(); a++) {
        for (int b = a + 1; b < list.size(); b++) {
          if (list.get(a).getValue().withMeasure(Measure.NUMBER).overlaps(list.get(b).getValue().withMeasure(Measure.NUMBER))) {
            overlaps.add(list.get(a).getKey() + " " + list.get(a).getValue() + " overlaps "
                + list.get(b).getKey() + " " + list.get(b).getValue());
          }
        }
      }
      if (!overlaps.isEmpty()) {
        throw new AnalyticsException("categories", "a score must fall in one category at most: "
            + String.join("; ", overlaps));
      }
      return new ScoreCategories(categories);
    }
  }
}
