package org.rubric4j.rule;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Measure;
import org.rubric4j.Quantity;
import org.rubric4j.internal.RuleChecks;
import org.rubric4j.internal.ValueText;

/**
 * A multi-select question (Amazon Connect's multi-select questions, Genesys' "choose from
 * list"): the reviewer ticks items, each worth points (negative for what should not happen), and
 * the score is their sum, at most {@code max} and never below 0.
 *
 * <p>The value is the list of ticked item ids ({@link org.rubric4j.Value.Items}; in CSV one
 * cell with the ids separated by {@code |}); its measure is the {@link Measure#COUNT} of items
 * ticked, which is what the result reports as the value. An unknown or repeated item is
 * refused, naming it. Invariants: at least one item, one of them worth more than 0; {@code max}
 * above 0 and at most the positive points together when given, by default their sum. Immutable and thread-safe.
 *
 * @param items the points of each item, by id, in declared order
 * @param max the most the items can earn together, when given
 */
public record ChecklistRule(Map<String, BigDecimal> items, Optional<BigDecimal> max) implements ScoringRule {

  /** Checks the invariants above and copies the items in their order. */
  public ChecklistRule {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(max, "max");
    RuleChecks.requireNone(RuleChecks.checklist(items, max.orElse(null)), items.keySet().toString());
    Map<String, BigDecimal> copy = new LinkedHashMap<>();
    items.forEach((id, points) -> copy.put(Objects.requireNonNull(id, "item"), ValueText.canonical(points)));
    items = Collections.unmodifiableMap(copy);
    max = max.map(ValueText::canonical);
  }

  @Override
  public Measure measure() {
    return Measure.COUNT;
  }

  @Override
  public BigDecimal maximum() {
    return max.orElseGet(() -> items.values().stream().filter(p -> p.signum() > 0)
        .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @Override
  public BigDecimal minimum() {
    return BigDecimal.ZERO;
  }

  /**
   * Always refuses: a checklist is scored from the items ticked ({@link #score(List)}), not from a
   * number.
   */
  @Override
  public RuleScore score(Quantity value) {
    throw InvalidValueException.of(value.toString(), "\"" + value + "\" is not a list of ticked items;"
        + " give the ids of the items ticked: " + String.join(", ", items.keySet()));
  }

  /**
   * Scores the items {@code ticked}: the sum of their points, at most {@link #maximum()} and at
   * least 0; ticking nothing scores 0.
   *
   * @throws InvalidValueException naming an item the checklist does not have, or one ticked twice
   */
  public RuleScore score(List<String> ticked) {
    Objects.requireNonNull(ticked, "ticked");
    Set<String> seen = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (String id : ticked) {
      BigDecimal points = items.get(id);
      if (points == null) {
        throw InvalidValueException.of(id, "the checklist has no item " + id + org.rubric4j.internal.Text.didYouMean(id,
            items.keySet()) + "; its items: " + String.join(", ", items.keySet()));
      }
      if (!seen.add(id)) {
        throw InvalidValueException.of(id, "item " + id + " is ticked twice");
      }
      sum = sum.add(points);
    }
    BigDecimal score = sum.min(maximum()).max(BigDecimal.ZERO);
    BigDecimal total = sum;
    List<String> named = List.copyOf(ticked);
    return RuleScore.deferred(score, () -> named.isEmpty() ? "nothing ticked"
        : String.join(" + ", named.stream().map(id -> id + " " + ValueText.plain(items.get(id))).toList())
            + (total.compareTo(score) == 0 ? "" : " = " + ValueText.plain(total)
                + (total.signum() < 0 ? ", at least 0" : ", at most " + ValueText.plain(maximum()))));
  }

  @Override
  public String kind() {
    return "checklist";
  }
}
