package org.rubric4j;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dimension and an indicator under construction have in common (name, description,
 * weight, {@code appliesWhen}, {@code notApplicable}), set and checked in one place for both builders. A text that cannot
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
  /** The weight as written, to read again under the parent's weighting; empty when given as a Weight or not at all. */
  private Optional<String> weightText = Optional.empty();
  /** The problem the last reading of {@link #weightText} recorded, to take back when it is read again. */
  private Problem weightProblem;
  private Optional<Condition> appliesWhen = Optional.empty();
  private Optional<NotApplicablePolicy> notApplicable = Optional.empty();
  private boolean bonus;

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
    this.weightText = Optional.of(Objects.requireNonNull(weight, "weight"));
    readWeight(Weighting.DECLARED);
  }

  void weight(Weight weight) {
    this.weight = Optional.of(Objects.requireNonNull(weight, "weight"));
    weightText = Optional.empty();
    takeBackWeightProblem();
    weightUnreadable = false;
  }

  /**
   * Reads the weight text again as the parent's {@code weighting} reads it: a declared weight
   * ({@code 20%}, {@code 0.2}) or a relative one ({@code 2}, {@code 40}); the problem of an
   * earlier reading is taken back. Under {@link Weighting#POINTS} a weight is kept as written
   * (relative, or declared if it reads so) for the builder to refuse, by name.
   */
  void readWeight(Weighting weighting) {
    if (weightText.isEmpty()) {
      return;
    }
    takeBackWeightProblem();
    String text = weightText.get();
    try {
      this.weight = Optional.of(weighting == Weighting.DECLARED ? Weight.parse(text) : Weight.parseRelative(text));
      weightUnreadable = false;
    } catch (InvalidValueException e) {
      if (weighting == Weighting.POINTS) {
        this.weight = Optional.of(Weight.relative(java.math.BigDecimal.ONE)); // any: it is refused by name
        weightUnreadable = false;
        return;
      }
      weightProblem = Problem.error(ProblemSink.join(path, "weight"), "invalid-value", e.getMessage());
      parseProblems.add(weightProblem);
      this.weight = Optional.empty();
      weightUnreadable = true;
    }
  }

  private void takeBackWeightProblem() {
    if (weightProblem != null) {
      parseProblems.remove(weightProblem);
      weightProblem = null;
    }
  }

  void appliesWhen(String tag, String... values) {
    try {
      this.appliesWhen = Optional.of(new Condition.TagIn(tag, List.of(values)));
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

  void notApplicable(NotApplicablePolicy policy) {
    this.notApplicable = Optional.of(Objects.requireNonNull(policy, "policy"));
  }

  void notApplicable(String policy) {
    Objects.requireNonNull(policy, "policy");
    try {
      this.notApplicable = Optional.of(NotApplicablePolicy.ofKey(policy));
    } catch (InvalidValueException e) {
      parseProblems.add(Problem.error(ProblemSink.join(path, "notApplicable"), "invalid-value", e.getMessage()));
    }
  }

  Optional<NotApplicablePolicy> notApplicable() {
    return notApplicable;
  }

  void bonus(boolean bonus) {
    this.bonus = bonus;
  }

  boolean bonus() {
    return bonus;
  }
}
