package org.rubric4j.testkit;

import java.math.BigDecimal;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.rubric4j.CriticalScores;
import org.rubric4j.Evaluation;
import org.rubric4j.Indicator;
import org.rubric4j.NotApplicablePolicy;
import org.rubric4j.Problem;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;

/** Rubrics generated {@link RubricArbitrary#withQaToolForms() with critical marks, bonus questions and n/a policies} keep every check. */
class QaToolFormsTest {

  @Provide
  Arbitrary<WeightedRubricsTest.Scored> scored() {
    return RubricArbitraries.rubrics().withWeightings().withQaToolForms()
        .flatMap(r -> RubricArbitraries.observationsFor(r).map(o -> new WeightedRubricsTest.Scored(r, o)));
  }

  @Property(tries = 200)
  void everyCheckHolds(@ForAll("scored") WeightedRubricsTest.Scored s) {
    Rubric r = s.rubric();
    assertThat(r.lint()).noneMatch(Problem::isError);
    RubricProperties.allHold(r, s.observations());
    Evaluation general = r.evaluate(s.observations());
    boolean critical = r.allIndicators().anyMatch(Indicator::critical);
    assertThat(general.criticalScores().isPresent()).isEqualTo(critical);
    general.criticalScores().ifPresent(c -> within(c, r.scale()));
    Statistics.label("critical").collect(critical);
    Statistics.label("own n/a policy").collect(r.allIndicators().anyMatch(i -> i.notApplicable()
        .filter(p -> p != NotApplicablePolicy.REDISTRIBUTE).isPresent()));
    Statistics.label("bonus").collect(r.hasBonusItems());
    Statistics.label("veto keeps or fires on an answer").collect(r.vetoes().stream()
        .anyMatch(v -> v.keepsScore() || v.trigger() instanceof org.rubric4j.Veto.OnAnswer));
    Statistics.label("combined condition").collect(Stream.concat(r.allDimensions().map(d -> d.appliesWhen()),
            r.allIndicators().map(i -> i.appliesWhen()))
        .anyMatch(c -> c.filter(x -> !(x instanceof org.rubric4j.Condition.TagIn)).isPresent()));
    Statistics.label("veto keeps or fires on an answer").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("combined condition").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("checklist").collect(r.allIndicators().anyMatch(i -> i.rule() instanceof org.rubric4j.rule.ChecklistRule));
    Statistics.label("checklist").coverage(c -> c.check(true).percentage(p -> p > 20));
    Statistics.label("critical").coverage(c -> c.check(true).percentage(p -> p > 30));
    Statistics.label("bonus").coverage(c -> c.check(true).percentage(p -> p > 20));
    Statistics.label("own n/a policy").coverage(c -> c.check(true).percentage(p -> p > 30));
  }

  /** Both partial scores lie on the scale, as the total does. */
  private static void within(CriticalScores c, BigDecimal scale) {
    c.criticalScore().ifPresent(v -> assertThat(v).isBetween(BigDecimal.ZERO, scale));
    c.nonCriticalScore().ifPresent(v -> assertThat(v).isBetween(BigDecimal.ZERO, scale));
  }
}
