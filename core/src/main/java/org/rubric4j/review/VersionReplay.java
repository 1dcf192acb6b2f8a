package org.rubric4j.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rubric4j.Evaluation;
import org.rubric4j.Grade;
import org.rubric4j.IndicatorResult;
import org.rubric4j.ObservationException;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.DataQuality;

/**
 * Replays stored observations under two versions of a rubric, before the new one goes live:
 * who changes grade, by how much the total moves, and which indicators cause it.
 *
 * <pre>{@code
 * VersionReplay.Report r = VersionReplay.compare(current, proposed, observations);
 * r.gradeChanges();   // who changes grade
 * r.changes().get(0).causes();   // indicator contributions that moved, the largest first
 * }</pre>
 *
 * <p>The <b>causes</b> of a change are the indicators whose contribution to the total
 * ({@link IndicatorResult#contribution()}, on each version's scale) differs, the largest
 * difference first (an indicator present in only one version contributes 0 in the other);
 * vetoes that fire under only one version are listed apart, since they override the total.
 * Observations that cannot be scored under one of the versions are counted in
 * {@link Report#quality()} as {@link DataQuality#NOT_SCORABLE}, never dropped.
 *
 * <p>Stateless; the report is immutable.
 */
public final class VersionReplay {

  private VersionReplay() {}

  /**
   * One indicator's contribution under both versions.
   *
   * @param indicator the indicator's id
   * @param before its contribution under the first version (0 when absent or not applicable)
   * @param after its contribution under the second version
   * @param delta {@code after − before}
   */
  public record Cause(String indicator, BigDecimal before, BigDecimal after, BigDecimal delta) {
    /** Checks every part is present. */
    public Cause {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(delta, "delta");
    }
  }

  /**
   * How one observation's result moved.
   *
   * @param id the observation's id
   * @param subject its subject
   * @param before the total under the first version
   * @param after the total under the second version
   * @param delta {@code after − before}
   * @param gradeBefore the grade under the first version
   * @param gradeAfter the grade under the second version
   * @param causes the indicators whose contribution moved, the largest move first
   * @param vetoesBefore vetoes that fired only under the first version
   * @param vetoesAfter vetoes that fired only under the second version
   */
  public record Change(String id, Optional<String> subject, BigDecimal before, BigDecimal after, BigDecimal delta,
      Optional<String> gradeBefore, Optional<String> gradeAfter, List<Cause> causes, List<String> vetoesBefore,
      List<String> vetoesAfter) {
    /** Copies the lists. */
    public Change {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(subject, "subject");
      causes = List.copyOf(causes);
      vetoesBefore = List.copyOf(vetoesBefore);
      vetoesAfter = List.copyOf(vetoesAfter);
    }

    /** Whether the grade differs between the versions. */
    public boolean gradeChanged() {
      return !gradeBefore.equals(gradeAfter);
    }

    @Override
    public String toString() {
      return id + ": " + before.toPlainString() + " → " + after.toPlainString() + " ("
          + (delta.signum() >= 0 ? "+" : "") + delta.toPlainString() + ")"
          + (gradeChanged() ? ", " + gradeBefore.orElse("-") + " → " + gradeAfter.orElse("-") : "");
    }
  }

  /**
   * The outcome of a replay.
   *
   * @param before the first version's label ({@code id version})
   * @param after the second version's label
   * @param changes every observation whose total or grade moved, in input order
   * @param unchanged how many scored the same under both
   * @param quality the observations scored under both versions, and those that could not be
   * @param onlyBefore the indicators only the first version has (their values are left out of the second)
   * @param onlyAfter the indicators only the second version has (data recorded before lack them)
   * @param firstProblems why the first observations that could not be replayed could not, as
   *     {@code ID under VERSION: REASON}, at most {@link #PROBLEMS_KEPT}
   */
  public record Report(String before, String after, List<Change> changes, long unchanged, DataQuality quality,
      List<String> onlyBefore, List<String> onlyAfter, List<String> firstProblems) {
    /** How many reasons for observations that were not replayed {@link #firstProblems()} keeps. */
    public static final int PROBLEMS_KEPT = 10;

    /** Copies the lists. */
    public Report {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      changes = List.copyOf(changes);
      Objects.requireNonNull(quality, "quality");
      onlyBefore = List.copyOf(onlyBefore);
      onlyAfter = List.copyOf(onlyAfter);
      firstProblems = List.copyOf(firstProblems);
    }

    /** The changes that move the grade. */
    public List<Change> gradeChanges() {
      return changes.stream().filter(Change::gradeChanged).toList();
    }

    /** How many observations moved up (total), down, or not at all. */
    public Map<String, Long> summary() {
      Map<String, Long> m = new java.util.LinkedHashMap<>();
      m.put("up", changes.stream().filter(c -> c.delta().signum() > 0).count());
      m.put("down", changes.stream().filter(c -> c.delta().signum() < 0).count());
      m.put("same-total", unchanged + changes.stream().filter(c -> c.delta().signum() == 0).count());
      m.put("grade-changed", (long) gradeChanges().size());
      return m;
    }
  }

