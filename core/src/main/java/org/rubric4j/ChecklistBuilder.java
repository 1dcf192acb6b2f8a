package org.rubric4j;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.internal.RuleChecks;
import org.rubric4j.rule.ChecklistRule;
import org.rubric4j.rule.ScoringRule;

/**
 * Describes a {@link ChecklistRule}: {@code .item("name-confirmed", 2).item("rude-remark", -4).max(6)}.
 *
 * <p>At least one item is required; an item named twice is reported, with its path, by
 * {@link RubricBuilder#build()}.
 */
public final class ChecklistBuilder {

  private final String indicatorPath;
  private final String path;
  private final Map<String, BigDecimal> items = new LinkedHashMap<>();
  private final java.util.List<String> repeated = new java.util.ArrayList<>();
  private BigDecimal max;

  ChecklistBuilder(String indicatorPath) {
    this.indicatorPath = indicatorPath;
    this.path = ProblemSink.join(indicatorPath, "checklist");
  }

  /** An item worth {@code points} when ticked; negative for what should not happen. */
  public ChecklistBuilder item(String id, BigDecimal points) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(points, "points");
    if (items.putIfAbsent(id, points) != null) {
      repeated.add(id);
    }
    return this;
  }

  /** An item worth {@code points} when ticked; negative for what should not happen. */
  public ChecklistBuilder item(String id, long points) {
    return item(id, BigDecimal.valueOf(points));
  }

  /** The most the items can earn together; by default the sum of the positive points. */
  public ChecklistBuilder max(BigDecimal max) {
    this.max = Objects.requireNonNull(max, "max");
    return this;
  }

  /** The most the items can earn together. */
  public ChecklistBuilder max(long max) {
    return max(BigDecimal.valueOf(max));
  }

  Optional<ScoringRule> validate(ProblemSink sink) {
    int before = sink.errors().size();
    for (String id : repeated) {
      sink.error(ProblemSink.join(path, "items"), "duplicate-item", "checklist item " + id + " is listed twice");
    }
    sink.addAll(indicatorPath, RuleChecks.checklist(items, max));
    if (sink.errors().size() > before) {
      return Optional.empty();
    }
    return Optional.of(new ChecklistRule(items, Optional.ofNullable(max)));
  }
}
