package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The weight rule of siblings: all declared and summing to exactly 100 %, or none declared. */
final class Siblings {

  private Siblings() {}

  /** One sibling: its id, its declared weight, and whether a weight was given but unreadable. */
  record Entry(String id, Optional<Weight> weight, boolean unreadable) {}

  static void checkWeights(ProblemSink sink, String listPath, String noun, List<Entry> entries) {
    if (entries.stream().anyMatch(Entry::unreadable)) {
      return; // reported where it was read; a sum would only add noise
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
}
