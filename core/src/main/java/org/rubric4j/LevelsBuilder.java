package org.rubric4j;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.rule.Level;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.rule.ScoringRule;

/**
 * Adds the levels of a {@link LevelRule}: {@code .level(1, "方案无效需重复处理").level(2, ...)}.
 */
public final class LevelsBuilder {

  private final String path;
  private final List<Level> levels = new ArrayList<>();
  private final List<Integer> negative = new ArrayList<>();

  LevelsBuilder(String path) {
    this.path = path;
  }

  /** A level a reviewer may pick, with the text that says when it applies. */
  public LevelsBuilder level(int value, String anchor) {
    Objects.requireNonNull(anchor, "anchor");
    if (value < 0) {
      negative.add(value);
    } else {
      levels.add(new Level(value, anchor));
    }
    return this;
  }

  /** A level without anchor text. */
  public LevelsBuilder level(int value) {
    return level(value, "");
  }

  /** The levels {@code from} to {@code to}, inclusive, without anchor text. */
  public LevelsBuilder range(int from, int to) {
    for (int v = from; v <= to; v++) {
      level(v);
    }
    return this;
  }

  Optional<ScoringRule> validate(ProblemSink sink) {
    boolean ok = true;
    for (int v : negative) {
      sink.error(path + "." + v, "negative-level", "a level must be at least 0, was " + v);
      ok = false;
    }
    Set<Integer> seen = new HashSet<>();
    for (Level level : levels) {
      if (!seen.add(level.value())) {
        sink.error(path + "." + level.value(), "duplicate-level",
            "level " + level.value() + " is declared twice");
        ok = false;
      }
    }
    if (levels.isEmpty() && negative.isEmpty()) {
      sink.error(path, "no-levels", "a level rule needs at least one level");
      return Optional.empty();
    }
    if (ok && levels.stream().allMatch(l -> l.value() == 0)) {
      sink.error(path, "zero-maximum", "the highest level must be above 0");
      ok = false;
    }
    return ok ? Optional.of(new LevelRule(levels)) : Optional.empty();
  }
}
