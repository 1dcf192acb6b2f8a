package org.rubric4j.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.Evaluation;
import org.rubric4j.Grade;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.Quantity;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.AnalyticsException;
import org.rubric4j.internal.Ladders;
import org.rubric4j.rule.ScoringRule;

/**
 * Coaching and what-if for one evaluation (the seeds' improvement plans, made computable):
 * for every indicator, the smallest change of its value that earns its next better score and
 * the total that change alone would give; and the cheapest set of changes that reaches the
 * next grade.
 *
 * <pre>{@code
 * Coach.Advice advice = Coach.of(rubric).advise(observations);
 * advice.steps();      // first-response-time 4h → 2h: 4 → 5 points, total 4.10 (+0.10)
 * advice.plan();       // the cheapest changes that reach the next grade, if any
 * }</pre>
 *
 * <p><b>Next better score.</b> Bands: the band with the next higher score, at its value
 * nearest the current one (its inclusive end, or one resolution step inside an exclusive end:
 * 1 s, 0.1 %, 0.01, or 1 for counts and levels). Levels: the next declared level. Deductions:
 * one step fewer beyond the target (or out of the zero range). Occurrences: one occurrence
 * fewer (or fewer, when a cut-off applies). Every candidate value is scored by the rule itself
 * and every total by {@link Rubric#evaluate} on the changed observations, so the advice is as
 * exact as evaluation. Each indicator's successive better scores form its <em>ladder</em>;
 * climbing k rungs is k steps.
 *
 * <p><b>Cheapest.</b> The plan that reaches a total in the next grade (the grade whose range
 * starts lowest above the current total; a higher grade also counts) with, in this order: the
 * fewest indicators changed, the fewest steps in total, the highest total, the earliest
 * indicators in declared order. The search tries subsets of indicators by size, skips a subset
 * whose every indicator at its top rung still falls short, and stops after
 * {@link #DEFAULT_BUDGET} evaluations; a plan found under that bound says whether the search was
 * exhaustive. Vetoes apply as in evaluation, so a flag veto leaves no plan.
 *
 * <p>Immutable and thread-safe.
 */
public final class Coach {

  /** The most evaluations one plan search may run. */
  public static final int DEFAULT_BUDGET = 20_000;

  private final Rubric rubric;
  private final int budget;

  private Coach(Rubric rubric, int budget) {
    this.rubric = Objects.requireNonNull(rubric, "rubric");
    this.budget = budget;
  }

  /** A coach for {@code rubric}, with the default search budget. */
  public static Coach of(Rubric rubric) {
    return new Coach(rubric, DEFAULT_BUDGET);
  }

  /**
   * A copy that may run at most {@code evaluations} evaluations per plan search.
   *
   * @throws AnalyticsException when the budget is below 1
   */
  public Coach withBudget(int evaluations) {
    if (evaluations < 1) {
      throw AnalyticsException.of("a coaching budget must be at least 1 evaluation, was " + evaluations);
    }
    return new Coach(rubric, evaluations);
  }

  /**
   * The smallest change of one indicator that earns its next better score.
   *
   * @param indicator the indicator
   * @param from its current value
   * @param to the value that earns the next better score
   * @param fromPoints its current points
   * @param toPoints the points at {@code to}
   * @param total the rubric total with only this change
   * @param gain {@code total} minus the current total
   */
  public record Step(String indicator, Quantity from, Quantity to, BigDecimal fromPoints, BigDecimal toPoints,
      BigDecimal total, BigDecimal gain) {
    /** Checks every part is present. */
    public Step {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(fromPoints, "fromPoints");
      Objects.requireNonNull(toPoints, "toPoints");
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(gain, "gain");
    }

    @Override
    public String toString() {
      return indicator + " " + from + " → " + to + ": " + fromPoints.toPlainString() + " → "
          + toPoints.toPlainString() + " points, total " + total.toPlainString() + " (+" + gain.toPlainString() + ")";
    }
  }

