package org.rubric4j;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.rubric4j.internal.Ids;
import org.rubric4j.internal.Text;
import org.rubric4j.internal.ValueText;

/**
 * The one way to make a {@link Rubric}: start with {@link Rubric#builder(String)}, describe
 * dimensions, indicators, grades and vetoes, then {@link #build()}.
 *
 * <pre>{@code
 * Rubric rubric = Rubric.builder("crm-service-quality")
 *     .scale(5)
 *     .dimension("responsiveness", d -> d.weight("20%")
 *         .indicator("first-response-time", i -> i.bands(Measure.DURATION)
 *             .band(5, "<= 2h").band(4, "(2h, 6h]").band(3, "(6h, 12h]")
 *             .band(2, "(12h, 24h]").band(1, "> 24h")))
 *     ...
 *     .build();
 * }</pre>
 *
 * <p>Setters taking text read it at once; nothing is thrown until {@link #build()}, which
 * reports <em>every</em> problem of the definition in one {@link RubricDefinitionException},
 * each with its path ({@code dimensions[1].indicators[0].bands[2]}). {@link #lint()} returns
 * the same problems, and the warnings, without throwing. Defaults: scale 100, precision 2,
 * {@code normalize: ratio}, {@code notApplicable: redistribute}, {@code missing: error}.
 *
 * <p>Mutable and not thread-safe; build once and share the immutable {@link Rubric}.
 */
public final class RubricBuilder {

  /** The largest number of decimals a rubric may report. */
  public static final int MAX_PRECISION = 9;

  private final String id;
  private final List<Problem> parseProblems = new ArrayList<>();
  private Optional<String> version = Optional.empty();
  private Optional<String> name = Optional.empty();
  private Optional<String> description = Optional.empty();
  private BigDecimal scale = BigDecimal.valueOf(100);
  private boolean aboveScale;
  private int precision = 2;
  private Normalization normalization = Normalization.RATIO;
  private NotApplicablePolicy notApplicable = NotApplicablePolicy.REDISTRIBUTE;
  private Weighting weighting = Weighting.DECLARED;
  private MissingPolicy missing = MissingPolicy.ERROR;
  private final List<GradeBuilder> grades = new ArrayList<>();
  private final List<DimensionBuilder> dimensions = new ArrayList<>();
  private final List<VetoBuilder> vetoes = new ArrayList<>();
  private final List<Flag> flags = new ArrayList<>();

  RubricBuilder(String id) {
    this.id = Objects.requireNonNull(id, "id");
  }

  /** A free version label, recorded in every result, such as {@code 2024-Q3}. */
  public RubricBuilder version(String version) {
    this.version = Optional.of(Objects.requireNonNull(version, "version"));
    return this;
  }

  /**
   * Whether bonus items may lift the total above the scale ({@code aboveScale: allowed}); by
   * default they may not, and the total is capped at the scale. When allowed, grades may reach
   * above the scale: they cover every total from 0 up, the highest open-ended ({@code ">= 90"}).
   */
  public RubricBuilder aboveScale(boolean allowed) {
    this.aboveScale = allowed;
    return this;
  }

  /** The display name, such as {@code 客户关系维护服务质量评分}. */
  public RubricBuilder name(String name) {
    this.name = Optional.of(Objects.requireNonNull(name, "name"));
    return this;
  }

  /** What the rubric is for. */
  public RubricBuilder description(String description) {
    this.description = Optional.of(Objects.requireNonNull(description, "description"));
    return this;
  }

  /** The total lies in [0, scale]; default 100. */
  public RubricBuilder scale(BigDecimal scale) {
    this.scale = Objects.requireNonNull(scale, "scale");
    return this;
  }

  /** The total lies in [0, scale]; default 100. */
  public RubricBuilder scale(long scale) {
    return scale(BigDecimal.valueOf(scale));
  }

  /** The decimals of reported scores, 0 to {@value #MAX_PRECISION}; default 2. */
  public RubricBuilder precision(int precision) {
    this.precision = precision;
    return this;
  }

  /** How scores become fractions; default {@link Normalization#RATIO}. */
  public RubricBuilder normalize(Normalization normalization) {
    this.normalization = Objects.requireNonNull(normalization, "normalization");
    return this;
  }

  /**
   * How the dimensions share the rubric, and the children of every dimension below that does not
   * say otherwise; default {@link Weighting#DECLARED}.
   */
  public RubricBuilder weighting(Weighting weighting) {
    this.weighting = Objects.requireNonNull(weighting, "weighting");
    return this;
  }

