package org.rubric4j.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rubric4j.Indicator;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.AnalyticsException;
import org.rubric4j.internal.Decimals;
import org.rubric4j.internal.Rational;
import org.rubric4j.rule.Level;
import org.rubric4j.rule.LevelRule;

/**
 * Calibration of reviewers (seed 003's cross-checked quality reviews, seed 000's "评分标准统一化"):
 * for each level-rated indicator that several reviewers scored on the same items, how well they
 * agree ({@link Agreement}) and on which items they disagree.
 *
 * <pre>{@code
 * Calibration c = Calibration.of(ratings, rubric);     // ratings: item, rater, indicator, level
 * for (Calibration.IndicatorAgreement a : c.indicators()) {
 *   a.alphaOrdinal(); a.kappaQuadratic(); a.disagreements();
 * }
 * }</pre>
 *
 * <p>Per indicator: the raters and items, Krippendorff's alpha (ordinal, interval and nominal)
 * over all raters with missing ratings allowed, and, when exactly two raters rated it, Cohen's
 * kappa (unweighted, linear, quadratic) over the items both rated, with the indicator's
 * declared levels as categories when a rubric is given (otherwise the levels used). The
 * disagreements list every item whose raters gave different levels, the widest spread first.
 *
 * <p>Immutable and thread-safe.
 */
public final class Calibration {

  /**
   * An item on which the raters of one indicator differ.
   *
   * @param item the item
   * @param levels each rater's level, by rater
   * @param spread the highest level minus the lowest
   */
  public record Disagreement(String item, Map<String, Integer> levels, int spread) {
    /** Copies the levels, keeping their order. */
    public Disagreement {
      Objects.requireNonNull(item, "item");
      levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }
  }

  /**
   * The agreement of the raters of one indicator.
   *
   * @param indicator the indicator
   * @param raters how many raters rated it
   * @param items how many items were rated
   * @param alphaOrdinal Krippendorff's alpha, ordinal; empty when undefined
   * @param alphaInterval Krippendorff's alpha, interval; empty when undefined
   * @param alphaNominal Krippendorff's alpha, nominal; empty when undefined
   * @param kappa Cohen's kappa, unweighted; only with exactly two raters
   * @param kappaLinear Cohen's weighted kappa, linear weights; only with exactly two raters
   * @param kappaQuadratic Cohen's weighted kappa, quadratic weights; only with exactly two raters
   * @param alphaRatio Krippendorff's alpha, ratio; empty when undefined or a level is negative
   * @param fleissKappa Fleiss' kappa; empty unless every item has the same number, at least two, of ratings
   * @param gwetAc1 Gwet's AC1, over the indicator's declared levels when a rubric is given,
   *     otherwise over the levels used; empty when undefined
   * @param percentAgreement the mean share of agreeing rater pairs per item rated twice or more
   * @param disagreements the items rated differently, the widest spread first, then by item
   */
  public record IndicatorAgreement(String indicator, int raters, int items, Optional<BigDecimal> alphaOrdinal,
      Optional<BigDecimal> alphaInterval, Optional<BigDecimal> alphaNominal, Optional<BigDecimal> kappa,
      Optional<BigDecimal> kappaLinear, Optional<BigDecimal> kappaQuadratic, Optional<BigDecimal> alphaRatio,
      Optional<BigDecimal> fleissKappa, Optional<BigDecimal> gwetAc1, Optional<BigDecimal> percentAgreement,
      List<Disagreement> disagreements) {
    /** Checks every part is present and copies the disagreements. */
    public IndicatorAgreement {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(alphaOrdinal, "alphaOrdinal");
      Objects.requireNonNull(alphaInterval, "alphaInterval");
      Objects.requireNonNull(alphaNominal, "alphaNominal");
      Objects.requireNonNull(kappa, "kappa");
      Objects.requireNonNull(kappaLinear, "kappaLinear");
      Objects.requireNonNull(kappaQuadratic, "kappaQuadratic");
      Objects.requireNonNull(alphaRatio, "alphaRatio");
      Objects.requireNonNull(fleissKappa, "fleissKappa");
      Objects.requireNonNull(gwetAc1, "gwetAc1");
      Objects.requireNonNull(percentAgreement, "percentAgreement");
      disagreements = List.copyOf(disagreements);
    }
  }

  /**
   * How closely one rater follows the expert on one indicator, over the items both rated.
   *
   * @param rater the rater
   * @param items how many items the rater and the expert both rated
   * @param alignment the mean over those items of 1 − |r − e| / (highest − lowest level)
   *     (MaestroQA's criterion alignment: 1 when they always agree); empty without shared items
   *     or when the levels span no range
   * @param meanAbsoluteDeviation the mean |r − e| in levels (the deviation from the expert of
   *     Amazon Connect and Genesys); empty without shared items
   */
  public record ExpertAlignment(String rater, int items, Optional<BigDecimal> alignment,
      Optional<BigDecimal> meanAbsoluteDeviation) {
    /** Checks every part is present. */
    public ExpertAlignment {
      Objects.requireNonNull(rater, "rater");
      Objects.requireNonNull(alignment, "alignment");
      Objects.requireNonNull(meanAbsoluteDeviation, "meanAbsoluteDeviation");
    }
  }

