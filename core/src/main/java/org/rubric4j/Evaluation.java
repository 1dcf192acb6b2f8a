package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.rubric4j.internal.Explainer;

/**
 * The result of scoring one {@link Observations} with a {@link Rubric}: the total, the grade,
 * the vetoes that fired, and a result for every dimension and indicator.
 *
 * <p>{@code total} and {@code rawTotal} are rounded half-up to the rubric's precision, once,
 * from exact arithmetic. {@code rawTotal} is the total before any veto; {@code total} is
 * after vetoes. {@link #unroundedTotal()} is the exact total before rubric-wide vetoes (34
 * significant digits at most): the dimension contributions add up to it. The grade comes
 * from the rounded total, so it always agrees with the number a person sees.
 *
 * <p>The per-node results ({@link #dimensions()}, {@link #unroundedTotal()}) are worked out
 * on first use, so code that only reads the total and grade does not pay for them; they are
 * the same whenever and on whichever thread they are read. Immutable and thread-safe.
 */
public final class Evaluation {

  /**
   * Per-node results still to be worked out, with a cheaper way to the dimensions' scores alone
   * (null when there is none: they are then read off the per-node results).
   */
  interface Deferred extends Supplier<Details> {
    List<Optional<BigDecimal>> dimensionScoresOrNull();
  }

  /** The per-node part of an evaluation, worked out on first use. */
  record Details(BigDecimal unroundedTotal, List<DimensionResult> dimensions, Optional<CriticalScores> critical) {}

  private final String rubricId;
  private final Optional<String> rubricVersion;
  private final String id;
  private final Optional<String> subject;
  private final Optional<String> period;
  private final Map<String, String> tags;
  private final BigDecimal scale;
  private final int precision;
  private final BigDecimal total;
  private final BigDecimal rawTotal;
  private final Optional<Grade> grade;
  private final List<FiredVeto> vetoes;
  private Supplier<Details> pending;
  private volatile Details details;
  private volatile List<Optional<BigDecimal>> dimensionScores;
  /** The rubric and observations this was scored from; null when rebuilt from parts. */
  private final Rubric source;
  private final Observations input;

  /**
   * The evaluator's constructor: collections already immutable, details deferred. {@code source}
   * and {@code input} are what the details are worked out from (both null for a rebuilt result):
   * two evaluations of equal observations by the same rubric are equal without working them out.
   */
  Evaluation(Rubric source, Observations input, BigDecimal total, BigDecimal rawTotal,
      Optional<Grade> grade, List<FiredVeto> vetoes, Supplier<Details> pending) {
    this(source, input, source.id(), source.version(), input.id(), input.subject(), input.period(),
        input.tags(), source.scale(), source.precision(), total, rawTotal, grade, vetoes, pending);
  }

  private Evaluation(Rubric source, Observations input, String rubricId, Optional<String> rubricVersion, String id,
      Optional<String> subject, Optional<String> period, Map<String, String> tags,
      BigDecimal scale, int precision, BigDecimal total, BigDecimal rawTotal,
      Optional<Grade> grade, List<FiredVeto> vetoes, Supplier<Details> pending) {
    this.source = source;
    this.input = input;
    this.rubricId = Objects.requireNonNull(rubricId, "rubricId");
    this.rubricVersion = Objects.requireNonNull(rubricVersion, "rubricVersion");
    this.id = Objects.requireNonNull(id, "id");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.period = Objects.requireNonNull(period, "period");
    this.tags = Objects.requireNonNull(tags, "tags");
    this.scale = Objects.requireNonNull(scale, "scale");
    this.precision = precision;
    this.total = Objects.requireNonNull(total, "total");
    this.rawTotal = Objects.requireNonNull(rawTotal, "rawTotal");
    this.grade = Objects.requireNonNull(grade, "grade");
    this.vetoes = Objects.requireNonNull(vetoes, "vetoes");
    this.pending = pending;
  }

  /** The per-node details, worked out now if not yet. */
  Details details() {
    Details d = details;
    if (d == null) {
      synchronized (this) {
        d = details;
        if (d == null) {
          d = pending.get();
          details = d;
          pending = null;
        }
      }
    }
    return d;
  }

  /** Whether the per-node details have been worked out yet (for tests of their laziness). */
  boolean detailsWorkedOut() {
    return details != null;
  }

  /** The rubric's id. */
  public String rubricId() {
    return rubricId;
  }

  /** The rubric's version label, when it has one. */
  public Optional<String> rubricVersion() {
    return rubricVersion;
  }

  /** The observations' id. */
  public String id() {
    return id;
  }

  /** The observations' subject. */
  public Optional<String> subject() {
    return subject;
  }

