package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The weight rule of siblings, by their parent's {@link Weighting}: under {@code declared} all
 * given and adding up to exactly 100 %, or none given; under {@code relative} all given or none,
 * not all 0; under {@code points} none given. Bonus siblings stay out of the 100 % and of the
 * sum; under {@code declared} and {@code relative} each needs its own weight, and not every
 * sibling may be a bonus.
 */
final class Siblings {

  private Siblings() {}

  /** One sibling: its id, its declared weight, whether a weight was given but unreadable, whether it is a bonus. */
  record Entry(String id, Optional<Weight> weight, boolean unreadable, boolean bonus) {}

  static void checkWeights(ProblemSink sink, String listPath, String noun, List<Entry> all, Weighting weighting) {
    if (all.stream().anyMatch(Entry::unreadable)) {
      return; // reported where it was read; a sum would only add noise
    }
    if (!all.isEmpty() && all.stream().allMatch(Entry::bonus)) {
      sink.error(listPath, "bonus-only", "every one of the " + noun + " is a bonus, so there is nothing for a bonus"
          + " to add to; make at least one of them not a bonus");
      return;
    }
    if (weighting != Weighting.POINTS) {
      for (int k = 0; k < all.size(); k++) {
        if (all.get(k).bonus() && all.get(k).weight().isEmpty()) {
          sink.error(listPath + "[" + k + "]", "bonus-weight", "bonus " + all.get(k).id() + " needs a weight:"
              + (weighting == Weighting.DECLARED ? " the share of its parent's scale it can add, outside the 100%"
                  : " its weight beside its siblings', left out of their sum"));
        }
      }
    }
    List<Entry> entries = all.stream().filter(e -> !e.bonus()).toList();
    if (weighting == Weighting.POINTS) {
      for (int k = 0; k < all.size(); k++) {
        if (all.get(k).weight().isPresent()) {
          sink.error(listPath + "[" + k + "].weight", "weight-under-points", all.get(k).id() + " takes no weight:"
              + " the " + noun + " are shared by their maximum points (weighting: points); remove the weight,"
              + " or set weighting: declared or relative");
        }
      }
      return;
    }
    if (weighting == Weighting.RELATIVE) {
      if (entries.stream().allMatch(e -> e.weight().isEmpty()) && entries.size() < all.size()) {
        sink.error(listPath, "partial-weights", "a bonus among the " + noun + " has a relative weight, so the others"
            + " need weights too (weighting: relative): the bonus' weight is read against theirs");
        return;
      }
      checkRelative(sink, listPath, noun, entries);
      return;
    }
    List<String> relative = all.stream().filter(e -> e.weight().map(Weight::relative).orElse(false))
        .map(Entry::id).toList();
    if (!relative.isEmpty()) {
      sink.error(listPath, "relative-weight", "the " + noun + " have declared weights (weighting: declared), but "
          + String.join(", ", relative) + " has a relative weight; give percentages, or set weighting: relative");
      return;
    }
    List<Entry> declared = entries.stream().filter(e -> e.weight().isPresent()).toList();
    if (declared.isEmpty()) {
      return;
    }
    BigDecimal sum = declared.stream().map(e -> e.weight().get().fraction())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    String listing = declared.stream().map(e -> e.id() + " " + e.weight().get())
        .collect(Collectors.joining(", "));
    String total = org.rubric4j.internal.ValueText.plain(sum.movePointRight(2)) + "%";
    if (declared.size() == entries.size()) {
      if (sum.compareTo(BigDecimal.ONE) != 0) {
        sink.error(listPath, "weight-sum", "the weights of the " + noun + " add up to " + total
            + ", not 100% (" + listing + ")");
      }
      return;
    }
    List<String> undeclared = entries.stream().filter(e -> e.weight().isEmpty()).map(Entry::id).toList();
    if (sum.compareTo(BigDecimal.ONE) >= 0) {
      sink.error(listPath, "weight-sum", "the declared weights of the " + noun + " already add up to "
          + total + ", leaving nothing for " + String.join(", ", undeclared)
          + "; give every weight or none");
    } else {
      sink.warning(listPath, "partial-weights", "weights are given on only some " + noun + " ("
          + listing + "); " + String.join(", ", undeclared) + " share the remaining "
          + org.rubric4j.internal.ValueText.plain(BigDecimal.ONE.subtract(sum).movePointRight(2))
          + "% equally; give every weight or none");
    }
  }

  private static void checkRelative(ProblemSink sink, String listPath, String noun, List<Entry> entries) {
    List<Entry> given = entries.stream().filter(e -> e.weight().isPresent()).toList();
    if (given.isEmpty()) {
      return;
    }
    if (given.size() < entries.size()) {
      List<String> missing = entries.stream().filter(e -> e.weight().isEmpty()).map(Entry::id).toList();
      sink.error(listPath, "partial-weights", "weights are given on only some " + noun + " (weighting: relative); "
          + String.join(", ", missing) + " has none; give every weight or none");
      return;
    }
    if (given.stream().allMatch(e -> e.weight().get().fraction().signum() == 0)) {
      sink.error(listPath, "weight-sum", "every one of the " + noun + " has weight 0, so none counts;"
          + " give at least one a weight above 0");
    }
  }
}