  /**
   * One change of a plan.
   *
   * @param indicator the indicator
   * @param from its current value
   * @param to its new value
   * @param steps how many rungs of its ladder the change climbs
   */
  public record Change(String indicator, Quantity from, Quantity to, int steps) {
    /** Checks every part is present. */
    public Change {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    @Override
    public String toString() {
      return indicator + " " + from + " → " + to;
    }
  }

  /**
   * The cheapest set of changes reaching the next grade.
   *
   * @param target the grade aimed at
   * @param changes the changes, in declared order of their indicators
   * @param total the total with all of them
   * @param grade the grade of that total
   * @param steps the rungs climbed in all
   * @param exhaustive whether the search finished within its budget (when false, a cheaper plan may exist)
   */
  public record Plan(Grade target, List<Change> changes, BigDecimal total, Optional<Grade> grade, int steps,
      boolean exhaustive) {
    /** Copies the changes. */
    public Plan {
      Objects.requireNonNull(target, "target");
      changes = List.copyOf(changes);
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(grade, "grade");
    }
  }

  /**
   * The advice for one evaluation.
   *
   * @param evaluation the evaluation as it is
   * @param steps one step per indicator that can score better, in declared order
   * @param target the next grade, when there is one above the current total
   * @param plan the cheapest plan reaching it; empty when there is no higher grade, no set of
   *     changes reaches it (a veto, say), or the budget ran out before any plan was found
   * @param evaluations how many evaluations the plan search ran
   * @param searchComplete whether the plan search finished within its budget; when it did not and
   *     no plan was found, a plan may still exist (never read an empty plan as "none exists" then)
   */
  public record Advice(Evaluation evaluation, List<Step> steps, Optional<Grade> target, Optional<Plan> plan,
      int evaluations, boolean searchComplete) {
    /** Copies the steps. */
    public Advice {
      Objects.requireNonNull(evaluation, "evaluation");
      steps = List.copyOf(steps);
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(plan, "plan");
    }
  }

  /**
   * Advises on {@code observations}.
   *
   * @throws ObservationException when the observations cannot be scored
   */
  public Advice advise(Observations observations) {
    Objects.requireNonNull(observations, "observations");
    Evaluation current = rubric.evaluate(observations);
    List<String> ids = new ArrayList<>();
    List<Quantity> froms = new ArrayList<>();
    List<List<Ladders.Rung>> ladders = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    current.allIndicators().forEach(r -> {
      if (!r.applicable() || r.value().isEmpty() || r.score().isEmpty()) {
        return;
      }
      ScoringRule rule = rubric.indicator(r.id()).orElseThrow().rule();
      List<Ladders.Rung> ladder = Ladders.above(rule, r.value().get(), r.score().get());
      if (ladder.isEmpty()) {
        return;
      }
      ids.add(r.id());
      froms.add(r.value().get());
      ladders.add(ladder);
      Ladders.Rung first = ladder.get(0);
      Evaluation changed = rubric.evaluate(observations.toBuilder().value(r.id(), first.value()).build());
      steps.add(new Step(r.id(), r.value().get(), first.value(), r.score().get(), first.points(),
          changed.total(), changed.total().subtract(current.total())));
    });
    Optional<Grade> target = nextGrade(current.total());
    if (target.isEmpty()) {
      return new Advice(current, steps, target, Optional.empty(), 0, true);
    }
    Search search = new Search(observations, ids, froms, ladders, target.get());
    Optional<Plan> plan = search.run();
    return new Advice(current, steps, target, plan, search.evaluations, !search.exhausted);
  }

