package org.rubric4j;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.internal.Coverage;
import org.rubric4j.internal.Ids;

/**
 * Describes one {@link Grade}: {@code g -> g.name("优秀").range("[4.5, 5]").attribute("bonusFactor", "1.2")}.
 *
 * <p>The grades of one list must cover [0, scale] without gap or overlap at the rubric's
 * precision; that is checked by {@link RubricBuilder#build()}.
 */
public final class GradeBuilder {

  private final String id;
  private final String path;
  private final List<Problem> parseProblems;
  private Optional<String> name = Optional.empty();
  private Optional<Interval> range = Optional.empty();
  private boolean rangeGiven;
  private final Map<String, Object> attributes = new LinkedHashMap<>();

  GradeBuilder(String id, String path, List<Problem> parseProblems) {
    this.id = Objects.requireNonNull(id, "id");
    this.path = path;
    this.parseProblems = parseProblems;
  }

  /** The display name, such as {@code 优秀}. */
  public GradeBuilder name(String name) {
    this.name = Optional.of(Objects.requireNonNull(name, "name"));
    return this;
  }

  /** The scores that earn this grade, on the rubric's scale, such as {@code "[4.5, 5]"}. */
  public GradeBuilder range(String range) {
    Objects.requireNonNull(range, "range");
    rangeGiven = true;
    try {
      this.range = Optional.of(Interval.parse(Measure.NUMBER, range));
    } catch (InvalidValueException e) {
      parseProblems.add(Problem.error(ProblemSink.join(path, "range"), "invalid-value", e.getMessage()));
      this.range = Optional.empty();
    }
    return this;
  }

  /** The scores that earn this grade, on the rubric's scale. */
  public GradeBuilder range(Interval range) {
    Objects.requireNonNull(range, "range");
    rangeGiven = true;
    this.range = Optional.of(range.withMeasure(Measure.NUMBER));
    return this;
  }

  /** A free text attribute. */
  public GradeBuilder attribute(String key, String value) {
    attributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /** A free decimal attribute, such as {@code bonusFactor} 1.2. */
  public GradeBuilder attribute(String key, BigDecimal value) {
    attributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /** A free boolean attribute. */
  public GradeBuilder attribute(String key, boolean value) {
    attributes.put(Objects.requireNonNull(key, "key"), value);
    return this;
  }

  /** The range as given, when it could be read. */
  Optional<Interval> declaredRange() {
    return range;
  }

  String id() {
    return id;
  }

  /**
   * Checks the grades of one list; returns them when they have no error. They cover [0, scale],
   * or, when {@code aboveScale} (bonus items may lift a score past the scale), every score from 0
   * up, the highest grade open-ended.
   */
  static Optional<List<Grade>> validate(List<GradeBuilder> builders, String listPath,
      BigDecimal scale, int precision, boolean aboveScale, ProblemSink sink) {
    int before = sink.errors().size();
    Set<String> ids = new HashSet<>();
    List<Grade> grades = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (GradeBuilder g : builders) {
      String idProblem = Ids.nodeIdProblem("grade", g.id);
      if (idProblem != null) {
        sink.error(g.path, "invalid-id", idProblem);
      }
      if (!ids.add(g.id)) {
        sink.error(g.path, "duplicate-id", "grade id " + g.id + " is used twice in " + listPath);
      }
      if (!g.rangeGiven) {
        sink.error(g.path, "missing-range", "grade " + g.id + " needs a range, such as \"[90, 100]\"");
      }
      g.range.ifPresent(r -> {
        BigDecimal lo = r.lower().amountOrNull();
        BigDecimal hi = r.upper().amountOrNull();
        if (!aboveScale && ((lo != null && (lo.signum() < 0 || lo.compareTo(scale) > 0))
            || (hi != null && (hi.signum() < 0 || hi.compareTo(scale) > 0)))) {
          sink.error(ProblemSink.join(g.path, "range"), "grade-outside-scale", "grade " + g.id
              + " range " + r + " reaches outside the scale [0, " + scale.toPlainString() + "]");
        }
        grades.add(new Grade(g.id, g.name, r, g.attributes));
        paths.add(g.path);
      });
    }
    if (sink.errors().size() > before || grades.size() != builders.size()) {
      return Optional.empty();
    }
    Coverage.Domain domain = Coverage.Domain.scale(scale, precision);
    if (aboveScale) {
      domain = new Coverage.Domain(domain.measure(), domain.low(), null, domain.grid());
    }
    List<Coverage.Issue> issues = Coverage.check(domain,
        grades.stream().map(Grade::range).toList(), "grade");
    for (Coverage.Issue issue : issues) {
      sink.error(paths.get(issue.index()), "grade-" + issue.code(), issue.message());
    }
    return issues.isEmpty() ? Optional.of(grades) : Optional.empty();
  }
}
