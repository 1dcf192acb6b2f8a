package org.rubric4j;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link ScoringRule} compiled for the evaluator's fast path: the points a value earns as a
 * long, scaled by 10<sup>P</sup> for the plan's point scale P, computed without allocating
 * where the amounts allow it.
 *
 * <p>{@link #NONE} means "not here": the value is in no band, is not a declared level, or a
 * number would overflow. The caller then takes the general path, which gives the same
 * points or names the problem. A compiled rule gives exactly the points of
 * {@link ScoringRule#score}, which {@code FastPathAgreementTest} checks on generated rules.
 */
sealed interface FastScorer {

  /** No points here: take the general path. */
  long NONE = Long.MIN_VALUE;

  /** The points {@code value} earns, scaled by 10<sup>P</sup>, or {@link #NONE}. */
  long points(Quantity value);

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

  /** {@code x × 10^scale} as a long, or {@link #NONE} when it is not whole or does not fit. */
  static long scaled(BigDecimal x, int scale) {
    BigDecimal shifted = x.movePointRight(scale);
    if (shifted.scale() != 0 || shifted.precision() > 18) {
      return NONE;
    }
    return shifted.longValue();
  }

  /** The digits of {@code x} without its decimal point, or {@link #NONE} beyond 18 digits. */
  static long unscaled(BigDecimal x) {
    if (x.precision() > 18) {
      return NONE;
    }
    // A scale-0 BigDecimal hands out its long without allocating; unscaledValue() would not.
    return x.scale() == 0 ? x.longValue() : x.movePointRight(x.scale()).longValue();
  }

  /** 10^n for 0 ≤ n ≤ 18. */
  static long tenTo(int n) {
    return TEN_POWERS[n];
  }

  /** Powers of ten that fit in a long. */
  long[] TEN_POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
      100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
      10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L,
      10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L};

  /**
   * Bands sorted from the lowest: the first upper bound that admits the value decides. Sound
   * because adjacent bands share their boundary with exactly one of them including it, which
   * {@link #of} checks rather than assumes.
   */
  record Bands(Bound lowest, BigDecimal[] uppers, boolean[] upperInclusive, long[] points)
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

    static Bands of(BandRule rule, int pointScale) {
      List<Band> sorted = rule.bands().stream().sorted(BY_LOWER).toList();
      int m = sorted.size();
      BigDecimal[] uppers = new BigDecimal[m];
      boolean[] inclusive = new boolean[m];
      long[] points = new long[m];
      for (int i = 0; i < m; i++) {
        Bound upper = sorted.get(i).range().upper();
        if (i + 1 < m && !adjacent(upper, sorted.get(i + 1).range().lower())) {
          return null;
        }
        uppers[i] = upper.amountOrNull();
        inclusive[i] = upper.isInclusive();
        points[i] = scaled(sorted.get(i).score(), pointScale);
        if (points[i] == NONE) {
          return null;
        }
      }
      return new Bands(sorted.get(0).range().lower(), uppers, inclusive, points);
    }

    private static boolean adjacent(Bound upper, Bound nextLower) {
      return !upper.isUnbounded() && !nextLower.isUnbounded()
          && upper.amountOrNull().compareTo(nextLower.amountOrNull()) == 0
          && upper.isInclusive() != nextLower.isInclusive();
    }

    @Override
    public long points(Quantity value) {
      BigDecimal amount = value.amount();
      if (!lowest.admitsAsLower(amount)) {
        return NONE;
      }
      for (int i = 0; i < uppers.length; i++) {
        BigDecimal upper = uppers[i];
        if (upper == null) {
          return points[i];
        }
        int c = amount.compareTo(upper);
        if (c < 0 || (c == 0 && upperInclusive[i])) {
          return points[i];
        }
      }
      return NONE;
    }
  }

  /** Levels as a table indexed by level minus the lowest level; {@link #NONE} marks a gap. */
  record Levels(long lowest, long[] pointsByLevel) implements FastScorer {

    private static final int MAX_SPAN = 1024;

    static Levels of(LevelRule rule, int pointScale) {
      List<Level> levels = rule.levels();
      long lowest = levels.stream().mapToLong(Level::value).min().orElseThrow();
      long highest = levels.stream().mapToLong(Level::value).max().orElseThrow();
      if (highest - lowest >= MAX_SPAN) {
        return null;
      }
      long[] table = new long[(int) (highest - lowest + 1)];
      java.util.Arrays.fill(table, NONE);
      for (Level level : levels) {
        table[(int) (level.value() - lowest)] = scaled(BigDecimal.valueOf(level.value()), pointScale);
      }
      return new Levels(lowest, table);
    }

    @Override
    public long points(Quantity value) {
      BigDecimal amount = value.amount();
      if (amount.scale() != 0 || amount.precision() > 18) {
        return NONE;
      }
      long offset = amount.longValue() - lowest;
      return offset >= 0 && offset < pointsByLevel.length ? pointsByLevel[(int) offset] : NONE;
    }
  }

  /**
   * A deduction rule on longs: the value, the target's ends and the step brought to one
   * decimal scale, and the steps counted by integer division rounded as the rule says.
   */
  record Deduction(DeductionRule rule, long max, long deduct, int scale, long lowerEnd,
      long upperEnd, long step) implements FastScorer {

    static Deduction of(DeductionRule rule, int pointScale) {
      BigDecimal lower = rule.target().lower().amountOrNull();
      BigDecimal upper = rule.target().upper().amountOrNull();
      BigDecimal step = rule.step().amount();
      int scale = Math.max(step.scale(), Math.max(lower == null ? 0 : lower.scale(),
          upper == null ? 0 : upper.scale()));
      long max = scaled(rule.max(), pointScale);
      long deduct = scaled(rule.deduct(), pointScale);
      long stepAtScale = scaled(step, scale);
      long lowerAtScale = lower == null ? 0 : scaled(lower, scale);
      long upperAtScale = upper == null ? 0 : scaled(upper, scale);
      if (scale > 18 || max == NONE || deduct == NONE || stepAtScale == NONE || lowerAtScale == NONE
          || upperAtScale == NONE) {
        return null;
      }
      return new Deduction(rule, max, deduct, scale, lowerAtScale, upperAtScale, stepAtScale);
    }

    @Override
    public long points(Quantity value) {
      BigDecimal amount = value.amount();
      if (rule.zero().isPresent() && rule.zero().get().contains(amount)) {
        return 0;
      }
      Interval target = rule.target();
      if (target.contains(amount)) {
        return max;
      }
      long digits = unscaled(amount);
      int common = Math.max(scale, amount.scale());
      if (digits == NONE || common > 18) {
        return NONE;
      }
      try {
        long v = Math.multiplyExact(digits, tenTo(common - amount.scale()));
        long up = tenTo(common - scale);
        long distance = target.aboveLower(amount)
            ? Math.subtractExact(v, Math.multiplyExact(upperEnd, up))
            : Math.subtractExact(Math.multiplyExact(lowerEnd, up), v);
        long stepSize = Math.multiplyExact(step, up);
        boolean started = rule.counting() == StepCounting.STARTED;
        long steps = started ? -Math.floorDiv(-distance, stepSize) : Math.floorDiv(distance, stepSize);
        if (started && steps == 0) {
          steps = 1;
        }
        return Math.max(0, Math.subtractExact(max, Math.multiplyExact(deduct, steps)));
      } catch (ArithmeticException overflow) {
        return NONE;
      }
    }
  }

  /** So many points off per occurrence, none below zero, zero from {@code zeroAt} on. */
  record Occurrences(long max, long deduct, long zeroAt) implements FastScorer {

    static Occurrences of(OccurrenceRule rule, int pointScale) {
      long max = scaled(rule.max(), pointScale);
      long deduct = scaled(rule.deduct(), pointScale);
      if (max == NONE || deduct == NONE) {
        return null;
      }
      return new Occurrences(max, deduct, rule.zeroAt().map(Integer::longValue).orElse(Long.MAX_VALUE));
    }

    @Override
    public long points(Quantity value) {
      BigDecimal amount = value.amount();
      if (amount.scale() != 0 || amount.precision() > 18) {
        return NONE;
      }
      long count = amount.longValue();
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
    public long points(Quantity value) {
      try {
        return scaled(rule.score(value).points(), pointScale);
      } catch (InvalidValueException e) {
        return NONE;
      }
    }
  }
}
