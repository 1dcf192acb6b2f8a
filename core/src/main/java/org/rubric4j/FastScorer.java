package org.rubric4j;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.rubric4j.internal.DecimalLongs;
import org.rubric4j.internal.ValueText;
import org.rubric4j.rule.Band;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.DeductionRule;
import org.rubric4j.rule.Level;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.rule.OccurrenceRule;
import org.rubric4j.rule.ScoringRule;
import org.rubric4j.rule.StepCounting;

/**
 * A {@link ScoringRule} compiled for the evaluator's fast path: the points a value earns as a
 * long, scaled by 10<sup>P</sup> for the plan's point scale P. The amount comes in as digits
 * and a decimal scale ({@code 0.85} is 85 at scale 2) and is compared with the rule's numbers
 * brought to one scale, in longs, exactly: a value with more decimals than the rule's numbers
 * is split into whole units and a "beyond" flag ({@link ScaledRange}).
 *
 * <p>{@link #NONE} means "not here": the value is in no band, is not a declared level, or a
 * number would overflow. The caller then takes the general path, which gives the same
 * points or names the problem. A compiled rule gives exactly the points of
 * {@link ScoringRule#score}, which {@code FastPathAgreementTest} checks on generated rules.
 */
sealed interface FastScorer {

  /** No points here: take the general path. */
  long NONE = DecimalLongs.NONE;

  /**
   * The points of the amount {@code digits × 10^-scale} (0 ≤ scale ≤ 18), or {@link #NONE}
   * when the value needs the general path (no band, an undeclared level, an overflow).
   */
  long points(long digits, int scale);

  /**
   * What decides the points of the amount {@code digits × 10^-scale}, as an index into
   * {@link #bases()}: the band holding it or the level it is; −1 when this scorer keeps no such
   * table (deductions, occurrences) or the value needs the general path.
   */
  default int basis(long digits, int scale) {
    return -1;
  }

  /**
   * The bands or levels {@link #basis} indexes, each with the points it gives at the plan's
   * point scale; empty when {@link #basis} is always −1.
   */
  default List<Basis> bases() {
    return List.of();
  }

  /**
   * One band or level of a compiled rule and its points, as the per-node results show them.
   *
   * @param decided the {@link Band} or {@link Level}
   * @param points its points without trailing zeros, as {@code RuleScore.points()} gives them
   * @param scaledPoints its points at the plan's point scale
   */
  record Basis(Object decided, BigDecimal points, long scaledPoints) {
    /**
     * What the general path's {@code RuleScore.matched()} says was matched: the band's range or
     * the level; written when asked for, since most plans never show it.
     */
    String matched() {
      return decided instanceof Band band ? band.range().toString() : decided.toString();
    }
  }

  /** The points {@code value} earns, or {@link #NONE}: the value needs the general path. */
  default long points(Quantity value) {
    BigDecimal amount = value.amount();
    long digits = DecimalLongs.unscaled(amount);
    return digits == NONE || amount.scale() > 18 ? NONE : points(digits, amount.scale());
  }

  /** {@code rule} compiled for point scale {@code pointScale}. */
  static FastScorer of(ScoringRule rule, int pointScale) {
    FastScorer compiled = null;
    if (rule instanceof BandRule bands) {
      compiled = Bands.of(bands, pointScale);
    } else if (rule instanceof LevelRule levels) {
      compiled = Levels.of(levels, pointScale);
    } else if (rule instanceof DeductionRule deduction) {
      compiled = Deduction.of(deduction, pointScale);
    } else if (rule instanceof OccurrenceRule occurrences) {
      compiled = Occurrences.of(occurrences, pointScale);
    }
    return compiled != null ? compiled : new ByRule(rule, pointScale);
  }

