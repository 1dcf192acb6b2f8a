package org.rubric4j;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.rubric4j.internal.Reach;

/**
 * A weighted tree of dimensions and indicators, each indicator with an explicit scoring rule,
 * plus grades, vetoes and policies: everything needed to turn observations into a score.
 *
 * <p>Make one with {@link #builder(String)}; the builder guarantees every invariant (weights
 * summing to 100 %, bands without gap or overlap, grades covering the scale, unique ids,
 * vetoes naming what exists). Evaluate with {@link #evaluate(Observations)}.
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads, and
 * serialised to workers (a Spark or Flink job): it travels as plain data and is rebuilt
 * through the builder on arrival, with every check a new rubric passes.
 * Evaluation uses exact rational arithmetic and rounds once, at the end; the same inputs give
 * the same output, digit for digit, on every run and thread.
 */
public final class Rubric implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final Optional<String> version;
  private final Optional<String> name;
  private final Optional<String> description;
  private final BigDecimal scale;
  private final int precision;
  private final Normalization normalization;
  private final NotApplicablePolicy notApplicablePolicy;
  private final MissingPolicy missingPolicy;
  private final Weighting weighting;
  private final boolean aboveScaleAllowed;
  private final List<Grade> grades;
  private final List<Flag> flags;
  private final List<Veto> vetoes;
  private final List<Dimension> dimensions;
  private final transient List<Problem> warnings;
  private final transient Evaluator evaluator;
  /** Every indicator by id, for {@link #indicator}: writers of results ask once per indicator per row. */
  private final transient java.util.Map<String, Indicator> indicatorsById;
  /** Every dimension by id, for {@link #dimension} and the checks of the by-dimension lookups. */
  private final transient java.util.Map<String, Dimension> dimensionsById;
  /** How each dimension's children share it, by dimension id: its own weighting or the one it inherits. */
  private final transient java.util.Map<String, Weighting> childWeighting;
  /** What n/a means for each indicator, by id: its own policy, or the nearest one above it. */
  private final transient java.util.Map<String, NotApplicablePolicy> notApplicableOf;

  Rubric(String id, Optional<String> version, Optional<String> name, Optional<String> description,
      BigDecimal scale, int precision, Normalization normalization,
      NotApplicablePolicy notApplicablePolicy, MissingPolicy missingPolicy, Weighting weighting,
      boolean aboveScaleAllowed, List<Grade> grades,
      List<Flag> flags, List<Veto> vetoes, List<Dimension> dimensions, List<Problem> builderWarnings) {
    this.id = id;
    this.version = version;
    this.name = name;
    this.description = description;
    this.scale = org.rubric4j.internal.ValueText.canonical(scale);
    this.precision = precision;
    this.normalization = normalization;
    this.notApplicablePolicy = notApplicablePolicy;
    this.missingPolicy = missingPolicy;
    this.weighting = weighting;
    this.aboveScaleAllowed = aboveScaleAllowed;
    this.grades = List.copyOf(grades);
    this.flags = List.copyOf(flags);
    this.vetoes = List.copyOf(vetoes);
    this.dimensions = List.copyOf(dimensions);
    this.indicatorsById = allIndicators().collect(java.util.stream.Collectors.toUnmodifiableMap(
        Indicator::id, i -> i));
    this.dimensionsById = allDimensions().collect(java.util.stream.Collectors.toUnmodifiableMap(Dimension::id, d -> d));
    java.util.Map<String, Weighting> modes = new java.util.HashMap<>();
    this.dimensions.forEach(d -> collectWeighting(d, weighting, modes));
    this.childWeighting = java.util.Map.copyOf(modes);
    java.util.Map<String, NotApplicablePolicy> policies = new java.util.HashMap<>();
    this.dimensions.forEach(d -> collectNotApplicable(d, notApplicablePolicy, policies));
    this.notApplicableOf = java.util.Map.copyOf(policies);
    List<Problem> all = new ArrayList<>(builderWarnings);
    all.addAll(Reach.warnings(this));
    if (aboveScaleAllowed && !hasBonusItems()) {
      all.add(Problem.warning("aboveScale", "above-scale-without-bonus", "aboveScale: allowed has no effect:"
          + " no indicator or dimension is a bonus, so the total never passes the scale"));
    }
    if (allIndicators().count() > 0 && allIndicators().allMatch(Indicator::critical)) {
      all.add(Problem.warning("dimensions", "all-critical", "every indicator is critical, so nonCriticalScore"
          + " is always empty and criticalScore repeats the total before vetoes; mark only the critical ones"));
    }
    this.warnings = List.copyOf(all);
    this.evaluator = new Evaluator(this);
  }

  private Object writeReplace() {
    return new SerializedRubric(this);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw new java.io.InvalidObjectException("a rubric is read through its serialised form only");
  }

  /** Starts describing the rubric {@code id} (lowercase letters, digits and '-'). */
  public static RubricBuilder builder(String id) {
    return new RubricBuilder(id);
  }

  /**
   * Scores one set of observations.
   *
   * <p>Speed: the total and grade of the usual observations (values readable and known, n/a
   * included; no veto fires, or only rubric-wide vetoes on flags) come from a plan compiled
   * with the rubric, in long arithmetic, exactly; {@link Evaluation#dimensions()} is worked
   * out on first read. Values given as {@link Quantity} in the rubric's indicator order are
   * read quickest; text values ({@code "4h"}, {@code "85%"}) are read on every evaluation.
   * Other observations (other vetoes, problems) take the general path on exact fractions;
   * both give the same result.
   *
   * @throws ObservationException listing every reason the observations cannot be scored:
   *     unknown indicators or flags, values on the wrong measure, levels not declared, values
   *     in no band, missing values under {@code missing: error}, {@code n/a} under
   *     {@code notApplicable: forbid}, or nothing applicable at all
   */
  public Evaluation evaluate(Observations observations) {
    return evaluator.evaluate(Objects.requireNonNull(observations, "observations"));
  }

  /** The evaluation by the compiled fast path, or null where it hands over; for tests. */
  Evaluation evaluateOnFastPath(Observations observations) {
    return evaluator.fastOrNull(observations);
  }

  /** The per-node results the fast path works out in longs, or null where it hands over; for tests. */
  Evaluation.Details detailsOnFastPath(Observations observations) {
    return evaluator.fastDetailsOrNull(observations);
  }

  /** The evaluation by the general path alone; for tests that hold the fast path to it. */
  Evaluation evaluateOnGeneralPath(Observations observations) {
    return evaluator.general(observations);
  }

  /**
   * The warnings about this rubric: scores not monotonic in the measure, grades no total can
   * reach, weights given on only some siblings, vetoes whose imposed score lies above what the
   * total (or their dimension) can score, so that firing can raise it. A built rubric has no errors (the builder
   * refuses them); use {@link RubricBuilder#lint()} to see errors and warnings of a draft.
   */
  public List<Problem> lint() {
    return warnings;
  }

  /** The id, such as {@code crm-service-quality}. */
  public String id() {
    return id;
  }

  /** The free version label recorded in every result. */
  public Optional<String> version() {
    return version;
  }

  /** The display name. */
  public Optional<String> name() {
    return name;
  }

  /** What the rubric is for. */
  public Optional<String> description() {
    return description;
  }

  /** The total lies in [0, scale]. */
  public BigDecimal scale() {
    return scale;
  }

  /** The decimals of reported scores. */
  public int precision() {
    return precision;
  }

  /** How scores become fractions. */
  public Normalization normalization() {
    return normalization;
  }

  /** What {@code n/a} means. */
  public NotApplicablePolicy notApplicablePolicy() {
    return notApplicablePolicy;
  }

  /** What an absent value means. */
  public MissingPolicy missingPolicy() {
    return missingPolicy;
  }

  /**
   * Whether bonus items may lift the total above the scale ({@code aboveScale: allowed}); when
   * not, the total is capped at the scale.
   */
  public boolean aboveScaleAllowed() {
    return aboveScaleAllowed;
  }

  /** Whether any indicator or dimension is a bonus item. */
  public boolean hasBonusItems() {
    return allIndicators().anyMatch(Indicator::bonus) || allDimensions().anyMatch(Dimension::bonus);
  }

  /** How the top-level dimensions share the rubric (and every level below that does not say otherwise). */
  public Weighting weighting() {
    return weighting;
  }

  /**
   * How the children of {@code dimension} share it: its own {@link Dimension#weighting()}, or
   * the one it inherits from its parent and, in the end, the rubric.
   *
   * @throws IllegalArgumentException when {@code dimension} is not one of this rubric's
   */
  public Weighting weightingOf(Dimension dimension) {
    java.util.Objects.requireNonNull(dimension, "dimension");
    Weighting w = childWeighting.get(dimension.id());
    Dimension known = dimensionsById.get(dimension.id());
    if (w == null || known != dimension && !known.equals(dimension)) {
      throw new IllegalArgumentException("dimension " + dimension.id() + " is not one of rubric " + id + "'s");
    }
    return w;
  }

  /**
   * What an {@code n/a} value means for {@code indicator}: its own
   * {@link Indicator#notApplicable()}, or that of the nearest dimension above it that says, or
   * the rubric's {@link #notApplicablePolicy()}.
   *
   * @throws IllegalArgumentException when {@code indicator} is not one of this rubric's
   */
  public NotApplicablePolicy notApplicablePolicyOf(Indicator indicator) {
    java.util.Objects.requireNonNull(indicator, "indicator");
    NotApplicablePolicy p = notApplicableOf.get(indicator.id());
    Indicator known = indicatorsById.get(indicator.id());
    if (p == null || known != indicator && !known.equals(indicator)) {
      throw new IllegalArgumentException("indicator " + indicator.id() + " is not one of rubric " + id + "'s");
    }
    return p;
  }

  private static void collectNotApplicable(Dimension d, NotApplicablePolicy inherited,
      java.util.Map<String, NotApplicablePolicy> out) {
    NotApplicablePolicy here = d.notApplicable().orElse(inherited);
    d.dimensions().forEach(sub -> collectNotApplicable(sub, here, out));
    d.indicators().forEach(i -> out.put(i.id(), i.notApplicable().orElse(here)));
  }

  private static void collectWeighting(Dimension d, Weighting inherited, java.util.Map<String, Weighting> out) {
    Weighting own = d.weighting().orElse(inherited);
    out.put(d.id(), own);
    d.dimensions().forEach(sub -> collectWeighting(sub, own, out));
  }

  /** The grades of the total, in declared order; may be empty. */
  public List<Grade> grades() {
    return grades;
  }

  /** The declared flags; may be empty. */
  public List<Flag> declaredFlags() {
    return flags;
  }

  /** Every flag the rubric knows: the declared ones and those its vetoes name (with none declared, also those its conditions read). */
  public Set<String> flagIds() {
    Set<String> ids = new LinkedHashSet<>();
    flags.forEach(f -> ids.add(f.id()));
    vetoes.forEach(v -> {
      if (v.trigger() instanceof Veto.OnFlag f) {
        ids.add(f.flag());
      }
    });
    if (flags.isEmpty()) { // undeclared: the flags the vetoes and conditions read
      allDimensions().forEach(d -> d.appliesWhen().ifPresent(c -> ids.addAll(c.flags())));
      allIndicators().forEach(i -> i.appliesWhen().ifPresent(c -> ids.addAll(c.flags())));
    }
    return ids;
  }

  /** The vetoes, in declared order. */
  public List<Veto> vetoes() {
    return vetoes;
  }

  /** The top-level dimensions, in declared order. */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /** Every dimension, depth first. */
  public Stream<Dimension> allDimensions() {
    return dimensions.stream().flatMap(Rubric::selfAndBelow);
  }

  /** Every indicator, depth first, in declared order. */
  public Stream<Indicator> allIndicators() {
    return dimensions.stream().flatMap(Dimension::allIndicators);
  }

  /** The dimension {@code id}. */
  public Optional<Dimension> dimension(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(dimensionsById.get(id));
  }

  /** The indicator {@code id}. */
  public Optional<Indicator> indicator(String id) {
    return Optional.ofNullable(indicatorsById.get(Objects.requireNonNull(id, "id")));
  }

  /** The grade of the total whose range holds {@code roundedTotal}. */
  public Optional<Grade> gradeOf(BigDecimal roundedTotal) {
    return grades.stream().filter(g -> g.range().contains(roundedTotal)).findFirst();
  }

  private static Stream<Dimension> selfAndBelow(Dimension d) {
    return Stream.concat(Stream.of(d), d.dimensions().stream().flatMap(Rubric::selfAndBelow));
  }

  /**
   * Two rubrics are equal when their definitions are: id, version, name, description, scale,
   * precision, policies, grades, flags, vetoes and dimensions. Warnings follow from these.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Rubric r && id.equals(r.id) && version.equals(r.version)
        && name.equals(r.name) && description.equals(r.description)
        && scale.compareTo(r.scale) == 0 && precision == r.precision
        && normalization == r.normalization && notApplicablePolicy == r.notApplicablePolicy
        && missingPolicy == r.missingPolicy && weighting == r.weighting && aboveScaleAllowed == r.aboveScaleAllowed
        && grades.equals(r.grades) && flags.equals(r.flags)
        && vetoes.equals(r.vetoes) && dimensions.equals(r.dimensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, name, description, scale, precision, normalization,
        notApplicablePolicy, missingPolicy, grades, flags, vetoes, dimensions);
  }

  @Override
  public String toString() {
    return "Rubric[" + id + version.map(v -> " " + v).orElse("") + ", scale " + scale.toPlainString()
        + ", " + dimensions.size() + " dimensions, " + allIndicators().count() + " indicators]";
  }
}