  private final List<IndicatorAgreement> indicators;
  /** indicator → item → rater → level, for {@link #alignment}. */
  private final Map<String, TreeMap<String, TreeMap<String, Integer>>> ratings;
  /** indicator → the lowest and highest level a rating can take (declared, or else used). */
  private final Map<String, int[]> ranges;

  private Calibration(List<IndicatorAgreement> indicators, Map<String, TreeMap<String, TreeMap<String, Integer>>> ratings,
      Map<String, int[]> ranges) {
    this.indicators = List.copyOf(indicators);
    this.ratings = ratings;
    this.ranges = ranges;
  }

  /**
   * How closely every other rater of {@code indicator} follows {@code expert}, by rater; empty
   * when the expert did not rate that indicator. The range of the alignment is the indicator's
   * declared levels when the calibration was made with a rubric, otherwise the levels used.
   */
  public List<ExpertAlignment> alignment(String indicator, String expert) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(expert, "expert");
    TreeMap<String, TreeMap<String, Integer>> items = ratings.get(indicator);
    if (items == null || items.values().stream().noneMatch(m -> m.containsKey(expert))) {
      return List.of();
    }
    int[] range = ranges.get(indicator);
    TreeMap<String, long[]> byRater = new TreeMap<>(); // rater → {shared items, Σ|r − e|}
    items.values().forEach(byItem -> {
      Integer e = byItem.get(expert);
      byItem.forEach((rater, level) -> {
        if (!rater.equals(expert)) {
          long[] sums = byRater.computeIfAbsent(rater, x -> new long[2]);
          if (e != null) {
            sums[0]++;
            sums[1] += Math.abs((long) level - e);
          }
        }
      });
    });
    List<ExpertAlignment> out = new ArrayList<>();
    byRater.forEach((rater, sums) -> {
      Optional<BigDecimal> mad = sums[0] == 0 ? Optional.empty()
          : Optional.of(Decimals.of(Rational.of(sums[1], sums[0])));
      long width = (long) range[1] - range[0];
      Optional<BigDecimal> alignment = sums[0] == 0 || width == 0 ? Optional.empty()
          : Optional.of(Decimals.of(Rational.ONE
              .subtract(Rational.of(sums[1], sums[0] * width))));
      out.add(new ExpertAlignment(rater, (int) sums[0], alignment, mad));
    });
    return out;
  }

  /**
   * The calibration of {@code ratings}, using the levels the raters used as kappa's categories.
   *
   * @throws AnalyticsException when a rater rated one item on one indicator twice
   */
  public static Calibration of(Collection<Rating> ratings) {
    return compute(ratings, null);
  }

  /**
   * The calibration of {@code ratings} of indicators of {@code rubric}, using each indicator's
   * declared levels as kappa's categories.
   *
   * @throws AnalyticsException when a rating names an indicator the rubric does not have or that
   *     is not level-rated, gives an undeclared level, or repeats a rater's rating of an item
   */
  public static Calibration of(Collection<Rating> ratings, Rubric rubric) {
    return compute(ratings, Objects.requireNonNull(rubric, "rubric"));
  }

  private static Calibration compute(Collection<Rating> ratings, Rubric rubric) {
    // indicator → item → rater → level
    Map<String, TreeMap<String, TreeMap<String, Integer>>> byIndicator = new TreeMap<>();
    int k = 0;
    for (Rating r : ratings) {
      String path = "ratings[" + k++ + "]";
      Objects.requireNonNull(r, path);
      if (rubric != null) {
        Optional<String> problem = problemOf(r, rubric);
        if (problem.isPresent()) {
          throw new AnalyticsException(path, problem.get());
        }
      }
      Integer before = byIndicator.computeIfAbsent(r.indicator(), x -> new TreeMap<>())
          .computeIfAbsent(r.item(), x -> new TreeMap<>()).putIfAbsent(r.rater(), r.level());
      if (before != null) {
        throw new AnalyticsException(path, twice(r, before));
      }
    }
    List<IndicatorAgreement> out = new ArrayList<>();
    Map<String, int[]> ranges = new TreeMap<>();
    byIndicator.forEach((indicator, items) -> {
      List<Integer> declared = rubric == null ? null : declaredLevels(rubric, indicator);
      out.add(agreement(indicator, items, declared));
      java.util.IntSummaryStatistics levels = (declared != null ? declared.stream()
          : items.values().stream().flatMap(m -> m.values().stream())).mapToInt(Integer::intValue).summaryStatistics();
      ranges.put(indicator, new int[] {levels.getMin(), levels.getMax()});
    });
    return new Calibration(out, byIndicator, ranges);
  }

  /**
   * Why {@code r} cannot be used with {@code rubric} (an unknown indicator, one not scored by
   * levels, an undeclared level), or empty when it can; the message {@link #of(Collection, Rubric)}
   * throws, for readers that skip such ratings and read on.
   */
  public static Optional<String> problemOf(Rating r, Rubric rubric) {
    Optional<Indicator> found = rubric.indicator(r.indicator());
    if (found.isEmpty()) {
      return Optional.of("rating " + r + ": rubric " + rubric.id() + " has no indicator " + r.indicator());
    }
    Indicator i = found.get();
    if (!(i.rule() instanceof LevelRule levels)) {
      return Optional.of("rating " + r + ": indicator " + i.id() + " is scored by "
          + i.rule().kind() + ", not levels; calibration compares level ratings");
    }
    if (levels.levels().stream().noneMatch(l -> l.value() == r.level())) {
      return Optional.of("rating " + r + ": level " + r.level() + " is not declared for "
          + i.id() + "; its levels are " + declaredLevels(rubric, i.id()));
    }
    return Optional.empty();
  }

  /**
   * What is wrong with {@code again}, a second rating by the same rater of the same item and
   * indicator as an earlier one that gave {@code earlierLevel}: the message {@link #of} throws.
   */
  public static String twice(Rating again, int earlierLevel) {
    return "rater " + again.rater() + " rated item " + again.item() + " on " + again.indicator() + " twice ("
        + earlierLevel + " and " + again.level() + "); keep one rating per rater and item";
  }


  private static List<Integer> declaredLevels(Rubric rubric, String indicator) {
    LevelRule rule = (LevelRule) rubric.indicator(indicator).orElseThrow().rule();
    return rule.levels().stream().map(Level::value).toList();
  }

  private static IndicatorAgreement agreement(String indicator, TreeMap<String, TreeMap<String, Integer>> items,
      List<Integer> categories) {
    TreeSet<String> raters = new TreeSet<>();
    List<List<Integer>> units = new ArrayList<>();
    List<Disagreement> disagreements = new ArrayList<>();
    items.forEach((item, byRater) -> {
      raters.addAll(byRater.keySet());
      units.add(List.copyOf(byRater.values()));
      int lo = byRater.values().stream().min(Integer::compare).orElseThrow();
      int hi = byRater.values().stream().max(Integer::compare).orElseThrow();
      if (lo != hi) {
        disagreements.add(new Disagreement(item, byRater, hi - lo));
      }
    });
    disagreements.sort(Comparator.comparingInt(Disagreement::spread).reversed().thenComparing(Disagreement::item));
    Optional<BigDecimal> kappa = Optional.empty();
    Optional<BigDecimal> linear = Optional.empty();
    Optional<BigDecimal> quadratic = Optional.empty();
    if (raters.size() == 2) {
      String a = raters.first();
      String b = raters.last();
      List<int[]> pairs = new ArrayList<>();
      items.values().forEach(m -> {
        if (m.containsKey(a) && m.containsKey(b)) {
          pairs.add(new int[] {m.get(a), m.get(b)});
        }
      });
      int[] first = pairs.stream().mapToInt(p -> p[0]).toArray();
      int[] second = pairs.stream().mapToInt(p -> p[1]).toArray();
      kappa = kappa(first, second, categories, Agreement.Weights.UNWEIGHTED);
      linear = kappa(first, second, categories, Agreement.Weights.LINEAR);
      quadratic = kappa(first, second, categories, Agreement.Weights.QUADRATIC);
    }
    return new IndicatorAgreement(indicator, raters.size(), items.size(),
        Agreement.krippendorffAlpha(units, Agreement.Metric.ORDINAL),
        Agreement.krippendorffAlpha(units, Agreement.Metric.INTERVAL),
        Agreement.krippendorffAlpha(units, Agreement.Metric.NOMINAL), kappa, linear, quadratic,
        units.stream().flatMap(List::stream).anyMatch(v -> v < 0) ? Optional.empty()
            : Agreement.krippendorffAlpha(units, Agreement.Metric.RATIO),
        Agreement.fleissKappa(units),
        categories == null ? Agreement.gwetAc1(units) : Agreement.gwetAc1(units, categories),
        Agreement.percentAgreement(units), disagreements);
  }

  private static Optional<BigDecimal> kappa(int[] a, int[] b, List<Integer> categories, Agreement.Weights w) {
    if (a.length == 0) {
      return Optional.empty();
    }
    return categories == null || categories.size() < 2 ? Agreement.cohenKappa(a, b, w)
        : Agreement.cohenKappa(a, b, categories, w);
  }

  /** Per indicator, by id. */
  public List<IndicatorAgreement> indicators() {
    return indicators;
  }

  /** The agreement on {@code indicator}, if it was rated. */
  public Optional<IndicatorAgreement> indicator(String indicator) {
    return indicators.stream().filter(a -> a.indicator().equals(indicator)).findFirst();
  }
}
