package org.rubric4j.analytics;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What was excluded from an analysis and why, so that nothing is ever dropped silently
 * (seed 002's cleaning step: "剔除无效数据(如未完成填写、评分明显异常的样本)").
 *
 * <p>Counts {@link #accepted()} rows and, per reason, the excluded ones, with the ids of the
 * offending rows: at most {@link #ID_CAP} per reason, the smallest in {@link String} order, so
 * that the kept ids do not depend on the order rows arrived in. Reasons are stable kebab-case
 * codes; the ones rubric4j itself uses are the constants of this class. {@link #merge} of the
 * reports of two disjoint inputs equals the report of one pass over both.
 *
 * <p>Immutable, thread-safe and {@link Serializable}.
 */
public final class DataQuality implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many offending ids are kept per reason. */
  public static final int ID_CAP = 20;

  /** A row lacks a value the rubric needs, or has nothing applicable (seed 002: 未完成填写). */
  public static final String INCOMPLETE = "incomplete";
  /** A value is in no band, an undeclared level, or of the wrong measure (评分明显异常). */
  public static final String OUT_OF_RANGE = "out-of-range";
  /** A row repeats the id of an earlier row (重复填写). */
  public static final String DUPLICATE = "duplicate";
  /** A row names an indicator or flag the rubric does not have. */
  public static final String UNKNOWN_FIELD = "unknown-field";
  /** Grouping by subject, but the row has none. */
  public static final String NO_SUBJECT = "no-subject";
  /** Grouping or a period rule needs a period, but the row has none. */
  public static final String NO_PERIOD = "no-period";
  /** Prefix of the reason for a row without the tag grouped by: {@code no-tag:team}. */
  public static final String NO_TAG = "no-tag:";
  /** The row's period is coarser than the grouping asks for (a month grouped by week). */
  public static final String PERIOD_TOO_COARSE = "period-too-coarse";
  /** Under one of two compared rubric versions the row cannot be scored. */
  public static final String NOT_SCORABLE = "not-scorable";

  private static final DataQuality EMPTY = new DataQuality(0, new TreeMap<>(), new TreeMap<>());

  private final long accepted;
  private final TreeMap<String, Long> excluded;
  private final TreeMap<String, TreeSet<String>> ids;

  private DataQuality(long accepted, TreeMap<String, Long> excluded, TreeMap<String, TreeSet<String>> ids) {
    this.accepted = accepted;
    this.excluded = excluded;
    this.ids = ids;
  }

  /**
   * The reason an observation that {@link org.rubric4j.Rubric#evaluate} refused is excluded
   * under, from its first problem: {@link #INCOMPLETE} for a missing value, nothing applicable,
   * nothing weighted or a forbidden {@code n/a}; {@link #UNKNOWN_FIELD} for an unknown indicator
   * or flag; {@link #OUT_OF_RANGE} for any other value the rubric cannot score. The one mapping
   * that screening, reports and Spark share.
   */
  public static String reasonOf(org.rubric4j.ObservationException refused) {
    java.util.Objects.requireNonNull(refused, "refused");
    return switch (refused.problems().get(0).code()) {
      case "missing-value", "nothing-applicable", "nothing-weighted", "not-applicable-forbidden" -> INCOMPLETE;
      case "unknown-indicator", "unknown-flag" -> UNKNOWN_FIELD;
      default -> OUT_OF_RANGE;
    };
  }

  /** Nothing seen yet. */
  public static DataQuality empty() {
    return EMPTY;
  }

  /** A copy that counts {@code n} more accepted rows. */
  public DataQuality withAccepted(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("accepted rows cannot be negative, was " + n);
    }
    return new DataQuality(accepted + n, excluded, ids);
  }

  /** A copy that counts the row {@code id} as excluded for {@code reason}. */
  public DataQuality withExcluded(String reason, String id) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(id, "id");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("an exclusion needs a reason");
    }
    TreeMap<String, Long> e = new TreeMap<>(excluded);
    e.merge(reason, 1L, Long::sum);
    TreeMap<String, TreeSet<String>> i = copy(ids);
    TreeSet<String> kept = i.computeIfAbsent(reason, r -> new TreeSet<>());
    kept.add(id);
    cap(kept);
    return new DataQuality(accepted, e, i);
  }

  /** The report of both inputs together. */
  public DataQuality merge(DataQuality other) {
    TreeMap<String, Long> e = new TreeMap<>(excluded);
    other.excluded.forEach((k, v) -> e.merge(k, v, Long::sum));
    TreeMap<String, TreeSet<String>> i = copy(ids);
    other.ids.forEach((k, v) -> {
      TreeSet<String> kept = i.computeIfAbsent(k, r -> new TreeSet<>());
      kept.addAll(v);
      cap(kept);
    });
    return new DataQuality(accepted + other.accepted, e, i);
  }

  /** Rows that passed. */
  public long accepted() {
    return accepted;
  }

  /** Rows excluded, for every reason. */
  public long excludedCount() {
    return excluded.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Rows seen: accepted plus excluded. */
  public long seen() {
    return accepted + excludedCount();
  }

  /** Excluded rows per reason, by reason. */
  public Map<String, Long> excluded() {
    return Collections.unmodifiableMap(excluded);
  }

  /** The excluded rows for {@code reason}; 0 when none. */
  public long excluded(String reason) {
    return excluded.getOrDefault(reason, 0L);
  }

  /** Up to {@link #ID_CAP} ids excluded for {@code reason}, the smallest first. */
  public Set<String> ids(String reason) {
    TreeSet<String> kept = ids.get(reason);
    return kept == null ? Set.of() : Collections.unmodifiableSet(kept);
  }

  /** Whether nothing was excluded. */
  public boolean isClean() {
    return excluded.isEmpty();
  }

  /** One line per reason: {@code out-of-range: 3 (ev-7, ev-9, ev-12)}, after the accepted count. */
  public String summary() {
    StringBuilder b = new StringBuilder("accepted " + accepted + ", excluded " + excludedCount());
    excluded.forEach((reason, n) -> {
      NavigableSet<String> kept = ids.get(reason);
      b.append('\n').append(reason).append(": ").append(n).append(" (")
          .append(String.join(", ", kept)).append(n > kept.size() ? ", ..." : "").append(')');
    });
    return b.toString();
  }

  private static TreeMap<String, TreeSet<String>> copy(TreeMap<String, TreeSet<String>> ids) {
    TreeMap<String, TreeSet<String>> c = new TreeMap<>();
    ids.forEach((k, v) -> c.put(k, new TreeSet<>(v)));
    return c;
  }

  private static void cap(TreeSet<String> kept) {
    while (kept.size() > ID_CAP) {
      kept.pollLast();
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataQuality d && accepted == d.accepted && excluded.equals(d.excluded)
        && ids.equals(d.ids);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accepted, excluded, ids);
  }

  @Override
  public String toString() {
    Map<String, Long> shown = new LinkedHashMap<>(excluded);
    return "DataQuality[accepted " + accepted + ", excluded " + shown + "]";
  }
}
