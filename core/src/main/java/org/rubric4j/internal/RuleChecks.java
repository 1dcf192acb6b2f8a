package org.rubric4j.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rubric4j.Interval;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Measure;
import org.rubric4j.Problem;
import org.rubric4j.Quantity;

/**
 * The invariants of the scoring rules, each checked here once with one message: the rule records
 * throw the first error found, the rubric builder reports every one at its path. So a rule built
 * in Java and one read from a file are never told different things.
 *
 * <p>Paths are relative to the indicator ({@code bands[2]}, {@code deduction.step}, {@code outOf});
 * the builder puts the indicator's own path in front. A {@code null} part was not given or could not
 * be read (already reported where it was read): its checks are skipped.
 */
public final class RuleChecks {

  private RuleChecks() {}

  /** Throws the first error of {@code problems}, if any, as the record constructors do. */
  public static void requireNone(List<Problem> problems, String value) {
    for (Problem p : problems) {
      if (p.isError()) {
        throw InvalidValueException.of(value, p.message());
      }
    }
  }

  /** Why {@code score} cannot be a band's score, or null when it can. */
  public static String bandScoreProblem(BigDecimal score) {
    return score.signum() < 0 ? "a band score must be at least 0, was " + ValueText.plain(score) : null;
  }

  /** Why {@code range} cannot be a band of a rule over {@code measure}, or null when it can. */
  public static String bandMeasureProblem(Interval range, Measure measure) {
    return range.measure() == measure ? null
        : "band " + range + " is a " + range.measure().key() + ", but the indicator measures a " + measure.key();
  }

  /** Why {@code value} cannot be a level, or null when it can. */
  public static String levelProblem(int value) {
    return value < 0 ? "a level must be at least 0, was " + value : null;
  }