  /** The observations' period. */
  public Optional<String> period() {
    return period;
  }

  /** The observations' tags. */
  public Map<String, String> tags() {
    return tags;
  }

  /** The rubric's scale: the total lies in [0, scale]. */
  public BigDecimal scale() {
    return scale;
  }

  /** The rubric's precision: the decimals of {@link #total()}. */
  public int precision() {
    return precision;
  }

  /** The final total, after vetoes, rounded half-up to the precision. */
  public BigDecimal total() {
    return total;
  }

  /** The total before any veto, rounded half-up to the precision. */
  public BigDecimal rawTotal() {
    return rawTotal;
  }

  /** The exact total before rubric-wide vetoes (34 significant digits at most). */
  public BigDecimal unroundedTotal() {
    return details().unroundedTotal();
  }

  /** The grade of the total (or the one a veto imposed), when the rubric has grades. */
  public Optional<Grade> grade() {
    return grade;
  }

  /** The vetoes that fired, in declared order. */
  public List<FiredVeto> vetoes() {
    return vetoes;
  }

  /** A result per top-level dimension, in declared order. */
  public List<DimensionResult> dimensions() {
    return details().dimensions();
  }

  /**
   * Every dimension's own score on the rubric's scale (empty where it does not apply), in the
   * order of {@link Rubric#allDimensions()}: depth first, each dimension before its
   * sub-dimensions. The same scores as {@link #allDimensions()} gives, but without working out
   * every per-node result where the evaluation was scored on the compiled fast path, so that
   * writing a row of scores costs a fraction of writing the whole tree.
   */
  public List<Optional<BigDecimal>> dimensionScores() {
    List<Optional<BigDecimal>> scores = dimensionScores;
    if (scores == null) {
      Supplier<Details> deferred = pending;
      scores = details == null && deferred instanceof Deferred cheap ? cheap.dimensionScoresOrNull() : null;
      if (scores == null) {
        scores = allDimensions().map(DimensionResult::score).toList();
      }
      dimensionScores = scores; // the same list whoever computes it: a race only repeats the work
    }
    return scores;
  }

  /**
   * The critical and non-critical scores, when the rubric marks any indicator {@code critical}
   * (empty otherwise); worked out with the per-node results.
   */
  public Optional<CriticalScores> criticalScores() {
    return details().critical();
  }

  /**
   * The weighted mean over the critical indicators only, on the rubric's scale and precision;
   * empty when the rubric has no critical indicator or none of them applies here.
   */
  public Optional<BigDecimal> criticalScore() {
    return criticalScores().flatMap(CriticalScores::criticalScore);
  }

  /**
   * The weighted mean over the indicators that are not critical, on the rubric's scale and
   * precision; empty when the rubric has no critical indicator or no other indicator applies here.
   */
  public Optional<BigDecimal> nonCriticalScore() {
    return criticalScores().flatMap(CriticalScores::nonCriticalScore);
  }

  /** Whether any veto fired. */
  public boolean isVetoed() {
    return !vetoes.isEmpty();
  }

  /** Every dimension result, depth first. */
  public Stream<DimensionResult> allDimensions() {
    return dimensions().stream().flatMap(DimensionResult::allDimensions);
  }

  /** Every indicator result, depth first. */
  public Stream<IndicatorResult> allIndicators() {
    return dimensions().stream().flatMap(DimensionResult::allIndicators);
  }

