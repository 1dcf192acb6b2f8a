package org.rubric4j.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.rubric4j.Dimension;
import org.rubric4j.Evaluation;
import org.rubric4j.Grade;
import org.rubric4j.Indicator;
import org.rubric4j.Observations;
import org.rubric4j.Problem;
import org.rubric4j.Rubric;
import org.rubric4j.Weight;
import org.rubric4j.rule.Band;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.DeductionRule;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.rule.OccurrenceRule;
import org.rubric4j.testkit.internal.RubricText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generated rubrics are valid, varied, and every check of the testkit holds for them. */
class GeneratedRubricsTest {

  /** A generated rubric that prints its whole definition when jqwik reports it. */
  record Described(Rubric rubric) {
    @Override
    public String toString() {
      return RubricText.describe(rubric);
    }
  }

  /** A generated rubric and observations for it. */
  record Scored(Rubric rubric, Observations observations) {
    Rubric get1() {
      return rubric;
    }

    Observations get2() {
      return observations;
    }

    @Override
    public String toString() {
      return RubricText.describe(rubric) + "\n" + observations + " tags " + observations.tags()
          + " flags " + observations.flags();
    }
  }

  @Provide
  Arbitrary<Described> rubrics() {
    return RubricArbitraries.rubrics().map(Described::new);
  }

  @Provide
  Arbitrary<Scored> scored() {
    return RubricArbitraries.rubrics().flatMap(r -> RubricArbitraries.observationsFor(r).map(o -> new Scored(r, o)));
  }

  @Property(tries = 300)
  void everyCheckPerObservationHoldsForGeneratedRubrics(@ForAll("scored") Scored s) {
    // This property found a wrong total under normalize: range with a decimal band minimum
    // (-30.46 where the parts add up to 6.09); fixed, and pinned by ReportedFindingsTest in core.
    RubricProperties.allHold(s.get1(), s.get2());
  }

  @Property(tries = 300)
  void generatedRubricsKeepTheirPromises(@ForAll("rubrics") Described described) {
    Rubric r = described.rubric();
    assertThat(r.lint()).noneMatch(Problem::isError);
    assertThat(r.scale().stripTrailingZeros().scale()).isLessThanOrEqualTo(r.precision());
    assertWeightsAreAllOrNothing(r.dimensions().stream().map(Dimension::weight).toList());
    r.allDimensions().forEach(d -> {
      assertWeightsAreAllOrNothing(d.dimensions().stream().map(Dimension::weight).toList());
      assertWeightsAreAllOrNothing(d.indicators().stream().map(Indicator::weight).toList());
    });
    RubricProperties.everyValueFallsInABand(r);
    Statistics.label("rule kinds").collect(r.allIndicators().map(i -> i.rule().kind()).distinct().sorted()
        .collect(Collectors.joining(",")));
    Statistics.label("depth").collect(depth(r.dimensions()));
    Statistics.label("vetoes").collect(!r.vetoes().isEmpty());
    Statistics.label("conditions").collect(r.allDimensions().anyMatch(d -> d.appliesWhen().isPresent())
        || r.allIndicators().anyMatch(i -> i.appliesWhen().isPresent()));
    Statistics.label("grades").collect(!r.grades().isEmpty());
    Statistics.label("rule kinds").coverage(c -> {
      for (String kind : List.of("bands", "levels", "deduction", "occurrences")) {
        c.checkQuery(values -> ((String) values.get(0)).contains(kind)).percentage(p -> p > 8);
      }
    });
    Statistics.label("depth").coverage(c -> {
      c.check(1).percentage(p -> p > 2);
      c.check(3).percentage(p -> p > 2);
    });
    Statistics.label("vetoes").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("conditions").coverage(c -> c.check(true).percentage(p -> p > 4));
  }

  @Property(tries = 200)
  void eachRuleIsMonotonicInTheDirectionItsShapeDeclares(@ForAll("rubrics") Described described) {
    Rubric r = described.rubric();
    r.allIndicators().forEach(i -> direction(i).ifPresent(d -> RubricProperties.scoreIsMonotonic(r, i.id(), d)));
  }

  @Property(tries = 150)
  void noEvaluationReachesAGradeCoreLintCallsUnreachable(@ForAll("scored") Scored s) {
    Rubric r = s.get1();
    Set<String> unreachable = r.lint().stream().filter(p -> p.code().equals("unreachable-grade"))
        .map(p -> r.grades().get(Integer.parseInt(p.path().replaceAll("\\D", ""))).id())
        .collect(Collectors.toSet());
    Evaluation e = r.evaluate(s.get2());
    // Core's lint ignores dimension-scoped vetoes, which can lower the total into a grade it
    // calls unreachable (reported; see ReportedFindingsTest in core). Leave those cases out.
    boolean scopedVetoes = r.vetoes().stream().anyMatch(v -> v.scope().isPresent());
    if (scopedVetoes) {
      return;
    }
    assertThat(e.grade().map(Grade::id)).isNotIn(unreachable.stream().map(Optional::of).toList());
    if (!unreachable.isEmpty()) {
      assertThatThrownBy(() -> RubricProperties.everyGradeIsReachable(r))
          .isInstanceOf(RubricPropertyError.class).hasMessageContaining("is never reached");
    }
  }

  private static void assertWeightsAreAllOrNothing(List<Optional<Weight>> weights) {
    if (weights.stream().allMatch(Optional::isEmpty)) {
      return;
    }
    assertThat(weights).allMatch(Optional::isPresent);
    assertThat(weights.stream().map(w -> w.orElseThrow().fraction()).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("1");
  }

  private static int depth(List<Dimension> dims) {
    return 1 + dims.stream().mapToInt(d -> d.dimensions().isEmpty() ? 0 : depth(d.dimensions())).max().orElse(0);
  }

  /** The direction a rule's shape implies, when it implies one. */
  private static Optional<Direction> direction(Indicator i) {
    if (i.rule() instanceof LevelRule) {
      return Optional.of(Direction.HIGHER_IS_BETTER);
    }
    if (i.rule() instanceof OccurrenceRule) {
      return Optional.of(Direction.LOWER_IS_BETTER);
    }
    if (i.rule() instanceof DeductionRule d) {
      if (d.target().lower().isUnbounded()) {
        return Optional.of(Direction.LOWER_IS_BETTER);
      }
      return d.target().upper().isUnbounded() ? Optional.of(Direction.HIGHER_IS_BETTER) : Optional.empty();
    }
    List<BigDecimal> scores = ((BandRule) i.rule()).bands().stream()
        .sorted((a, b) -> a.range().lower().isUnbounded() ? -1 : b.range().lower().isUnbounded() ? 1
            : a.range().lower().amountOrNull().compareTo(b.range().lower().amountOrNull()))
        .map(Band::score).toList();
    boolean up = true;
    boolean down = true;
    for (int k = 1; k < scores.size(); k++) {
      up &= scores.get(k).compareTo(scores.get(k - 1)) >= 0;
      down &= scores.get(k).compareTo(scores.get(k - 1)) <= 0;
    }
    return up ? Optional.of(Direction.HIGHER_IS_BETTER) : down ? Optional.of(Direction.LOWER_IS_BETTER) : Optional.empty();
  }
}