  /** How the dimensions share the rubric, and every level below: {@code declared}, {@code relative} or {@code points}. */
  public RubricBuilder weighting(String weighting) {
    Objects.requireNonNull(weighting, "weighting");
    try {
      this.weighting = Weighting.ofKey(weighting);
    } catch (InvalidValueException e) {
      parseProblems.add(Problem.error("weighting", "invalid-value", e.getMessage()));
    }
    return this;
  }

  /** What {@code n/a} means; default {@link NotApplicablePolicy#REDISTRIBUTE}. */
  public RubricBuilder notApplicable(NotApplicablePolicy policy) {
    this.notApplicable = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** What an absent value means; default {@link MissingPolicy#ERROR}. */
  public RubricBuilder missing(MissingPolicy policy) {
    this.missing = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** A grade of the total, on the rubric's scale. */
  public RubricBuilder grade(String id, Consumer<GradeBuilder> spec) {
    GradeBuilder g = new GradeBuilder(id, "grades[" + grades.size() + "]", parseProblems);
    grades.add(g);
    Objects.requireNonNull(spec, "spec").accept(g);
    return this;
  }

  /** A top-level dimension. */
  public RubricBuilder dimension(String id, Consumer<DimensionBuilder> spec) {
    DimensionBuilder d = new DimensionBuilder(id, "dimensions[" + dimensions.size() + "]", parseProblems);
    dimensions.add(d);
    Objects.requireNonNull(spec, "spec").accept(d);
    return this;
  }

  /** A veto. */
  public RubricBuilder veto(String id, Consumer<VetoBuilder> spec) {
    VetoBuilder v = new VetoBuilder(id, "vetoes[" + vetoes.size() + "]", parseProblems);
    vetoes.add(v);
    Objects.requireNonNull(spec, "spec").accept(v);
    return this;
  }

  /** Declares a flag; once any flag is declared, vetoes and observations may use only declared flags. */
  public RubricBuilder flag(String id, String name) {
    flags.add(new Flag(Objects.requireNonNull(id, "id"), Optional.of(Objects.requireNonNull(name, "name"))));
    return this;
  }

  /** Declares a flag without a display name. */
  public RubricBuilder flag(String id) {
    flags.add(new Flag(Objects.requireNonNull(id, "id"), Optional.empty()));
    return this;
  }

  /**
   * Every problem of this definition, errors first, then warnings, without throwing: what
   * {@link #build()} would report, plus what {@link Rubric#lint()} would warn about.
   */
  public List<Problem> lint() {
    Outcome outcome = check();
    return outcome.sink.all();
  }

  /**
   * The rubric described so far.
   *
   * @throws RubricDefinitionException listing every error (and the warnings) with its path
   */
  public Rubric build() {
    Outcome outcome = check();
    if (outcome.rubric == null) {
      throw new RubricDefinitionException(id, outcome.sink.all());
    }
    return outcome.rubric;
  }

  private record Outcome(ProblemSink sink, Rubric rubric) {}

  private Outcome check() {
    ProblemSink sink = new ProblemSink();
    // Weights are read as their parents' weighting reads them, which may be set after them.
    dimensions.forEach(d -> d.readWeights(weighting));
    parseProblems.forEach(p -> sink.error(p.path(), p.code(), p.message()));
    String badId = Ids.rubricIdProblem(id);
    if (badId != null) {
      sink.error("rubric", "invalid-id", badId);
    }
    boolean scaleOk = scale.signum() > 0;
    if (!scaleOk) {
      sink.error("scale", "not-positive", "scale must be above 0, was " + ValueText.plain(scale));
    }
    if (precision < 0 || precision > MAX_PRECISION) {
      sink.error("precision", "precision", "precision must be between 0 and " + MAX_PRECISION
          + " decimals, was " + precision);
    }
    if (scaleOk && precision >= 0 && ValueText.canonical(scale).scale() > precision) {
      sink.error("scale", "scale-precision", "scale " + ValueText.plain(scale) + " has more decimals than"
          + " the precision " + precision + ": the best total would be reported rounded above the scale;"
          + " raise precision to " + ValueText.canonical(scale).scale() + " or use a whole scale");
    }
    BigDecimal safeScale = scaleOk ? scale : BigDecimal.ONE;
    int safePrecision = Math.max(0, Math.min(precision, MAX_PRECISION));
    if (dimensions.isEmpty()) {
      sink.error("dimensions", "no-dimensions", "a rubric needs at least one dimension");
    }
    Optional<List<Grade>> gradeList = GradeBuilder.validate(grades, "grades", safeScale, safePrecision, aboveScale, sink);
    List<Dimension> dims = new ArrayList<>();
    for (DimensionBuilder d : dimensions) {
      d.validate(sink, normalization, safeScale, safePrecision, aboveScale, weighting).ifPresent(dims::add);
    }
    Siblings.checkWeights(sink, "dimensions", "top-level dimensions",
        dimensions.stream().map(DimensionBuilder::entry).toList(), weighting);
    Map<String, NodeRef> nodePaths = checkUniqueNodeIds(sink);
    Set<String> flagIds = checkFlags(sink);
    Map<String, String> pathsById = new HashMap<>();
    nodePaths.forEach((nodeId, ref) -> pathsById.put(nodeId, ref.path()));
    ConditionChecks.check(sink, dims, pathsById, flagIds);
    List<Veto> vetoList = new ArrayList<>();
    Set<String> vetoIds = new HashSet<>();
    for (VetoBuilder v : vetoes) {
      if (!vetoIds.add(v.id())) {
        sink.error(v.path(), "duplicate-id", "veto id " + v.id() + " is used twice");
      }
      v.validate(sink, safeScale).ifPresent(veto -> {
        checkVetoReferences(sink, v.path(), veto, nodePaths, flagIds, dims);
        vetoList.add(veto);
      });
    }
    if (sink.hasErrors()) {
      return new Outcome(sink, null);
    }
    Rubric rubric = new Rubric(id, version, name, description, scale, precision, normalization,
        notApplicable, missing, weighting, aboveScale, gradeList.orElseThrow(), flags, vetoList, dims, sink.warnings());
    ProblemSink all = new ProblemSink();
    rubric.lint().forEach(p -> all.warning(p.path(), p.code(), p.message()));
    return new Outcome(all, rubric);
  }

  /** A bonus item only adds: no veto may fire on it. */
  private static void checkNotBonus(ProblemSink sink, String path, Veto veto, String indicator, List<Dimension> dims) {
    if (dims.stream().flatMap(Dimension::allIndicators).anyMatch(i -> i.id().equals(indicator) && i.bonus())) {
      sink.error(ProblemSink.join(path, "indicator"), "veto-on-bonus", "veto " + veto.id() + " fires on " + indicator
          + ", a bonus item; a bonus only adds to the score, so no veto may fire on it");
    }
  }

  /** Each answer a veto fires on must be one the indicator can give: a level, a band's score, or points in range. */
  private static void checkAnswers(ProblemSink sink, String path, Veto veto, Veto.OnAnswer a, List<Dimension> dims) {
    Optional<org.rubric4j.rule.ScoringRule> rule = dims.stream().flatMap(Dimension::allIndicators)
        .filter(i -> i.id().equals(a.indicator())).map(Indicator::rule).findFirst();
    if (rule.isEmpty()) {
      return; // the indicator's own problems are reported where it is
    }
    List<BigDecimal> possible = answers(rule.get());
    for (int k = 0; k < a.in().size(); k++) {
      BigDecimal answer = a.in().get(k);
      boolean ok = possible.isEmpty()
          ? answer.compareTo(rule.get().minimum()) >= 0 && answer.compareTo(rule.get().maximum()) <= 0
          : possible.stream().anyMatch(x -> x.compareTo(answer) == 0);
      if (!ok) {
        sink.error(ProblemSink.join(path, "in[" + k + "]"), "unknown-answer", "veto " + veto.id() + " fires on answer "
            + ValueText.plain(answer) + " of " + a.indicator() + ", which it never gives; "
            + (possible.isEmpty() ? "its points lie in [" + ValueText.plain(rule.get().minimum()) + ", "
                + ValueText.plain(rule.get().maximum()) + "]"
                : "its answers: " + String.join(", ", possible.stream().map(ValueText::plain).toList())));
      }
    }
  }

  /** The answers a rule can give: its levels, its bands' scores; empty for rules that give any points in range. */
  private static List<BigDecimal> answers(org.rubric4j.rule.ScoringRule rule) {
    if (rule instanceof org.rubric4j.rule.LevelRule l) {
      return l.levels().stream().map(x -> BigDecimal.valueOf(x.value())).toList();
    }
    if (rule instanceof org.rubric4j.rule.BandRule b) {
      return b.bands().stream().map(org.rubric4j.rule.Band::score).distinct().toList();
    }
    return List.of();
  }

  /** Where a dimension or indicator id is declared. */
  private record NodeRef(String path, boolean indicator) {}

  private Map<String, NodeRef> checkUniqueNodeIds(ProblemSink sink) {
    List<DimensionBuilder> allDimensions = new ArrayList<>();
    List<IndicatorBuilder> allIndicators = new ArrayList<>();
    dimensions.forEach(d -> d.collect(allDimensions, allIndicators));
    Map<String, NodeRef> refs = new HashMap<>();
    allDimensions.forEach(d -> declare(sink, refs, d.id(), new NodeRef(d.path(), false)));
    allIndicators.forEach(i -> declare(sink, refs, i.id(), new NodeRef(i.path(), true)));
    return refs;
  }

  private static void declare(ProblemSink sink, Map<String, NodeRef> refs, String nodeId, NodeRef ref) {
    NodeRef previous = refs.putIfAbsent(nodeId, ref);
    if (previous != null) {
      sink.error(ref.path(), "duplicate-id", "id " + nodeId + " is already used at " + previous.path()
          + "; dimension and indicator ids are unique across the rubric");
    }
  }

  private Set<String> checkFlags(ProblemSink sink) {
    Set<String> ids = new HashSet<>();
    for (int k = 0; k < flags.size(); k++) {
      String flagId = flags.get(k).id();
      String problem = Ids.nodeIdProblem("flag", flagId);
      if (problem != null) {
        sink.error("flags[" + k + "]", "invalid-id", problem);
      }
      if (!ids.add(flagId)) {
        sink.error("flags[" + k + "]", "duplicate-id", "flag id " + flagId + " is declared twice");
      }
    }
    return ids;
  }

  private void checkVetoReferences(ProblemSink sink, String path, Veto veto,
      Map<String, NodeRef> nodePaths, Set<String> declaredFlags, List<Dimension> dims) {
    if (veto.trigger() instanceof Veto.OnFlag f) {
      String problem = Ids.nodeIdProblem("flag", f.flag());
      if (problem != null) {
        sink.error(ProblemSink.join(path, "flag"), "invalid-id", problem);
      } else if (!flags.isEmpty() && !declaredFlags.contains(f.flag())) {
        sink.error(ProblemSink.join(path, "flag"), "unknown-flag", "veto " + veto.id()
            + " names flag " + f.flag() + ", which is not declared; declared flags: "
            + String.join(", ", flags.stream().map(Flag::id).toList()));
      }
    } else if (veto.trigger() instanceof Veto.OnScoreBelow s) {
      NodeRef at = nodePaths.get(s.indicator());
      if (at == null || !at.indicator()) {
        sink.error(ProblemSink.join(path, "indicator"), "unknown-indicator", "veto " + veto.id()
            + " names indicator " + s.indicator() + ", which the rubric does not have");
      } else {
        checkNotBonus(sink, path, veto, s.indicator(), dims);
      }
    } else if (veto.trigger() instanceof Veto.OnAnswer a) {
      NodeRef at = nodePaths.get(a.indicator());
      if (at == null || !at.indicator()) {
        sink.error(ProblemSink.join(path, "indicator"), "unknown-indicator", "veto " + veto.id()
            + " names indicator " + a.indicator() + ", which the rubric does not have");
      } else {
        checkNotBonus(sink, path, veto, a.indicator(), dims);
        checkAnswers(sink, path, veto, a, dims);
      }
    }
    veto.grade().ifPresent(g -> {
      Optional<GradeBuilder> named = grades.stream().filter(b -> b.id().equals(g)).findFirst();
      if (named.isEmpty()) {
        sink.error(ProblemSink.join(path, "grade"), "unknown-grade", "veto " + veto.id()
            + " names grade " + g + ", which the rubric does not have"
            + (grades.isEmpty() ? " (it has no grades)" : "; grades: "
                + String.join(", ", grades.stream().map(GradeBuilder::id).toList())));
      } else if (veto.scope().isEmpty() && !veto.keepsScore() && named.get().declaredRange().isPresent()
          && !named.get().declaredRange().get().contains(veto.score())) {
        // The grade must always agree with the number a person sees.
        sink.error(ProblemSink.join(path, "grade"), "veto-grade-mismatch", "veto " + veto.id() + " imposes the total "
            + ValueText.plain(veto.score()) + " and grade " + g + " " + named.get().declaredRange().get()
            + ", which does not hold it; impose a grade whose range holds the score, or another score");
      }
    });
    veto.scope().ifPresent(d -> {
      NodeRef at = nodePaths.get(d);
      if (at == null || at.indicator()) {
        sink.error(ProblemSink.join(path, "scope"), "unknown-dimension", "veto " + veto.id()
            + " is scoped to " + d + ", which is not a dimension of the rubric");
      }
    });
  }
}
