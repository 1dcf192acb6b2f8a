package org.rubric4j;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.rubric4j.internal.Ids;

/**
 * Describes one {@link Dimension} inside {@link RubricBuilder#dimension}: its name, weight,
 * grades, and either sub-dimensions ({@link #dimension}) or indicators ({@link #indicator}).
 *
 * <p>Mutable and not thread-safe. Problems are reported, with their paths, by
 * {@link RubricBuilder#build()}.
 */
public final class DimensionBuilder {

  private final String id;
  private final String path;
  private final List<Problem> parseProblems;
  private final NodeDraft node;
  private final List<GradeBuilder> grades = new ArrayList<>();
  private final List<DimensionBuilder> dimensions = new ArrayList<>();
  private final List<IndicatorBuilder> indicators = new ArrayList<>();
  private Optional<Weighting> weighting = Optional.empty();

  DimensionBuilder(String id, String path, List<Problem> parseProblems) {
    this.id = Objects.requireNonNull(id, "id");
    this.path = path;
    this.parseProblems = parseProblems;
    this.node = new NodeDraft(path, parseProblems);
  }

  /** The display name, such as {@code 响应及时性}. */
  public DimensionBuilder name(String name) {
    node.name(name);
    return this;
  }

  /** What this dimension covers. */
  public DimensionBuilder description(String description) {
    node.description(description);
    return this;
  }

  /**
   * The weight among sibling dimensions, as the parent's weighting reads it: {@code 20%} or
   * {@code 0.2} under {@code declared}, any number at least 0 ({@code 2}, {@code 40}) under
   * {@code relative}; none is allowed under {@code points}.
   */
  public DimensionBuilder weight(String weight) {
    node.weight(weight);
    return this;
  }

  /** The share among sibling dimensions. */
  public DimensionBuilder weight(Weight weight) {
    node.weight(weight);
    return this;
  }

  /**
   * How this dimension's children share it, for them and their descendants until another
   * dimension says otherwise: {@code declared} (weights adding up to 100 %), {@code relative}
   * (weights of any size) or {@code points} (no weights: shares by maximum points). Inherited
   * from the parent when not set.
   */
  public DimensionBuilder weighting(Weighting weighting) {
    this.weighting = Optional.of(Objects.requireNonNull(weighting, "weighting"));
    return this;
  }

  /** How this dimension's children share it, written {@code declared}, {@code relative} or {@code points}. */
  public DimensionBuilder weighting(String weighting) {
    Objects.requireNonNull(weighting, "weighting");
    try {
      this.weighting = Optional.of(Weighting.ofKey(weighting));
    } catch (InvalidValueException e) {
      parseProblems.add(Problem.error(ProblemSink.join(path, "weighting"), "invalid-value", e.getMessage()));
    }
    return this;
  }

  /**
   * What an {@code n/a} value means for this dimension and everything below it, overriding the rubric's and its parents':
   * redistribute its weight, forbid it, count it as full marks, or as zero.
   */
  public DimensionBuilder notApplicable(NotApplicablePolicy policy) {
    node.notApplicable(policy);
    return this;
  }

  /** What {@code n/a} means here, written {@code redistribute}, {@code forbid}, {@code full-marks} or {@code zero}. */
  public DimensionBuilder notApplicable(String policy) {
    node.notApplicable(policy);
    return this;
  }

  /**
   * Marks this dimension a bonus section (MaestroQA's and Playvox' bonus sections): it takes no
   * share of its siblings' weights, and what it earns is added to its parent after the others
   * are combined, as {@link IndicatorBuilder#bonus()} describes for an indicator.
   */
  public DimensionBuilder bonus() {
    return bonus(true);
  }

  /** Whether this dimension is a bonus section (see {@link #bonus()}); not unless said. */
  public DimensionBuilder bonus(boolean bonus) {
    node.bonus(bonus);
    return this;
  }

  /** Applies only when the observation's tag {@code tag} is one of {@code values}. */
  public DimensionBuilder appliesWhen(String tag, String... values) {
    node.appliesWhen(tag, values);
    return this;
  }

  /** Applies only when {@code condition} holds. */
  public DimensionBuilder appliesWhen(Condition condition) {
    node.appliesWhen(condition);
    return this;
  }