  /** The result of the dimension {@code id}. */
  public Optional<DimensionResult> dimension(String id) {
    return allDimensions().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The result of the indicator {@code id}. */
  public Optional<IndicatorResult> indicator(String id) {
    return allIndicators().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * A trace a person can read, one line per dimension and indicator, such as
   * {@code first-response-time 首次响应时间: 4h is in (2h, 6h] → 4 of 5; × 20% × 50% → 0.40};
   * the indicator contributions add up to the total shown on the last line.
   */
  public String explain() {
    return Explainer.explain(this, source);
  }

  /**
   * Equal when every part is equal, including every dimension and indicator result. Two
   * evaluations of equal observations by the same rubric instance are equal without working out
   * their per-node results (scoring is deterministic); otherwise those are compared too.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Evaluation e && rubricId.equals(e.rubricId)
        && rubricVersion.equals(e.rubricVersion) && id.equals(e.id) && subject.equals(e.subject)
        && period.equals(e.period) && tags.equals(e.tags) && scale.equals(e.scale)
        && precision == e.precision && total.equals(e.total) && rawTotal.equals(e.rawTotal)
        && grade.equals(e.grade) && vetoes.equals(e.vetoes))) {
      return false;
    }
    if (source != null && source == e.source && input.equals(e.input)) {
      return true;
    }
    return details().equals(e.details());
  }

  /** From the rounded totals, grade, vetoes and identity; never works out the per-node results. */
  @Override
  public int hashCode() {
    return Objects.hash(rubricId, rubricVersion, id, total, rawTotal, grade, vetoes);
  }

  /**
   * A builder for an evaluation rebuilt from its parts, for tools that read stored results back or
   * test code that consumes evaluations; {@link Rubric#evaluate} is the usual way to get one.
   * Only the rubric id, the observations' id, the scale and the totals are required.
   */
  public static Builder builder(String rubricId, String id) {
    return new Builder(rubricId, id);
  }

  /**
   * Collects the parts of an evaluation rebuilt from stored results. Mutable and not thread-safe;
   * {@link #build()} checks that the required parts were given and copies the collections.
   */
  public static final class Builder {
    private final String rubricId;
    private final String id;
    private String rubricVersion;
    private String subject;
    private String period;
    private Map<String, String> tags = Map.of();
    private BigDecimal scale;
    private int precision = 2;
    private BigDecimal total;
    private BigDecimal rawTotal;
    private BigDecimal unroundedTotal;
    private Grade grade;
    private List<FiredVeto> vetoes = List.of();
    private List<DimensionResult> dimensions = List.of();
    private CriticalScores critical;

    private Builder(String rubricId, String id) {
      this.rubricId = Objects.requireNonNull(rubricId, "rubricId");
      this.id = Objects.requireNonNull(id, "id");
    }

    /** The rubric's version label. */
    public Builder rubricVersion(String version) {
      this.rubricVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /** The observations' subject. */
    public Builder subject(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /** The observations' period, as written. */
    public Builder period(String period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /** The observations' tags. */
    public Builder tags(Map<String, String> tags) {
      this.tags = Map.copyOf(Objects.requireNonNull(tags, "tags"));
      return this;
    }

    /** The rubric's scale and precision (decimals of reported scores, 0 or more). */
    public Builder scale(BigDecimal scale, int precision) {
      this.scale = Objects.requireNonNull(scale, "scale");
      if (precision < 0) {
        throw new IllegalArgumentException("precision must be 0 or more, was " + precision);
      }
      this.precision = precision;
      return this;
    }

    /**
     * The totals: {@code total} after vetoes and {@code rawTotal} before them, both rounded, and the
     * exact {@code unroundedTotal} the dimension contributions add up to.
     */
    public Builder totals(BigDecimal total, BigDecimal rawTotal, BigDecimal unroundedTotal) {
      this.total = Objects.requireNonNull(total, "total");
      this.rawTotal = Objects.requireNonNull(rawTotal, "rawTotal");
      this.unroundedTotal = Objects.requireNonNull(unroundedTotal, "unroundedTotal");
      return this;
    }

    /** The grade. */
    public Builder grade(Grade grade) {
      this.grade = Objects.requireNonNull(grade, "grade");
      return this;
    }

    /** The vetoes that fired, in declared order. */
    public Builder vetoes(List<FiredVeto> vetoes) {
      this.vetoes = List.copyOf(Objects.requireNonNull(vetoes, "vetoes"));
      return this;
    }

    /** A result per top-level dimension, in declared order. */
    public Builder dimensions(List<DimensionResult> dimensions) {
      this.dimensions = List.copyOf(Objects.requireNonNull(dimensions, "dimensions"));
      return this;
    }

    /** The critical and non-critical scores, for an evaluation under a rubric with critical indicators. */
    public Builder criticalScores(CriticalScores scores) {
      this.critical = Objects.requireNonNull(scores, "scores");
      return this;
    }

    /**
     * The evaluation.
     *
     * @throws IllegalStateException when the scale or the totals were not given
     */
    public Evaluation build() {
      if (scale == null) {
        throw new IllegalStateException("the evaluation of " + id + " needs scale(...)");
      }
      if (total == null) {
        throw new IllegalStateException("the evaluation of " + id + " needs totals(...)");
      }
      Details details = new Details(unroundedTotal, dimensions, Optional.ofNullable(critical));
      return new Evaluation(null, null, rubricId, Optional.ofNullable(rubricVersion), id,
          Optional.ofNullable(subject), Optional.ofNullable(period), tags, scale, precision, total,
          rawTotal, Optional.ofNullable(grade), vetoes, () -> details);
    }
  }

  @Override
  public String toString() {
    return "Evaluation[" + rubricId + rubricVersion.map(v -> " " + v).orElse("") + ", " + id
        + ", total " + total.toPlainString() + grade.map(g -> " " + g.id()).orElse("")
        + (vetoes.isEmpty() ? "" : ", vetoed") + "]";
  }
}
