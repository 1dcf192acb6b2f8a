package org.rubric4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.internal.Ids;
import org.rubric4j.rule.ScoringRule;

/**
 * Describes one {@link Indicator} inside {@link DimensionBuilder#indicator}: its name, weight,
 * condition and exactly one scoring rule, chosen with {@link #bands}, {@link #levels},
 * {@link #deduction}, {@link #occurrences} or {@link #checklist}.
 *
 * <p>Mutable and not thread-safe, like every builder. Text arguments are read at once; a
 * text that cannot be read is reported, with its path, by {@link RubricBuilder#build()}.
 */
public final class IndicatorBuilder {

  private final String id;
  private final String path;
  private final List<Problem> parseProblems;
  private final NodeDraft node;
  private final List<RuleDraft> rules = new ArrayList<>();
  private boolean critical;

  IndicatorBuilder(String id, String path, List<Problem> parseProblems) {
    this.id = Objects.requireNonNull(id, "id");
    this.path = path;
    this.parseProblems = parseProblems;
    this.node = new NodeDraft(path, parseProblems);
  }

  /** The display name, such as {@code 首次响应时间}. */
  public IndicatorBuilder name(String name) {
    node.name(name);
    return this;
  }

  /** What is measured and how. */
  public IndicatorBuilder description(String description) {
    node.description(description);
    return this;
  }

  /**
   * The weight among sibling indicators, as the parent's weighting reads it: {@code 20%} or
   * {@code 0.2} under {@code declared}, any number at least 0 ({@code 2}, {@code 40}) under
   * {@code relative}; none is allowed under {@code points}.
   */
  public IndicatorBuilder weight(String weight) {
    node.weight(weight);
    return this;
  }

  /** The share among sibling indicators. */
  public IndicatorBuilder weight(Weight weight) {
    node.weight(weight);
    return this;
  }

  /**
   * What an {@code n/a} value means for this indicator, overriding the rubric's and its parents':
   * redistribute its weight, forbid it, count it as full marks, or as zero.
   */
  public IndicatorBuilder notApplicable(NotApplicablePolicy policy) {
    node.notApplicable(policy);
    return this;
  }

  /** What {@code n/a} means here, written {@code redistribute}, {@code forbid}, {@code full-marks} or {@code zero}. */
  public IndicatorBuilder notApplicable(String policy) {
    node.notApplicable(policy);
    return this;
  }

  /**
   * Marks this indicator critical: besides counting towards the total as usual, it is scored in
   * {@link Evaluation#criticalScore()}, the others in {@link Evaluation#nonCriticalScore()}.
   */
  public IndicatorBuilder critical() {
    return critical(true);
  }

  /** Whether this indicator is critical (see {@link #critical()}); not critical unless said. */
  public IndicatorBuilder critical(boolean critical) {
    this.critical = critical;
    return this;
  }

  /**
   * Marks this indicator a bonus item (MaestroQA's bonus questions): it takes no share of its
   * siblings' weights, and what it earns is added to its dimension after the others are
   * combined. Its {@code weight} says how much it can add: under {@code declared} a share of the
   * dimension's scale outside the 100 %, under {@code relative} a weight left out of the sum; under
   * {@code points} its maximum points count as earned, never as possible. An n/a bonus adds
   * nothing; no veto may fire on it; the total is capped at the scale unless
   * {@link RubricBuilder#aboveScale(boolean)} allows more.
   */
  public IndicatorBuilder bonus() {
    return bonus(true);
  }

  /** Whether this indicator is a bonus item (see {@link #bonus()}); not unless said. */
  public IndicatorBuilder bonus(boolean bonus) {
    node.bonus(bonus);
    return this;
  }

  /** Applies only when the observation's tag {@code tag} is one of {@code values}. */
  public IndicatorBuilder appliesWhen(String tag, String... values) {
    node.appliesWhen(tag, values);
    return this;
  }

  /** Applies only when {@code condition} holds. */
  public IndicatorBuilder appliesWhen(Condition condition) {
    node.appliesWhen(condition);
    return this;
  }