  /**
   * Bands sorted from the lowest: the first upper end that admits the value decides. Sound
   * because adjacent bands share their boundary with exactly one of them including it, which
   * {@link #of} checks rather than assumes.
   *
   * @param scale the most decimals of any band end
   * @param minKey the least key ({@link ScaledRange}) of the lowest band
   * @param maxKeys each band's greatest key, sorted from the lowest band
   * @param points each band's points, in the same order
   * @param finerKeys for a value scale {@code t} above {@code scale}, the least key of the
   *     lowest band then each band's greatest key, with the ends brought to scale {@code t} so
   *     that a value at that scale is keyed {@code 2 × digits} without a division; null where
   *     the ends would not fit
   */
  record Bands(int scale, long minKey, long[] maxKeys, long[] points, long[][] finerKeys, List<Basis> bases)
      implements FastScorer {

    private static final Comparator<Band> BY_LOWER = (a, b) -> {
      Bound x = a.range().lower();
      Bound y = b.range().lower();
      if (x.isUnbounded() || y.isUnbounded()) {
        return Boolean.compare(!x.isUnbounded(), !y.isUnbounded());
      }
      int c = x.amountOrNull().compareTo(y.amountOrNull());
      return c != 0 ? c : Boolean.compare(!x.isInclusive(), !y.isInclusive());
    };

    /** The compiled rule, or null when its bands are not adjacent or a number does not fit. */
    static Bands of(BandRule rule, int pointScale) {
      List<Band> sorted = rule.bands().stream().sorted(BY_LOWER).toList();
      int m = sorted.size();
      int scale = sorted.stream().mapToInt(b -> ScaledRange.scaleOf(b.range())).max().orElse(0);
      long[] maxKeys = new long[m];
      long[] points = new long[m];
      long minKey = 0;
      for (int i = 0; i < m; i++) {
        Interval range = sorted.get(i).range();
        if (i + 1 < m && !adjacent(range.upper(), sorted.get(i + 1).range().lower())) {
          return null;
        }
        ScaledRange scaled = ScaledRange.of(range, scale);
        points[i] = DecimalLongs.scaled(sorted.get(i).score(), pointScale);
        if (scaled == null || points[i] == NONE || scale > 18) {
          return null;
        }
        maxKeys[i] = scaled.maxKey();
        minKey = i == 0 ? scaled.minKey() : minKey;
      }
      long[][] finerKeys = new long[19][];
      for (int t = scale + 1; t <= 18; t++) {
        finerKeys[t] = keysAt(sorted, t);
      }
      List<Basis> bases = new java.util.ArrayList<>(m);
      for (int i = 0; i < m; i++) {
        Band band = sorted.get(i);
        bases.add(new Basis(band, ValueText.canonical(band.score()), points[i]));
      }
      return new Bands(scale, minKey, maxKeys, points, finerKeys, List.copyOf(bases));
    }

    /** The lowest band's least key and every band's greatest key at scale {@code t}, or null. */
    private static long[] keysAt(List<Band> sorted, int t) {
      long[] keys = new long[sorted.size() + 1];
      for (int i = 0; i < sorted.size(); i++) {
        ScaledRange range = ScaledRange.of(sorted.get(i).range(), t);
        if (range == null) {
          return null;
        }
        keys[0] = i == 0 ? range.minKey() : keys[0];
        keys[i + 1] = range.maxKey();
      }
      return keys;
    }

    private static boolean adjacent(Bound upper, Bound nextLower) {
      return !upper.isUnbounded() && !nextLower.isUnbounded()
          && upper.amountOrNull().compareTo(nextLower.amountOrNull()) == 0
          && upper.isInclusive() != nextLower.isInclusive();
    }

    @Override
    public long points(long digits, int valueScale) {
      int band = basis(digits, valueScale);
      return band < 0 ? NONE : points[band];
    }

    @Override
    public int basis(long digits, int valueScale) {
      long[] finer = valueScale > scale ? finerKeys[valueScale] : null;
      if (finer != null) {
        // The ends were brought to the value's scale ahead of time: no division here.
        return band(ScaledRange.key(digits, valueScale, valueScale), finer[0], finer, 1);
      }
      return band(ScaledRange.key(digits, valueScale, scale), minKey, maxKeys, 0);
    }

    /**
     * The index of the band holding {@code key}, or −1: how many greatest keys lie below it,
     * counted without branching on data, since bands come in no predictable order.
     */
    private int band(long key, long least, long[] greatest, int from) {
      if (key == NONE || key < least) {
        return -1;
      }
      int below = 0;
      for (int i = from; i < greatest.length; i++) {
        below += (int) ((greatest[i] - key) >>> 63);
      }
      return below < points.length ? below : -1;
    }
  }

  /** Levels as a table indexed by level minus the lowest level; {@link #NONE} marks a gap. */
  record Levels(long lowest, long[] pointsByLevel, int[] basisByLevel, List<Basis> bases) implements FastScorer {

    private static final int MAX_SPAN = 1024;

    static Levels of(LevelRule rule, int pointScale) {
      List<Level> levels = rule.levels();
      long lowest = levels.stream().mapToLong(Level::value).min().orElseThrow();
      long highest = levels.stream().mapToLong(Level::value).max().orElseThrow();
      if (highest - lowest >= MAX_SPAN) {
        return null;
      }
      long[] table = new long[(int) (highest - lowest + 1)];
      int[] basisByLevel = new int[table.length];
      java.util.Arrays.fill(table, NONE);
      java.util.Arrays.fill(basisByLevel, -1);
      List<Basis> bases = new java.util.ArrayList<>(levels.size());
      for (Level level : levels) {
        int slot = (int) (level.value() - lowest);
        BigDecimal points = BigDecimal.valueOf(level.value());
        table[slot] = DecimalLongs.scaled(points, pointScale);
        basisByLevel[slot] = bases.size();
        bases.add(new Basis(level, ValueText.canonical(points), table[slot]));
      }
      return new Levels(lowest, table, basisByLevel, List.copyOf(bases));
    }