  /**
   * Scores every observation under {@code before} and {@code after} and reports what moved. Each
   * version reads only the values of its own indicators, so data recorded under one version replays
   * under a version that removed an indicator; an indicator the new version adds follows its
   * missing-value policy. The report names the indicators only one version has and keeps the
   * reasons of the first {@link Report#PROBLEMS_KEPT} observations that could not be replayed.
   */
  public static Report compare(Rubric before, Rubric after, Iterable<Observations> observations) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(observations, "observations");
    Set<String> beforeIds = indicatorIds(before);
    Set<String> afterIds = indicatorIds(after);
    List<Change> changes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    long unchanged = 0;
    DataQuality quality = DataQuality.empty();
    for (Observations o : observations) {
      Evaluation b;
      Evaluation a;
      Rubric scoring = before;
      try {
        b = before.evaluate(restricted(o, beforeIds));
        scoring = after;
        a = after.evaluate(restricted(o, afterIds));
      } catch (ObservationException e) {
        quality = quality.withExcluded(DataQuality.NOT_SCORABLE, o.id());
        if (problems.size() < Report.PROBLEMS_KEPT) {
          problems.add(o.id() + " under " + label(scoring) + ": " + e.reason());
        }
        continue;
      }
      quality = quality.withAccepted(1);
      Optional<String> gb = b.grade().map(Grade::id);
      Optional<String> ga = a.grade().map(Grade::id);
      if (b.total().compareTo(a.total()) == 0 && gb.equals(ga)) {
        unchanged++;
        continue;
      }
      changes.add(new Change(o.id(), o.subject(), b.total(), a.total(), a.total().subtract(b.total()), gb, ga,
          causes(b, a), onlyIn(b, a), onlyIn(a, b)));
    }
    List<String> onlyBefore = beforeIds.stream().filter(id -> !afterIds.contains(id)).toList();
    List<String> onlyAfter = afterIds.stream().filter(id -> !beforeIds.contains(id)).toList();
    return new Report(label(before), label(after), changes, unchanged, quality, onlyBefore, onlyAfter, problems);
  }

  private static Set<String> indicatorIds(Rubric rubric) {
    Set<String> ids = new LinkedHashSet<>();
    rubric.allIndicators().forEach(i -> ids.add(i.id()));
    return ids;
  }

  /** {@code o} without the values and evidence of indicators not in {@code ids}. */
  private static Observations restricted(Observations o, Set<String> ids) {
    if (ids.containsAll(o.values().keySet()) && ids.containsAll(o.evidence().keySet())) {
      return o;
    }
    Observations.Builder b = Observations.builder(o.id());
    o.subject().ifPresent(b::subject);
    o.period().ifPresent(b::period);
    o.tags().forEach(b::tag);
    o.values().forEach((id, v) -> {
      if (ids.contains(id)) {
        b.value(id, v);
      }
    });
    o.flags().forEach(b::flag);
    o.evidence().forEach((id, text) -> {
      if (ids.contains(id)) {
        b.evidence(id, text);
      }
    });
    return b.build();
  }

  private static List<Cause> causes(Evaluation b, Evaluation a) {
    Map<String, BigDecimal> before = contributions(b);
    Map<String, BigDecimal> after = contributions(a);
    TreeSet<String> ids = new TreeSet<>(before.keySet());
    ids.addAll(after.keySet());
    List<Cause> causes = new ArrayList<>();
    for (String id : ids) {
      BigDecimal x = before.getOrDefault(id, BigDecimal.ZERO);
      BigDecimal y = after.getOrDefault(id, BigDecimal.ZERO);
      if (x.compareTo(y) != 0) {
        causes.add(new Cause(id, x, y, y.subtract(x)));
      }
    }
    causes.sort(Comparator.comparing((Cause c) -> c.delta().abs()).reversed().thenComparing(Cause::indicator));
    return causes;
  }

  private static Map<String, BigDecimal> contributions(Evaluation e) {
    Map<String, BigDecimal> m = new TreeMap<>();
    e.allIndicators().forEach(i -> m.put(i.id(), i.contribution()));
    return m;
  }

  private static List<String> onlyIn(Evaluation x, Evaluation y) {
    List<String> yIds = y.vetoes().stream().map(f -> f.veto().id()).toList();
    return x.vetoes().stream().map(f -> f.veto().id()).filter(id -> !yIds.contains(id)).toList();
  }

  private static String label(Rubric r) {
    return r.id() + r.version().map(v -> " " + v).orElse("");
  }
}
