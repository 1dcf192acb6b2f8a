package org.rubric4j.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rubric4j.Evaluation;
import org.rubric4j.Grade;
import org.rubric4j.Indicator;
import org.rubric4j.InvalidValueException;
import org.rubric4j.MissingPolicy;
import org.rubric4j.NotApplicablePolicy;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.Quantity;
import org.rubric4j.Rubric;
import org.rubric4j.Value;
import org.rubric4j.Veto;

/**
 * Looks for observations that give each grade of a rubric's total.
 *
 * <p>Each indicator gets a ladder: one value per distinct score its rule can give, lowest score
 * first. The search walks a staircase from every indicator on its lowest rung to every one on
 * its highest, one rung at a time, so the totals it sees rise from the lowest to the highest in
 * steps no larger than one rung of one indicator; it walks it again with each flag set, so that
 * vetoes fire (a veto scoped to a dimension lowers the total); when {@code n/a} can drop indicators, it also
 * walks each indicator's ladder alone; then it tries random rungs with a fixed seed. Every
 * observation is scored by the rubric itself, so rounding and vetoes count as they do for users.
 */
public final class GradeSearch {

  /**
   * What the search found.
   *
   * @param witnesses for each grade reached, the first observations that reached it
   * @param byVeto the grades a rubric-wide veto that can fire imposes
   * @param totals every total seen, ascending, with the grade it got
   * @param evaluated how many observations were scored
   */
  public record Outcome(Map<String, Observations> witnesses, Set<String> byVeto,
      TreeMap<BigDecimal, String> totals, int evaluated) {}

  private final Rubric rubric;
  private final Applicability app;
  private final List<Indicator> indicators;
  private final List<List<Quantity>> ladders = new ArrayList<>();
  private final Map<String, Observations> witnesses = new LinkedHashMap<>();
  private final TreeMap<BigDecimal, String> totals = new TreeMap<>();
  private int evaluated;
  private String flag;

  private GradeSearch(Rubric rubric) {
    this.rubric = rubric;
    this.app = new Applicability(rubric);
    this.indicators = app.indicators();
    for (Indicator i : indicators) {
      TreeMap<BigDecimal, Quantity> byScore = new TreeMap<>();
      for (Quantity q : Probes.sweep(i.rule())) {
        try {
          byScore.putIfAbsent(i.rule().score(q).points(), q);
        } catch (InvalidValueException e) {
          // a value in no band: not a rung
        }
      }
      ladders.add(List.copyOf(byScore.values()));
    }
  }

  /** Searches {@code rubric} with {@code randomTries} random observations after the staircases. */
  public static Outcome search(Rubric rubric, int randomTries, long seed) {
    GradeSearch s = new GradeSearch(rubric);
    s.run(randomTries, seed);
    return new Outcome(Map.copyOf(s.witnesses), s.byVeto(), s.totals, s.evaluated);
  }

  private void run(int randomTries, long seed) {
    Map<String, String> tags = bestTags();
    int[] rung = new int[indicators.size()];
    staircase(tags, rung);
    for (String flag : rubric.flagIds()) {
      if (done()) {
        break;
      }
      this.flag = flag; // vetoes on this flag fire, whole-rubric or scoped to a dimension
      staircase(tags, rung);
      this.flag = null;
    }
    boolean canDrop = rubric.notApplicablePolicy() == NotApplicablePolicy.REDISTRIBUTE
        || rubric.missingPolicy() == MissingPolicy.NOT_APPLICABLE;
    if (canDrop) {
      for (int k = 0; k < indicators.size() && !done(); k++) {
        boolean[] alone = new boolean[indicators.size()];
        java.util.Arrays.fill(alone, true);
        alone[k] = false;
        Map<String, String> own = app.tagsFor(indicators.get(k).id()).orElse(tags);
        for (int r = 0; r < ladders.get(k).size(); r++) {
          rung[k] = r;
          try_(own, rung, alone);
        }
      }
    }
    Random random = new Random(seed);
    for (int t = 0; t < randomTries && !done(); t++) {
      boolean[] dropped = new boolean[indicators.size()];
      for (int k = 0; k < indicators.size(); k++) {
        rung[k] = random.nextInt(Math.max(1, ladders.get(k).size()));
        dropped[k] = canDrop && random.nextInt(5) == 0;
      }
      try_(tags, rung, dropped);
    }
  }

