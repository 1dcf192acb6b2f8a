package org.rubric4j;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dimension and an indicator under construction have in common (name, description,
 * weight, {@code appliesWhen}), set and checked in one place for both builders. A text that cannot
 * be read is recorded as a problem at the node's path, never thrown, so that {@code build()} can
 * report every problem of the rubric at once.
 */
final class NodeDraft {

  private final String path;
  private final List<Problem> parseProblems;
  private Optional<String> name = Optional.empty();
  private Optional<String> description = Optional.empty();
  private Optional<Weight> weight = Optional.empty();
  private boolean weightUnreadable;
  private Optional<Condition> appliesWhen = Optional.empty();

  NodeDraft(String path, List<Problem> parseProblems) {
    this.path = path;
    this.parseProblems = parseProblems;
  }

  void name(String name) {
    this.name = Optional.of(Objects.requireNonNull(name, "name"));
  }

  void description(String description) {
    this.description = Optional.of(Objects.requireNonNull(description, "description"));
  }

  void weight(String weight) {
    Objects.requireNonNull(weight, "weight");
    try {
      this.weight = Optional.of(Weight.parse(weight));
      weightUnreadable = false;
    } catch (InvalidValueException e) {
      parseProblems.add(Problem.error(ProblemSink.join(path, "weight"), "invalid-value", e.getMessage()));
      this.weight = Optional.empty();
      weightUnreadable = true;
    }
  }

  void weight(Weight weight) {
    this.weight = Optional.of(Objects.requireNonNull(weight, "weight"));
    weightUnreadable = false;
  }

  void appliesWhen(String tag, String... values) {
    try {
      this.appliesWhen = Optional.of(new Condition(tag, List.of(values)));
    } catch (InvalidValueException e) {
      parseProblems.add(Problem.error(ProblemSink.join(path, "appliesWhen"), "invalid-value", e.getMessage()));
    }
  }

  void appliesWhen(Condition condition) {
    this.appliesWhen = Optional.of(Objects.requireNonNull(condition, "condition"));
  }

  Optional<String> name() {
    return name;
  }

  Optional<String> description() {
    return description;
  }

  Optional<Weight> weight() {
    return weight;
  }

  /** Whether a weight was given as text that could not be read (already reported). */
  boolean weightUnreadable() {
    return weightUnreadable;
  }

  Optional<Condition> appliesWhen() {
    return appliesWhen;
  }
}