  /** The grade whose range starts lowest above {@code total}. */
  private Optional<Grade> nextGrade(BigDecimal total) {
    Grade best = null;
    for (Grade g : rubric.grades()) {
      BigDecimal lower = g.range().lower().amountOrNull();
      if (lower == null || g.range().lower().admitsAsLower(total)) {
        continue;
      }
      if (best == null || lower.compareTo(best.range().lower().amountOrNull()) < 0) {
        best = g;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A bounded search for the cheapest plan. */
  private final class Search {
    private final Observations base;
    private final List<String> ids;
    private final List<Quantity> froms;
    private final List<List<Ladders.Rung>> ladders;
    private final Grade target;
    private int evaluations;
    private boolean exhausted;

    Search(Observations base, List<String> ids, List<Quantity> froms, List<List<Ladders.Rung>> ladders, Grade target) {
      this.base = base;
      this.ids = ids;
      this.froms = froms;
      this.ladders = ladders;
      this.target = target;
    }

    Optional<Plan> run() {
      int n = ids.size();
      for (int k = 1; k <= n && !exhausted; k++) {
        Plan[] best = {null};
        int size = k;
        forEachSubset(n, k, subset -> {
          int[] top = new int[size];
          for (int j = 0; j < size; j++) {
            top[j] = ladders.get(subset[j]).size();
          }
          if (evaluate(subset, top) == null) {
            return !exhausted;
          }
          int maxSteps = java.util.Arrays.stream(top).sum();
          for (int s = size; s <= maxSteps && !exhausted; s++) {
            Plan[] found = {null};
            int steps = s;
            forEachComposition(top, s, rungs -> {
              Evaluation e = evaluate(subset, rungs);
              if (e != null && (found[0] == null || e.total().compareTo(found[0].total()) > 0)) {
                found[0] = plan(subset, rungs, e, steps);
              }
              return !exhausted;
            });
            if (found[0] != null) {
              Plan f = found[0];
              if (best[0] == null || f.steps() < best[0].steps()
                  || (f.steps() == best[0].steps() && f.total().compareTo(best[0].total()) > 0)) {
                best[0] = f;
              }
              break;
            }
          }
          return !exhausted;
        });
        if (best[0] != null) {
          Plan b = best[0];
          return Optional.of(new Plan(b.target(), b.changes(), b.total(), b.grade(), b.steps(), !exhausted));
        }
      }
      return Optional.empty();
    }

    /** The evaluation with the given rungs (1-based) of the given indicators, or null when it falls short. */
    private Evaluation evaluate(int[] subset, int[] rungs) {
      if (evaluations >= budget) {
        exhausted = true;
        return null;
      }
      evaluations++;
      Observations.Builder b = base.toBuilder();
      for (int j = 0; j < subset.length; j++) {
        b.value(ids.get(subset[j]), ladders.get(subset[j]).get(rungs[j] - 1).value());
      }
      Evaluation e = rubric.evaluate(b.build());
      return target.range().lower().admitsAsLower(e.total()) ? e : null;
    }

    private Plan plan(int[] subset, int[] rungs, Evaluation e, int steps) {
      List<Change> changes = new ArrayList<>();
      for (int j = 0; j < subset.length; j++) {
        changes.add(new Change(ids.get(subset[j]), froms.get(subset[j]),
            ladders.get(subset[j]).get(rungs[j] - 1).value(), rungs[j]));
      }
      return new Plan(target, changes, e.total(), e.grade(), steps, true);
    }
  }

  /** Calls {@code visit} with every k-subset of 0..n−1 in lexicographic order, until it returns false. */
  private static void forEachSubset(int n, int k, java.util.function.Predicate<int[]> visit) {
    int[] c = new int[k];
    for (int j = 0; j < k; j++) {
      c[j] = j;
    }
    while (visit.test(c.clone())) {
      int j = k - 1;
      while (j >= 0 && c[j] == n - k + j) {
        j--;
      }
      if (j < 0) {
        return;
      }
      c[j]++;
      for (int m = j + 1; m < k; m++) {
        c[m] = c[m - 1] + 1;
      }
    }
  }

  /** Calls {@code visit} with every r, 1 ≤ r[j] ≤ top[j], Σ r = s, in lexicographic order, until it returns false. */
  private static void forEachComposition(int[] top, int s, java.util.function.Predicate<int[]> visit) {
    compose(top, s, 0, new int[top.length], visit);
  }

  private static boolean compose(int[] top, int rest, int j, int[] cur, java.util.function.Predicate<int[]> visit) {
    if (j == top.length) {
      return rest != 0 || visit.test(cur.clone());
    }
    int remainingMin = top.length - j - 1;
    for (int r = 1; r <= top[j] && r <= rest - remainingMin; r++) {
      cur[j] = r;
      if (!compose(top, rest - r, j + 1, cur, visit)) {
        return false;
      }
    }
    return true;
  }
}