    @Override
    public long points(long digits, int scale) {
      if (scale != 0 || digits == NONE) {
        return NONE;
      }
      long offset = digits - lowest;
      return offset >= 0 && offset < pointsByLevel.length ? pointsByLevel[(int) offset] : NONE;
    }

    @Override
    public int basis(long digits, int scale) {
      if (scale != 0 || digits == NONE) {
        return -1;
      }
      long offset = digits - lowest;
      return offset >= 0 && offset < basisByLevel.length ? basisByLevel[(int) offset] : -1;
    }

  }

  /**
   * A deduction rule on longs: the value, the target, the zero interval and the step brought
   * to one decimal scale, and the steps counted by integer division rounded as the rule says.
   *
   * @param scale the most decimals of the target's ends, the zero interval's ends and the step
   */
  record Deduction(DeductionRule rule, long max, long deduct, int scale, ScaledRange target,
      ScaledRange zero, long step) implements FastScorer {

    static Deduction of(DeductionRule rule, int pointScale) {
      int scale = Math.max(rule.step().amount().scale(), Math.max(ScaledRange.scaleOf(rule.target()),
          rule.zero().map(ScaledRange::scaleOf).orElse(0)));
      if (scale > 18) {
        return null;
      }
      long max = DecimalLongs.scaled(rule.max(), pointScale);
      long deduct = DecimalLongs.scaled(rule.deduct(), pointScale);
      long step = DecimalLongs.scaled(rule.step().amount(), scale);
      ScaledRange target = ScaledRange.of(rule.target(), scale);
      ScaledRange zero = rule.zero().map(z -> ScaledRange.of(z, scale)).orElse(null);
      if (max == NONE || deduct == NONE || step == NONE || target == null
          || (rule.zero().isPresent() && zero == null)) {
        return null;
      }
      return new Deduction(rule, max, deduct, scale, target, zero, step);
    }

    @Override
    public long points(long digits, int valueScale) {
      long key = ScaledRange.key(digits, valueScale, scale);
      if (key == NONE) {
        return NONE;
      }
      if (zero != null && zero.contains(key)) {
        return 0;
      }
      if (target.contains(key)) {
        return max;
      }
      try {
        // The distance counted at the finer of the two scales, exactly.
        long v = valueScale <= scale ? key / 2 : digits;
        long up = valueScale <= scale ? 1 : DecimalLongs.tenTo(valueScale - scale);
        long distance = target.aboveLower(key)
            ? Math.subtractExact(v, Math.multiplyExact(target.upper(), up))
            : Math.subtractExact(Math.multiplyExact(target.lower(), up), v);
        return afterSteps(distance, Math.multiplyExact(step, up));
      } catch (ArithmeticException overflow) {
        return NONE;
      }
    }

    /** The points left after the steps {@code distance} makes, steps of {@code stepSize}. */
    private long afterSteps(long distance, long stepSize) {
      boolean started = rule.counting() == StepCounting.STARTED;
      long steps = started ? -Math.floorDiv(-distance, stepSize) : Math.floorDiv(distance, stepSize);
      if (started && steps == 0) {
        steps = 1;
      }
      return Math.max(0, Math.subtractExact(max, Math.multiplyExact(deduct, steps)));
    }
  }

  /** So many points off per occurrence, none below zero, zero from {@code zeroAt} on. */
  record Occurrences(long max, long deduct, long zeroAt) implements FastScorer {

    static Occurrences of(OccurrenceRule rule, int pointScale) {
      long max = DecimalLongs.scaled(rule.max(), pointScale);
      long deduct = DecimalLongs.scaled(rule.deduct(), pointScale);
      if (max == NONE || deduct == NONE) {
        return null;
      }
      return new Occurrences(max, deduct, rule.zeroAt().map(Integer::longValue).orElse(Long.MAX_VALUE));
    }

    @Override
    public long points(long count, int scale) {
      if (scale != 0 || count == NONE) {
        return NONE;
      }
      if (count >= zeroAt) {
        return 0;
      }
      try {
        return Math.max(0, Math.subtractExact(max, Math.multiplyExact(deduct, count)));
      } catch (ArithmeticException overflow) {
        return NONE;
      }
    }

  }

  /** Any rule the forms above do not cover: its own scoring, its points scaled. */
  record ByRule(ScoringRule rule, int pointScale) implements FastScorer {

    @Override
    public long points(long digits, int scale) {
      return points(Quantity.of(rule.measure(), BigDecimal.valueOf(digits, scale)));
    }

    @Override
    public long points(Quantity value) {
      try {
        return DecimalLongs.scaled(rule.score(value).points(), pointScale);
      } catch (InvalidValueException e) {
        return NONE;
      }
    }
  }
}