  /** Every problem of a band rule over {@code measure} with {@code ranges} scoring {@code scores}. */
  public static List<Problem> bands(Measure measure, List<Interval> ranges, List<BigDecimal> scores,
      BigDecimal outOf) {
    List<Problem> out = new ArrayList<>();
    if (measure == Measure.FLAG) {
      out.add(Problem.error("bands", "flag-bands",
          "flags cannot be banded; score a yes/no item with levels, or use a veto"));
      return out;
    }
    if (ranges.isEmpty()) {
      out.add(Problem.error("bands", "no-bands", "a band rule needs at least one band"));
      return out;
    }
    for (int i = 0; i < ranges.size(); i++) {
      String wrong = bandMeasureProblem(ranges.get(i), measure);
      if (wrong != null) {
        out.add(Problem.error("bands[" + i + "].range", "wrong-measure", wrong));
      }
      String negative = bandScoreProblem(scores.get(i));
      if (negative != null) {
        out.add(Problem.error("bands[" + i + "].score", "negative-score", negative));
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    for (Coverage.Issue issue : Coverage.check(Coverage.Domain.of(measure), ranges, "band")) {
      out.add(Problem.error("bands[" + issue.index() + "]", "band-" + issue.code(), issue.message()));
    }
    BigDecimal highest = scores.stream().max(Comparator.naturalOrder()).orElseThrow();
    if (outOf != null && outOf.compareTo(highest) < 0) {
      out.add(Problem.error("outOf", "out-of-below-band", "outOf " + ValueText.plain(outOf)
          + " is below the highest band score " + ValueText.plain(highest)));
    }
    if ((outOf == null ? highest : outOf).signum() <= 0) {
      out.add(Problem.error("bands", "zero-maximum", "the highest band score must be above 0"));
    }
    return out;
  }

  /** Every problem of a level rule declaring {@code values}, in the order declared. */
  public static List<Problem> levels(List<Integer> values) {
    List<Problem> out = new ArrayList<>();
    if (values.isEmpty()) {
      out.add(Problem.error("levels", "no-levels", "a level rule needs at least one level"));
      return out;
    }
    for (int v : values) {
      String negative = levelProblem(v);
      if (negative != null) {
        out.add(Problem.error("levels." + v, "negative-level", negative));
      }
    }
    Set<Integer> seen = new HashSet<>();
    for (int v : values) {
      if (v >= 0 && !seen.add(v)) {
        out.add(Problem.error("levels." + v, "duplicate-level", "level " + v + " is declared twice"));
      }
    }
    if (out.isEmpty() && values.stream().allMatch(v -> v == 0)) {
      out.add(Problem.error("levels", "zero-maximum", "the highest level must be above 0"));
    }
    return out;
  }

  /** Why a deduction rule cannot measure {@code measure}, or null when it can. */
  public static String deductionMeasureProblem(Measure measure) {
    return measure == Measure.LEVEL || measure == Measure.FLAG
        ? "a deduction rule measures a duration, percent, number or count, not a " + measure.key() : null;
  }

  /** Every problem of a deduction rule over {@code measure}; null parts are skipped. */
  public static List<Problem> deduction(Measure measure, BigDecimal max, Interval target, Quantity step,
      BigDecimal deduct, Interval zero) {
    List<Problem> out = new ArrayList<>();
    String wrongMeasure = deductionMeasureProblem(measure);
    if (wrongMeasure != null) {
      out.add(Problem.error("deduction", "deduction-measure", wrongMeasure));
      return out;
    }
    positive(out, "deduction.max", "max", max);
    positive(out, "deduction.deduct", "deduct", deduct);
    if (target != null) {
      if (target.measure() != measure) {
        out.add(Problem.error("deduction.target", "wrong-measure", "target " + target + " is a "
            + target.measure().key() + ", but the indicator measures a " + measure.key()));
      } else if (target.lower().isUnbounded() && target.upper().isUnbounded()) {
        out.add(Problem.error("deduction.target", "unbounded-target",
            "target " + target + " contains every value, so nothing is ever deducted"));
      }
    }
    if (step != null) {
      if (step.measure() != measure) {
        out.add(Problem.error("deduction.step", "wrong-measure", "step " + step + " is a "
            + step.measure().key() + ", but the indicator measures a " + measure.key()));
      } else if (step.amount().signum() <= 0) {
        out.add(Problem.error("deduction.step", "not-positive", "step must be above 0, was " + step));
      }
    }
    if (zero != null) {
      if (zero.measure() != measure) {
        out.add(Problem.error("deduction.zero", "wrong-measure", "zero " + zero + " is a "
            + zero.measure().key() + ", but the indicator measures a " + measure.key()));
      } else if (target != null && target.measure() == measure && zero.overlaps(target)) {
        out.add(Problem.error("deduction.zero", "zero-overlaps-target",
            "zero " + zero + " overlaps the target " + target));
      }
    }
    return out;
  }

  /** Every problem of an occurrences rule; null parts are skipped. */
  public static List<Problem> occurrences(BigDecimal max, BigDecimal deduct, Integer zeroAt) {
    List<Problem> out = new ArrayList<>();
    positive(out, "occurrences.max", "max", max);
    positive(out, "occurrences.deduct", "deduct", deduct);
    if (zeroAt != null && zeroAt < 1) {
      out.add(Problem.error("occurrences.zeroAt", "zero-at", "zeroAt must be at least 1, was " + zeroAt));
    }
    return out;
  }

  /**
   * Every problem of a checklist rule: at least one item, ids that are ids, at least one item
   * worth more than 0, and {@code max} above 0 and within what the items can earn, when given.
   */
  public static List<Problem> checklist(java.util.Map<String, BigDecimal> items, BigDecimal max) {
    List<Problem> out = new ArrayList<>();
    if (items.isEmpty()) {
      out.add(Problem.error("checklist.items", "no-items", "a checklist needs at least one item"));
    }
    items.forEach((id, points) -> {
      String problem = Ids.nodeIdProblem("checklist item", id);
      if (problem != null) {
        out.add(Problem.error("checklist.items." + id, "invalid-id", problem));
      }
    });
    if (!items.isEmpty() && items.values().stream().noneMatch(p -> p.signum() > 0)) {
      out.add(Problem.error("checklist.items", "no-positive-item", "a checklist needs at least one item worth more"
          + " than 0 points, so that ticking can earn something"));
    }
    positive(out, "checklist.max", "max", max);
    BigDecimal together = items.values().stream().filter(p -> p.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (max != null && max.signum() > 0 && together.signum() > 0 && max.compareTo(together) > 0) {
      out.add(Problem.error("checklist.max", "max-unreachable", "max " + ValueText.plain(max)
          + " is more than every positive item together (" + ValueText.plain(together) + "), so no review can earn it"));
    }
    return out;
  }

  private static void positive(List<Problem> out, String path, String what, BigDecimal value) {
    if (value != null && value.signum() <= 0) {
      out.add(Problem.error(path, "not-positive", what + " must be above 0, was " + ValueText.plain(value)));
    }
  }
}
