package org.rubric4j.testkit;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.rubric4j.Grade;
import org.rubric4j.Observations;
import org.rubric4j.Problem;
import org.rubric4j.Rubric;
import org.rubric4j.Weighting;
import org.rubric4j.testkit.internal.RubricText;
import static org.assertj.core.api.Assertions.assertThat;

/** Rubrics generated {@link RubricArbitrary#withWeightings() with every weighting} keep every check. */
class WeightedRubricsTest {

  /** A generated rubric and observations for it, printed whole when jqwik reports them. */
  record Scored(Rubric rubric, Observations observations) {
    @Override
    public String toString() {
      return RubricText.describe(rubric) + "\n" + observations + " tags " + observations.tags();
    }
  }

  @Provide
  Arbitrary<Scored> scored() {
    return RubricArbitraries.rubrics().withWeightings()
        .flatMap(r -> RubricArbitraries.observationsFor(r).map(o -> new Scored(r, o)));
  }

  private static Set<Weighting> weightings(Rubric r) {
    return Stream.concat(Stream.of(r.weighting()), r.allDimensions().map(r::weightingOf)).collect(Collectors.toSet());
  }

  @Property(tries = 300)
  void everyCheckHoldsUnderEveryWeighting(@ForAll("scored") Scored s) {
    Rubric r = s.rubric();
    assertThat(r.lint()).noneMatch(Problem::isError);
    RubricProperties.allHold(r, s.observations());
    Set<Weighting> used = weightings(r);
    Statistics.label("relative").collect(used.contains(Weighting.RELATIVE));
    Statistics.label("points").collect(used.contains(Weighting.POINTS));
    Statistics.label("relative").coverage(c -> c.check(true).percentage(p -> p > 15));
    Statistics.label("points").coverage(c -> c.check(true).percentage(p -> p > 15));
  }

  @Property(tries = 150)
  void lintCallsNoGradeUnreachableThatAnEvaluationReaches(@ForAll("scored") Scored s) {
    Rubric r = s.rubric();
    if (r.vetoes().stream().anyMatch(v -> v.scope().isPresent())) {
      return; // core's lint leaves dimension-scoped vetoes out (see GeneratedRubricsTest)
    }
    Set<String> unreachable = r.lint().stream().filter(p -> p.code().equals("unreachable-grade"))
        .map(p -> r.grades().get(Integer.parseInt(p.path().replaceAll("\\D", ""))).id())
        .collect(Collectors.toSet());
    assertThat(r.evaluate(s.observations()).grade().map(Grade::id).filter(unreachable::contains)).isEmpty();
  }
}