  /** From every indicator on its lowest rung to every one on its highest, one rung at a time. */
  private void staircase(Map<String, String> tags, int[] rung) {
    java.util.Arrays.fill(rung, 0);
    try_(tags, rung, null);
    for (int k = 0; k < indicators.size() && !done(); k++) {
      for (int r = 1; r < ladders.get(k).size(); r++) {
        rung[k] = r;
        try_(tags, rung, null);
      }
    }
  }

  private boolean done() {
    return rubric.grades().stream().allMatch(g -> witnesses.containsKey(g.id()));
  }

  private void try_(Map<String, String> tags, int[] rung, boolean[] dropped) {
    Observations.Builder b = Observations.builder(ObservationGen.ID);
    tags.forEach(b::tag);
    if (flag != null) {
      b.flag(flag, true);
    }
    for (int k = 0; k < indicators.size(); k++) {
      List<Quantity> ladder = ladders.get(k);
      String id = indicators.get(k).id();
      if ((dropped != null && dropped[k]) || ladder.isEmpty()) {
        if (rubric.notApplicablePolicy() == NotApplicablePolicy.REDISTRIBUTE) {
          b.value(id, Value.notApplicable());
        } else if (rubric.missingPolicy() != MissingPolicy.NOT_APPLICABLE && !ladder.isEmpty()) {
          b.value(id, ladder.get(0));
        }
      } else {
        b.value(id, ladder.get(Math.min(rung[k], ladder.size() - 1)));
      }
    }
    Observations o = b.build();
    Evaluation e;
    try {
      e = rubric.evaluate(o);
    } catch (ObservationException ex) {
      return; // nothing applicable, or n/a forbidden: not an observation a user could score
    }
    evaluated++;
    String grade = e.grade().map(Grade::id).orElse("");
    totals.putIfAbsent(e.total(), grade);
    if (!grade.isEmpty()) {
      witnesses.putIfAbsent(grade, o);
    }
  }

  /** Tags under which the most indicators apply: none, or those one indicator's path needs. */
  private Map<String, String> bestTags() {
    Map<String, String> best = Map.of();
    long bestCount = indicators.stream().filter(i -> app.conditionsHold(i.id(), Map.of())).count();
    Set<Map<String, String>> candidates = new LinkedHashSet<>();
    indicators.forEach(i -> app.tagsFor(i.id()).ifPresent(candidates::add));
    for (Map<String, String> c : candidates) {
      long n = indicators.stream().filter(i -> app.conditionsHold(i.id(), c)).count();
      if (n > bestCount) {
        best = c;
        bestCount = n;
      }
    }
    return best;
  }

  /** Grades imposed by a rubric-wide veto that can fire. */
  private Set<String> byVeto() {
    Set<String> out = new TreeSet<>();
    Optional<Grade> lowest = rubric.grades().stream().min(Comparator.comparing(
        g -> g.range().lower().amountOrNull(), Comparator.nullsFirst(Comparator.naturalOrder())));
    for (Veto v : rubric.vetoes()) {
      if (v.scope().isPresent()) {
        continue;
      }
      boolean canFire = true;
      if (v.trigger() instanceof Veto.OnScoreBelow s) {
        canFire = rubric.indicator(s.indicator())
            .map(i -> i.rule().minimum().compareTo(s.below()) < 0).orElse(false);
      }
      if (canFire) {
        Optional<String> g = v.grade().isPresent() ? v.grade() : lowest.map(Grade::id);
        g.ifPresent(out::add);
      }
    }
    return out;
  }
}
