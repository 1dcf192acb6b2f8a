package org.rubric4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.internal.Text;

/**
 * The checks of {@code appliesWhen} conditions that involve the whole rubric: every indicator
 * and flag they read exists, and no indicator's applicability depends on itself (through the
 * conditions on its own way from the root and those on the way to the indicators they read).
 */
final class ConditionChecks {

  /** What an indicator's applicability reads: the indicators named on its way, and where each is named. */
  private record Reads(Map<String, String> indicatorPaths) {}

  private final ProblemSink sink;
  private final Map<String, String> paths;
  private final Set<String> indicatorIds;
  private final Map<String, org.rubric4j.rule.ChecklistRule> checklists = new java.util.HashMap<>();
  private final Map<String, Reads> reads = new LinkedHashMap<>();

  private ConditionChecks(ProblemSink sink, Map<String, String> paths, Set<String> indicatorIds) {
    this.sink = sink;
    this.paths = paths;
    this.indicatorIds = indicatorIds;
  }

  /**
   * Checks the conditions of {@code dims}.
   *
   * @param paths the path of every dimension and indicator, by id
   * @param declaredFlags the declared flags; empty when the rubric declares none (then any flag goes)
   */
  static void check(ProblemSink sink, List<Dimension> dims, Map<String, String> paths, Set<String> declaredFlags) {
    Set<String> indicatorIds = new java.util.HashSet<>();
    dims.stream().flatMap(Dimension::allIndicators).forEach(i -> indicatorIds.add(i.id()));
    ConditionChecks checks = new ConditionChecks(sink, paths, indicatorIds);
    dims.stream().flatMap(Dimension::allIndicators).filter(i -> i.rule() instanceof org.rubric4j.rule.ChecklistRule)
        .forEach(i -> checks.checklists.put(i.id(), (org.rubric4j.rule.ChecklistRule) i.rule()));
    for (Dimension d : dims) {
      checks.walk(d, new LinkedHashMap<>(), declaredFlags);
    }
    checks.findCycle();
  }

  private void walk(Dimension d, Map<String, String> above, Set<String> declaredFlags) {
    Map<String, String> here = new LinkedHashMap<>(above);
    d.appliesWhen().ifPresent(c -> names(d.id(), c, here, declaredFlags));
    for (Dimension sub : d.dimensions()) {
      walk(sub, here, declaredFlags);
    }
    for (Indicator i : d.indicators()) {
      Map<String, String> own = new LinkedHashMap<>(here);
      i.appliesWhen().ifPresent(c -> names(i.id(), c, own, declaredFlags));
      reads.put(i.id(), new Reads(own));
    }
  }

  /** Checks the names {@code c} reads and adds the known indicators to {@code into}. */
  private void names(String node, Condition c, Map<String, String> into, Set<String> declaredFlags) {
    String path = ProblemSink.join(paths.get(node), "appliesWhen");
    for (Condition part : c.parts()) {
      if (part instanceof Condition.AnswerIn a && checklists.containsKey(a.indicator())) {
        sink.error(path, "condition-on-checklist", "the appliesWhen of " + node + " tests answers " + a.answers()
            + " of checklist " + a.indicator() + "; test its items instead, such as {indicator: " + a.indicator()
            + ", in: [" + checklists.get(a.indicator()).items().keySet().iterator().next() + "]}");
      } else if (part instanceof Condition.ItemsIn i && indicatorIds.contains(i.indicator())) {
        org.rubric4j.rule.ChecklistRule checklist = checklists.get(i.indicator());
        if (checklist == null) {
          sink.error(path, "items-not-checklist", "the appliesWhen of " + node + " tests items " + i.items()
              + " of " + i.indicator() + ", which is not a checklist; test its answers as numbers");
        } else {
          for (String item : i.items()) {
            if (!checklist.items().containsKey(item)) {
              sink.error(path, "unknown-item", "the appliesWhen of " + node + " tests item " + item + " of checklist "
                  + i.indicator() + ", which it does not have" + Text.didYouMean(item, checklist.items().keySet()));
            }
          }
        }
      }
    }
    for (String indicator : c.indicators()) {
      if (indicatorIds.contains(indicator)) {
        into.putIfAbsent(indicator, path);
      } else {
        sink.error(path, "unknown-indicator", "the appliesWhen of " + node + " reads indicator " + indicator
            + ", which the rubric does not have" + Text.didYouMean(indicator, indicatorIds));
      }
    }
    if (!declaredFlags.isEmpty()) {
      for (String flag : c.flags()) {
        if (!declaredFlags.contains(flag)) {
          sink.error(path, "unknown-flag", "the appliesWhen of " + node + " reads flag " + flag
              + ", which is not declared" + Text.didYouMean(flag, declaredFlags)
              + "; declared flags: " + String.join(", ", declaredFlags));
        }
      }
    }
  }

  /** Reports the first cycle, if any: indicators whose applicability waits on itself. */
  private void findCycle() {
    Map<String, Integer> state = new LinkedHashMap<>(); // 1: on the current path, 2: done
    for (String start : reads.keySet()) {
      List<String> trail = new ArrayList<>();
      Optional<List<String>> cycle = visit(start, state, trail);
      if (cycle.isPresent()) {
        List<String> ids = cycle.get();
        String first = ids.get(0);
        String second = ids.size() > 1 ? ids.get(1) : first;
        sink.error(reads.get(first).indicatorPaths().get(second), "condition-cycle", "the appliesWhen conditions"
            + " form a cycle: " + String.join(" → ", ids) + " (whether each applies depends on the next one's answer);"
            + " no indicator may depend on itself");
        return;
      }
    }
  }

  private Optional<List<String>> visit(String id, Map<String, Integer> state, List<String> trail) {
    Integer s = state.get(id);
    if (s != null && s == 2) {
      return Optional.empty();
    }
    if (s != null) {
      List<String> cycle = new ArrayList<>(trail.subList(trail.indexOf(id), trail.size()));
      cycle.add(id);
      return Optional.of(cycle);
    }
    state.put(id, 1);
    trail.add(id);
    for (String next : reads.get(id).indicatorPaths().keySet()) {
      Optional<List<String>> found = visit(next, state, trail);
      if (found.isPresent()) {
        return found;
      }
    }
    trail.remove(trail.size() - 1);
    state.put(id, 2);
    return Optional.empty();
  }
}