  /** Scores with bands over {@code measure}; add them with {@link BandsBuilder#band}. */
  public BandsBuilder bands(Measure measure) {
    BandsBuilder b = new BandsBuilder(Objects.requireNonNull(measure, "measure"),
        path, parseProblems);
    rules.add(new RuleDraft("bands", b::validate));
    return b;
  }

  /** Scores with reviewer-chosen levels; add them with {@link LevelsBuilder#level}. */
  public LevelsBuilder levels() {
    LevelsBuilder b = new LevelsBuilder(path);
    rules.add(new RuleDraft("levels", b::validate));
    return b;
  }

  /** Scores with a deduction per step beyond a target, over {@code measure}. */
  public DeductionBuilder deduction(Measure measure) {
    DeductionBuilder b = new DeductionBuilder(Objects.requireNonNull(measure, "measure"),
        path, parseProblems);
    rules.add(new RuleDraft("deduction", b::validate));
    return b;
  }

  /** Scores with a deduction per occurrence. */
  public OccurrencesBuilder occurrences() {
    OccurrencesBuilder b = new OccurrencesBuilder(path);
    rules.add(new RuleDraft("occurrences", b::validate));
    return b;
  }

  /** Scores with the items a reviewer ticks (a multi-select question); add them with {@link ChecklistBuilder#item}. */
  public ChecklistBuilder checklist() {
    ChecklistBuilder b = new ChecklistBuilder(path);
    rules.add(new RuleDraft("checklist", b::validate));
    return b;
  }

  /** Scores with a rule built elsewhere. */
  public IndicatorBuilder rule(ScoringRule rule) {
    Objects.requireNonNull(rule, "rule");
    rules.add(new RuleDraft(rule.kind(), sink -> Optional.of(rule)));
    return this;
  }

  String id() {
    return id;
  }

  String path() {
    return path;
  }

  Optional<Weight> declaredWeight() {
    return node.weight();
  }

  /** Reads this indicator's weight as its dimension's {@code weighting} reads it. */
  void readWeight(Weighting weighting) {
    node.readWeight(weighting);
  }

  boolean weightUnreadable() {
    return node.weightUnreadable();
  }

  /** This indicator as one of its dimension's children, for the weight rule of siblings. */
  Siblings.Entry entry() {
    return new Siblings.Entry(id, node.weight(), node.weightUnreadable(), node.bonus());
  }

  /** Checks this indicator; returns its model when it has no error of its own. */
  Optional<Indicator> validate(ProblemSink sink, Normalization normalization) {
    String idProblem = Ids.nodeIdProblem("indicator", id);
    if (idProblem != null) {
      sink.error(path, "invalid-id", idProblem);
    }
    if (rules.isEmpty()) {
      sink.error(path, "no-rule", "indicator " + id + " has no scoring rule; "
          + "give one of bands, levels, deduction, occurrences, checklist");
      return Optional.empty();
    }
    if (rules.size() > 1) {
      sink.error(path, "two-rules", "indicator " + id + " has " + rules.size() + " scoring rules ("
          + String.join(", ", rules.stream().map(RuleDraft::kind).toList())
          + "); give exactly one");
      return Optional.empty();
    }
    Optional<ScoringRule> rule = rules.get(0).draft().validate(sink);
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    if (normalization == Normalization.RANGE
        && rule.get().minimum().compareTo(rule.get().maximum()) == 0) {
      sink.error(ProblemSink.join(path, rules.get(0).kind()), "flat-range",
          "under normalize: range the rule's lowest and highest scores must differ, both are "
              + rule.get().maximum().stripTrailingZeros().toPlainString());
      return Optional.empty();
    }
    return Optional.of(new Indicator(id, node.name(), node.description(), node.weight(), node.appliesWhen(),
        node.notApplicable(), critical, node.bonus(), rule.get()));
  }

  /** A rule under construction: checks itself and gives its model when it has no error. */
  @FunctionalInterface
  interface Draft {
    Optional<ScoringRule> validate(ProblemSink sink);
  }

  private record RuleDraft(String kind, Draft draft) {}

}
