package org.rubric4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.internal.RuleChecks;
import org.rubric4j.rule.Level;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.rule.ScoringRule;

/**
 * Adds the levels of a {@link LevelRule}: {@code .level(1, "方案无效需重复处理").level(2, ...)}.
 */
public final class LevelsBuilder {

  private final String indicatorPath;
  private final String path;
  /** Every declared value in order, negative ones too, so that each is reported. */
  private final List<Integer> declared = new ArrayList<>();
  private final List<String> anchors = new ArrayList<>();

  LevelsBuilder(String indicatorPath) {
    this.indicatorPath = indicatorPath;
    this.path = ProblemSink.join(indicatorPath, "levels");
  }

  /** A level a reviewer may pick, with the text that says when it applies. */
  public LevelsBuilder level(int value, String anchor) {
    declared.add(value);
    anchors.add(Objects.requireNonNull(anchor, "anchor"));
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
    if (sink.addAll(indicatorPath, RuleChecks.levels(declared))) {
      return Optional.empty();
    }
    List<Level> levels = new ArrayList<>();
    for (int k = 0; k < declared.size(); k++) {
      levels.add(new Level(declared.get(k), anchors.get(k)));
    }
    return Optional.of(new LevelRule(levels));
  }
}
