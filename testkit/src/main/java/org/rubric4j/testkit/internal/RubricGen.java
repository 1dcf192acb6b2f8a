package org.rubric4j.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.rubric4j.MissingPolicy;
import org.rubric4j.Normalization;
import org.rubric4j.NotApplicablePolicy;
import org.rubric4j.Rubric;
import org.rubric4j.RubricBuilder;
import org.rubric4j.rule.ScoringRule;

/**
 * Generates valid rubrics: first a plan (a tree of plain records jqwik can shrink), then the
 * rubric built from it through the public builder, so every generated rubric passed the same
 * checks as a user's.
 *
 * <p>This class generates the rubric's head (scale, precision, policies) and puts the parts
 * together; {@link TreeGen} generates the dimensions, indicators and weights, {@link RuleGen}
 * the scoring rules, {@link ExtrasGen} the grades, flags and vetoes. Ids follow the position:
 * dimensions {@code d1}, {@code d1-2}, indicators {@code d1-2-i1}; grades {@code g0} (lowest)
 * up; vetoes {@code v0}...; flags {@code f0}...; the one condition tag is {@code channel}.
 */
public final class RubricGen {

  /**
   * What to generate.
   *
   * @param maxDepth the most levels of dimensions (1: dimensions hold indicators)
   * @param maxChildren the most children of the rubric or of one dimension
   * @param vetoes whether to generate vetoes
   * @param conditions whether to generate {@code appliesWhen} conditions
   * @param weightings whether to generate relative and points weightings besides declared weights
   * @param qaForms whether to generate critical indicators and per-indicator n/a policies
   */
  public record Config(int maxDepth, int maxChildren, boolean vetoes, boolean conditions, boolean weightings,
      boolean qaForms) {
    /** Checks the sizes. */
    public Config {
      if (maxDepth < 1) {
        throw new IllegalArgumentException("maxDepth must be at least 1, was " + maxDepth);
      }
      if (maxChildren < 1) {
        throw new IllegalArgumentException("maxChildren must be at least 1, was " + maxChildren);
      }
    }
  }

  record Head(int precision, BigDecimal scale, Normalization normalization, NotApplicablePolicy notApplicable,
      MissingPolicy missing) {}

  record Plan(Head head, List<TreeGen.DimPlan> roots, TreeGen.Weights weights, ExtrasGen.Extras extras) {}

  private RubricGen() {}

  /** Valid rubrics as {@code config} describes them. */
  public static Arbitrary<Rubric> rubrics(Config config) {
    TreeGen tree = new TreeGen(config);
    // Without jqwik's edge cases: combined over a whole tree they crowd out variety (most
    // rubrics came out as the first option everywhere: bands only). The interesting edges,
    // band bounds and the steps past them, are generated on purpose by ObservationGen.
    return Combinators.combine(head(), tree.children(config.maxDepth(), true), ExtrasGen.extras(config.vetoes(), config.qaForms()))
        .as((head, roots, extras) -> new Plan(head, roots.dimensions(), roots.weights(), extras))
        .withoutEdgeCases()
        .map(RubricGen::build);
  }

  private static Arbitrary<Head> head() {
    Arbitrary<Integer> precision = Arbitraries.integers().between(0, 4);
    Arbitrary<BigDecimal> scale = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(1, 5, 10, 100).map(BigDecimal::valueOf)),
        Tuple.of(1, Arbitraries.integers().between(1, 1000).map(BigDecimal::valueOf)),
        Tuple.of(1, Arbitraries.integers().between(1, 1000).map(n -> BigDecimal.valueOf(n, 1))));
    return Combinators.combine(precision, scale, Arbitraries.of(Normalization.class),
            Arbitraries.of(NotApplicablePolicy.class), Arbitraries.of(MissingPolicy.class))
        .as((p, s, n, na, m) -> new Head(p, onGrid(s, p), n, na, m));
  }

  /** A scale with no more decimals than the precision, so the rounded total never passes it. */
  private static BigDecimal onGrid(BigDecimal scale, int precision) {
    BigDecimal s = scale.setScale(precision, RoundingMode.CEILING);
    return s.signum() == 0 ? BigDecimal.ONE : s;
  }

  private static Rubric build(Plan plan) {
    Head h = plan.head();
    List<ScoringRule> rules = TreeGen.rules(plan.roots());
    Normalization normalization = h.normalization() == Normalization.RANGE
        && rules.stream().anyMatch(r -> r.minimum().compareTo(r.maximum()) == 0)
        ? Normalization.RATIO : h.normalization();
    RubricBuilder b = Rubric.builder("generated").scale(h.scale()).precision(h.precision())
        .normalize(normalization).notApplicable(h.notApplicable()).missing(h.missing());
    List<ExtrasGen.GradeRange> grades = ExtrasGen.grades(b, plan.extras(), h.scale(), h.precision());
    TreeGen.Written tree = TreeGen.write(b, plan.roots(), plan.weights());
    ExtrasGen.flagsAndVetoes(b, plan.extras(), h.scale(), h.precision(), grades, tree);
    return b.build();
  }
}
