package org.rubric4j.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.Condition;
import org.rubric4j.Dimension;
import org.rubric4j.Indicator;
import org.rubric4j.Rubric;
import org.rubric4j.Value;

/**
 * Which indicators of a rubric apply to given tags and values: every {@code appliesWhen} on the
 * way from the root must hold, and the value must be present and not {@code n/a}.
 */
public final class Applicability {

  private final Map<String, List<Condition>> conditions = new LinkedHashMap<>();
  private final Map<String, Indicator> indicators = new LinkedHashMap<>();
  /** The indicators with no relative weight 0 on the way from the root: scored, they count. */
  private final Set<String> counting = new LinkedHashSet<>();

  /** The conditions on the path to every indicator of {@code rubric}. */
  public Applicability(Rubric rubric) {
    rubric.dimensions().forEach(d -> walk(d, List.of(), true));
  }

  private void walk(Dimension d, List<Condition> above, boolean countsAbove) {
    List<Condition> here = new ArrayList<>(above);
    d.appliesWhen().ifPresent(here::add);
    boolean counts = countsAbove && weighs(d.weight());
    d.dimensions().forEach(sub -> walk(sub, here, counts));
    for (Indicator i : d.indicators()) {
      List<Condition> path = new ArrayList<>(here);
      i.appliesWhen().ifPresent(path::add);
      conditions.put(i.id(), List.copyOf(path));
      indicators.put(i.id(), i);
      if (counts && weighs(i.weight())) {
        counting.add(i.id());
      }
    }
  }

  private static boolean weighs(Optional<org.rubric4j.Weight> weight) {
    return weight.map(w -> w.fraction().signum() > 0).orElse(true);
  }

  /**
   * Whether {@code indicatorId} counts when scored: no relative weight 0 on its way from the
   * root. An observation where only weight-0 indicators are scored has nothing to score.
   */
  public boolean counts(String indicatorId) {
    return counting.contains(indicatorId);
  }

  /** Every tag name a condition of the rubric reads. */
  public Set<String> tagNames() {
    Set<String> names = new LinkedHashSet<>();
    conditions.values().forEach(l -> l.forEach(c -> tagParts(c).forEach(t -> names.add(t.tag()))));
    return names;
  }

  /** Every value the conditions on {@code tag} name. */
  public Set<String> tagValues(String tag) {
    Set<String> values = new LinkedHashSet<>();
    conditions.values().forEach(l -> l.forEach(c -> tagParts(c).stream().filter(t -> t.tag().equals(tag))
        .forEach(t -> values.addAll(t.in()))));
    return values;
  }

  private static List<Condition.TagIn> tagParts(Condition c) {
    return c.parts().stream().filter(p -> p instanceof Condition.TagIn).map(p -> (Condition.TagIn) p).toList();
  }

  /** The tag conditions that must all hold for {@code c} to: {@code c} itself, or the parts of an {@code all}. */
  private static Optional<List<Condition.TagIn>> required(Condition c) {
    if (c instanceof Condition.TagIn t) {
      return Optional.of(List.of(t));
    }
    if (c instanceof Condition.All a) {
      List<Condition.TagIn> out = new ArrayList<>();
      for (Condition part : a.of()) {
        Optional<List<Condition.TagIn>> r = required(part);
        if (r.isEmpty()) {
          return Optional.empty();
        }
        out.addAll(r.get());
      }
      return Optional.of(out);
    }
    return Optional.empty();
  }

  /** Whether the conditions on the way to {@code indicatorId} hold for {@code tags}. */
  public boolean conditionsHold(String indicatorId, Map<String, String> tags) {
    return conditions.get(indicatorId).stream().allMatch(c -> c.test(tags));
  }

  /** Whether {@code indicatorId} is scored: its conditions hold and it has a value that is not n/a. */
  public boolean applies(String indicatorId, Map<String, String> tags, Map<String, Value> values) {
    Value v = values.get(indicatorId);
    return v != null && !(v instanceof Value.NotApplicable) && conditionsHold(indicatorId, tags);
  }

  /**
   * Tags under which {@code indicatorId}'s conditions all hold, or empty when they contradict or
   * are not made of tags alone (conditions on answers and flags, {@code any}, {@code not}: those
   * indicators are not chosen to make an observation scorable).
   */
  public Optional<Map<String, String>> tagsFor(String indicatorId) {
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    for (Condition c : conditions.get(indicatorId)) {
      Optional<List<Condition.TagIn>> parts = required(c);
      if (parts.isEmpty()) {
        return Optional.empty();
      }
      for (Condition.TagIn t : parts.get()) {
        allowed.merge(t.tag(), new LinkedHashSet<>(t.in()), (a, b) -> {
          a.retainAll(b);
          return a;
        });
      }
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> e : allowed.entrySet()) {
      if (e.getValue().isEmpty()) {
        return Optional.empty();
      }
      tags.put(e.getKey(), e.getValue().iterator().next());
    }
    return Optional.of(tags);
  }

  /** The indicators, depth first. */
  public List<Indicator> indicators() {
    return List.copyOf(indicators.values());
  }
}