  /** A grade of this dimension's own score, on the rubric's scale. */
  public DimensionBuilder grade(String id, Consumer<GradeBuilder> spec) {
    GradeBuilder g = new GradeBuilder(id, ProblemSink.join(path, "grades[" + grades.size() + "]"), parseProblems);
    grades.add(g);
    Objects.requireNonNull(spec, "spec").accept(g);
    return this;
  }

  /** A sub-dimension. */
  public DimensionBuilder dimension(String id, Consumer<DimensionBuilder> spec) {
    DimensionBuilder d = new DimensionBuilder(id,
        ProblemSink.join(path, "dimensions[" + dimensions.size() + "]"), parseProblems);
    dimensions.add(d);
    Objects.requireNonNull(spec, "spec").accept(d);
    return this;
  }

  /** An indicator. */
  public DimensionBuilder indicator(String id, Consumer<IndicatorBuilder> spec) {
    IndicatorBuilder i = new IndicatorBuilder(id,
        ProblemSink.join(path, "indicators[" + indicators.size() + "]"), parseProblems);
    indicators.add(i);
    Objects.requireNonNull(spec, "spec").accept(i);
    return this;
  }

  String id() {
    return id;
  }

  String path() {
    return path;
  }

  Siblings.Entry entry() {
    return new Siblings.Entry(id, node.weight(), node.weightUnreadable(), node.bonus());
  }

  /** Reads this dimension's weight as {@code parent} weighting reads it, and those below as theirs. */
  void readWeights(Weighting parent) {
    node.readWeight(parent);
    Weighting own = weighting.orElse(parent);
    dimensions.forEach(d -> d.readWeights(own));
    indicators.forEach(i -> i.readWeight(own));
  }

  /** Every dimension and indicator builder under this one, with this one first. */
  void collect(List<DimensionBuilder> allDimensions, List<IndicatorBuilder> allIndicators) {
    allDimensions.add(this);
    allIndicators.addAll(indicators);
    dimensions.forEach(d -> d.collect(allDimensions, allIndicators));
  }

  /** Checks this dimension and everything under it; returns its model when all is well. */
  Optional<Dimension> validate(ProblemSink sink, Normalization normalization, BigDecimal scale, int precision,
      boolean aboveScale, Weighting parent) {
    Weighting own = weighting.orElse(parent);
    int before = sink.errors().size();
    String idProblem = Ids.nodeIdProblem("dimension", id);
    if (idProblem != null) {
      sink.error(path, "invalid-id", idProblem);
    }
    if (dimensions.isEmpty() && indicators.isEmpty()) {
      sink.error(path, "empty-dimension", "dimension " + id + " needs indicators or dimensions");
    } else if (!dimensions.isEmpty() && !indicators.isEmpty()) {
      sink.error(path, "mixed-dimension", "dimension " + id
          + " has both indicators and dimensions; nest the indicators in a dimension of their own");
    }
    Optional<List<Grade>> gradeList = GradeBuilder.validate(grades, ProblemSink.join(path, "grades"),
        scale, precision, aboveScale, sink);
    List<Dimension> subs = new ArrayList<>();
    for (DimensionBuilder d : dimensions) {
      d.validate(sink, normalization, scale, precision, aboveScale, own).ifPresent(subs::add);
    }
    Siblings.checkWeights(sink, ProblemSink.join(path, "dimensions"), "dimensions of " + id,
        dimensions.stream().map(DimensionBuilder::entry).toList(), own);
    List<Indicator> leaves = new ArrayList<>();
    for (IndicatorBuilder i : indicators) {
      i.validate(sink, normalization).ifPresent(leaves::add);
    }
    Siblings.checkWeights(sink, ProblemSink.join(path, "indicators"), "indicators of " + id,
        indicators.stream().map(IndicatorBuilder::entry).toList(), own);
    if (sink.errors().size() > before || gradeList.isEmpty()
        || subs.size() != dimensions.size() || leaves.size() != indicators.size()) {
      return Optional.empty();
    }
    return Optional.of(new Dimension(id, node.name(), node.description(), node.weight(), weighting, node.appliesWhen(),
        node.notApplicable(), node.bonus(), gradeList.get(), subs, leaves));
  }
}
