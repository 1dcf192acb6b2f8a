package org.rubric4j.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.rubric4j.internal.Decimals;

/**
 * Keys (subjects, groups) ranked by a score, higher first, with ranks, percentile ranks and
 * the "top share" selection of seed 003 ("年度前10%评为'服务之星'": the yearly top 10 %).
 *
 * <p><b>Ties.</b> Equal scores share the best rank they cover (standard competition ranking,
 * "1224"): scores 90, 85, 85, 80 rank 1, 2, 2, 4. Tied keys are listed in the order of their
 * {@link String#valueOf text}, which decides nothing else.
 *
 * <p><b>Percentile rank</b> of a score = 100 × (B + E / 2) / n, where B counts the scores
 * strictly below it, E the scores equal to it (itself included) and n all scores: the
 * mid-rank definition, so tied keys get the same percentile and the lowest of n distinct
 * scores gets 50 / n. Exact (34 significant digits when it does not terminate).
 *
 * <p><b>Top share.</b> With n keys and a share s (0.1 for 10 %), the quota is s × n (not
 * rounded). {@link Ties#INCLUDE} (the default) selects every key with fewer than s × n keys
 * strictly above it: without ties that is the best ⌈s × n⌉ keys, and all keys tied at the
 * cut-off are selected, so the selection may exceed the quota. {@link Ties#EXCLUDE} selects
 * only keys whose rank band fits in the quota: the keys scoring at least as much as it number
 * at most ⌈s × n⌉, so a tie straddling the cut-off selects none of the tied keys. With 25
 * agents and 10 %, the quota 2.5 selects 3 agents when scores are distinct.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <K> what is ranked
 */
public final class Ranking<K> {

  /** How keys tied at the cut-off of a top share are treated. */
  public enum Ties {
    /** Every key tied at the cut-off is selected; the selection may exceed the quota. */
    INCLUDE,
    /** No key tied across the cut-off is selected; the selection may fall short of the quota. */
    EXCLUDE
  }

  /**
   * One ranked key.
   *
   * @param key what is ranked
   * @param score its score
   * @param rank 1 for the best; tied keys share the best rank they cover
   * @param percentile its percentile rank, in (0, 100]
   * @param <K> what is ranked
   */
  public record Entry<K>(K key, BigDecimal score, int rank, BigDecimal percentile) {
    /** Checks every part is present. */
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(percentile, "percentile");
    }
  }

  private final List<Entry<K>> entries;

  private Ranking(List<Entry<K>> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Ranks {@code scores}, higher is better. */
  public static <K> Ranking<K> of(Map<K, BigDecimal> scores) {
    Objects.requireNonNull(scores, "scores");
    List<Map.Entry<K, BigDecimal>> sorted = new ArrayList<>(scores.entrySet());
    sorted.forEach(e -> {
      Objects.requireNonNull(e.getKey(), "key");
      Objects.requireNonNull(e.getValue(), "score of " + e.getKey());
    });
    sorted.sort(Comparator.<Map.Entry<K, BigDecimal>, BigDecimal>comparing(Map.Entry::getValue).reversed()
        .thenComparing(e -> String.valueOf(e.getKey())));
    int n = sorted.size();
    List<Entry<K>> entries = new ArrayList<>(n);
    int k = 0;
    while (k < n) {
      int end = k;
      while (end < n && sorted.get(end).getValue().compareTo(sorted.get(k).getValue()) == 0) {
        end++;
      }
      int equal = end - k;
      int below = n - end;
      BigDecimal percentile = Decimals.divide(
          BigDecimal.valueOf(100).multiply(BigDecimal.valueOf(2L * below + equal)), BigDecimal.valueOf(2L * n));
      for (int j = k; j < end; j++) {
        entries.add(new Entry<>(sorted.get(j).getKey(), Decimals.canonical(sorted.get(j).getValue()), k + 1, percentile));
      }
      k = end;
    }
    return new Ranking<>(entries);
  }

  /** Groups ranked by the mean of their totals; groups without a scored total are left out. */
  public static Ranking<GroupKey> byMeanTotal(Map<GroupKey, Aggregate> groups) {
    Map<GroupKey, BigDecimal> scores = new LinkedHashMap<>();
    groups.forEach((k, a) -> a.total().mean().ifPresent(m -> scores.put(k, m)));
    return of(scores);
  }

  /**
   * Subjects ranked by their mean total within each of the other groupings: for groups keyed
   * by subject and year, one ranking of subjects per year (seed 003's yearly service star).
   * The map's keys are the group keys without the subject, in order.
   *
   * @throws AnalyticsException when the groups are not grouped by subject
   */
  public static Map<GroupKey, Ranking<String>> subjectsByMeanTotal(Map<GroupKey, Aggregate> groups) {
    Map<GroupKey, Map<String, BigDecimal>> partitions = new TreeMap<>();
    groups.forEach((k, a) -> {
      String subject = k.subject().orElseThrow(() -> AnalyticsException.of(
          "rank subjects only in groups keyed by subject; group " + k + " has none"));
      a.total().mean().ifPresent(m ->
          partitions.computeIfAbsent(k.without("subject"), x -> new LinkedHashMap<>()).put(subject, m));
    });
    Map<GroupKey, Ranking<String>> out = new LinkedHashMap<>();
    partitions.forEach((k, scores) -> out.put(k, of(scores)));
    return Collections.unmodifiableMap(out);
  }

  /** Every entry, best first. */
  public List<Entry<K>> entries() {
    return entries;
  }

  /** The entry of {@code key}. */
  public Optional<Entry<K>> entry(K key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /** How many keys are ranked. */
  public int size() {
    return entries.size();
  }

  /** The top {@code share} (0.1 for 10 %), ties at the cut-off included. */
  public List<Entry<K>> top(BigDecimal share) {
    return top(share, Ties.INCLUDE);
  }

  /**
   * The top {@code share} of the keys, with ties at the cut-off treated by {@code ties}; see
   * the class comment.
   *
   * @throws AnalyticsException when the share is not in (0, 1]
   */
  public List<Entry<K>> top(BigDecimal share, Ties ties) {
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(ties, "ties");
    if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw AnalyticsException.of("a top share must be in (0, 1] (0.1 for 10 %), was " + share.toPlainString());
    }
    BigDecimal quota = share.multiply(BigDecimal.valueOf(entries.size()));
    BigDecimal ceiling = quota.setScale(0, java.math.RoundingMode.CEILING);
    List<Entry<K>> out = new ArrayList<>();
    for (Entry<K> e : entries) {
      if (ties == Ties.INCLUDE) {
        if (BigDecimal.valueOf(e.rank() - 1L).compareTo(quota) < 0) {
          out.add(e);
        }
      } else {
        long atLeast = entries.stream().filter(x -> x.score().compareTo(e.score()) >= 0).count();
        if (BigDecimal.valueOf(atLeast).compareTo(ceiling) <= 0) {
          out.add(e);
        }
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "Ranking" + entries;
  }
}
