package org.rubric4j;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code weighting: declared | relative | points} through the fluent builder. */
class WeightingTest {

  private static Observations answers(String... pairs) {
    Observations.Builder b = Observations.builder("ev");
    for (int k = 0; k < pairs.length; k += 2) {
      if (pairs[k + 1].equals("n/a")) {
        b.notApplicable(pairs[k]);
      } else {
        b.value(pairs[k], pairs[k + 1]);
      }
    }
    return b.build();
  }

  @Test
  void relativeWeightsShareByTheirSumAndMayBeSetBeforeTheWeighting() {
    // Zendesk's integer weights 2, 1, 1; the weighting is set last, after the weights were read.
    Rubric r = Rubric.builder("zendesk").dimension("review", d -> d
        .indicator("solution", i -> i.weight("2").levels().range(0, 4))
        .indicator("tone", i -> i.weight("1").levels().range(0, 4))
        .indicator("grammar", i -> i.weight("1").levels().range(0, 4))
        .weighting(Weighting.RELATIVE)).build();
    // (2 × 4/4 + 1 × 2/4 + 1 × 0/4) / 4 = 62.5 %.
    assertThat(r.evaluate(answers("solution", "4", "tone", "2", "grammar", "0")).total()).isEqualByComparingTo("62.50");
    assertThat(r.dimensions().get(0).weighting()).contains(Weighting.RELATIVE);
    assertThat(r.weightingOf(r.dimensions().get(0))).isEqualTo(Weighting.RELATIVE);
    assertThat(r.weighting()).isEqualTo(Weighting.DECLARED);
    assertThat(r.dimensions().get(0).indicators().get(0).weight()).contains(Weight.relative(new BigDecimal("2")));
  }

  @Test
  void aZeroWeightCountsForNothingButIsStillScored() {
    Rubric r = Rubric.builder("zero").weighting(Weighting.RELATIVE)
        .dimension("a", d -> d.weight("0").indicator("a1", i -> i.levels().range(0, 5)))
        .dimension("b", d -> d.weight("3").indicator("b1", i -> i.levels().range(0, 5))).build();
    Evaluation e = r.evaluate(answers("a1", "0", "b1", "5"));
    assertThat(e.total()).isEqualByComparingTo("100");
    assertThat(e.dimensions().get(0).score()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0"));
  }

  @Test
  void onlyWeightZeroScoredIsNothingToScoreSaidAsSuch() {
    Rubric r = Rubric.builder("zero").weighting(Weighting.RELATIVE)
        .dimension("a", d -> d.weight("0").indicator("a1", i -> i.levels().range(0, 5)))
        .dimension("b", d -> d.weight("3").indicator("b1", i -> i.levels().range(0, 5))).build();
    ObservationException e = catchThrowableOfType(ObservationException.class,
        () -> r.evaluate(answers("a1", "4", "b1", "n/a")));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("nothing-weighted");
      assertThat(p.message()).isEqualTo("every applicable indicator or dimension has weight 0 (weighting: relative),"
          + " so nothing counts and there is nothing to score");
    });
  }

  @Test
  void explainSaysWhereRelativeAndPointsSharesComeFrom() {
    Rubric relative = Rubric.builder("zendesk").dimension("review", d -> d.weighting(Weighting.RELATIVE)
        .indicator("solution", i -> i.weight("60").levels().range(0, 4))
        .indicator("tone", i -> i.weight("40").levels().range(0, 4))
        .indicator("grammar", i -> i.weight("11").levels().range(0, 4))).build();
    assertThat(relative.evaluate(answers("solution", "4", "tone", "2", "grammar", "n/a")).explain())
        .contains("solution: level 4 → 4 of 4; × 100% × 60% (weight 60 of 100) → 60.00")
        .contains("grammar: n/a (n/a) → 0");
    Rubric points = Rubric.builder("maestro").weighting(Weighting.POINTS)
        .dimension("a", d -> d.indicator("a1", i -> i.levels().range(0, 2)).indicator("a2", i -> i.levels().range(0, 3)))
        .dimension("b", d -> d.indicator("b1", i -> i.levels().range(0, 5))).build();
    assertThat(points.evaluate(answers("a1", "2", "a2", "n/a", "b1", "0")).explain())
        .contains("a: 100.00 of 100 × ≈28.57% (2 of 7 points) → ≈28.571429")
        .contains("a1: level 2 → 2 of 2; × ≈28.57% × 100% (2 of 2 points) → ≈28.571429")
        .contains("b: 0.00 of 100 × ≈71.43% (5 of 7 points) → 0");
  }

  @Test
  void pointsShareByMaximumPointsAtEveryDepth() {
    Rubric r = Rubric.builder("maestro").weighting("points")
        .dimension("a", d -> d
            .indicator("a1", i -> i.levels().range(0, 2))
            .indicator("a2", i -> i.levels().range(0, 3)))
        .dimension("b", d -> d.indicator("b1", i -> i.levels().range(0, 5))).build();
    assertThat(r.evaluate(answers("a1", "2", "a2", "3", "b1", "0")).total()).isEqualByComparingTo("50");
    // a2 n/a takes its 3 points out of the possible: 2 / 7, where a's full share would give 50.
    Evaluation e = r.evaluate(answers("a1", "2", "a2", "n/a", "b1", "0"));
    assertThat(e.total()).isEqualByComparingTo("28.57");
    // The sections' shares are their possible points in this evaluation: 2 of 7 and 5 of 7.
    assertThat(e.dimensions().get(0).weight().toPlainString()).startsWith("0.285714285714");
    assertThat(e.dimensions().get(1).weight().toPlainString()).startsWith("0.714285714285");
    assertThat(r.evaluateOnFastPath(answers("a1", "2", "a2", "n/a", "b1", "0"))).isNull();
  }

  @Test
  void eachMisuseIsADefinitionErrorAtItsPath() {
    RubricDefinitionException e = catchThrowableOfType(RubricDefinitionException.class, () -> Rubric.builder("bad")
        .weighting("pionts")
        .dimension("p", d -> d.weighting(Weighting.POINTS)
            .indicator("p1", i -> i.weight("20%").levels().range(0, 5))
            .indicator("p2", i -> i.levels().range(0, 5)))
        .dimension("r", d -> d.weighting("relative")
            .indicator("r1", i -> i.weight("-1").levels().range(0, 5))
            .indicator("r2", i -> i.weight("2").levels().range(0, 5)))
        .dimension("z", d -> d.weighting("relative")
            .indicator("z1", i -> i.weight("0").levels().range(0, 5))
            .indicator("z2", i -> i.weight("0").levels().range(0, 5)))
        .dimension("s", d -> d.weighting("relative")
            .indicator("s1", i -> i.weight("1").levels().range(0, 5))
            .indicator("s2", i -> i.levels().range(0, 5)))
        .dimension("m", d -> d
            .indicator("m1", i -> i.weight(Weight.relative(BigDecimal.ONE)).levels().range(0, 5))
            .indicator("m2", i -> i.weight("50%").levels().range(0, 5)))
        .build());
    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("weighting", "invalid-value"),
        org.assertj.core.groups.Tuple.tuple("dimensions[1].indicators[0].weight", "invalid-value"),
        org.assertj.core.groups.Tuple.tuple("dimensions[0].indicators[0].weight", "weight-under-points"),
        org.assertj.core.groups.Tuple.tuple("dimensions[2].indicators", "weight-sum"),
        org.assertj.core.groups.Tuple.tuple("dimensions[3].indicators", "partial-weights"),
        org.assertj.core.groups.Tuple.tuple("dimensions[4].indicators", "relative-weight"));
    assertThat(e.problems().get(0).message())
        .isEqualTo("weighting must be declared, relative or points, was pionts; did you mean `points`?");
    assertThat(e.problems().get(1).message()).isEqualTo("a relative weight must be at least 0, was -1");
    assertThat(e.problems().get(5).message()).isEqualTo("the indicators of m have declared weights (weighting: declared),"
        + " but m1 has a relative weight; give percentages, or set weighting: relative");
  }

  @Test
  void readingAgainTakesBackTheProblemsOfAnEarlierReading() {
    RubricBuilder b = Rubric.builder("twice").weighting(Weighting.RELATIVE)
        .dimension("a", d -> d.weight("40").indicator("a1", i -> i.levels().range(0, 5)))
        .dimension("b", d -> d.weight("60").indicator("b1", i -> i.levels().range(0, 5)));
    assertThat(b.lint()).isEqualTo(b.lint()).noneMatch(p -> p.severity() == Severity.ERROR);
    assertThat(b.build().evaluate(answers("a1", "5", "b1", "0")).total()).isEqualByComparingTo("40");
  }

  @Test
  void weightsOfTwoKindsAreNotCompared() {
    assertThat(Weight.relative(new BigDecimal("40"))).hasToString("40");
    assertThat(Weight.parseRelative(" 2.50 ")).isEqualTo(Weight.relative(new BigDecimal("2.5")));
    assertThatThrownBy(() -> Weight.parseRelative("1e3")).hasMessageContaining("write a plain number");
    assertThatThrownBy(() -> Weight.relative(new BigDecimal("-0.5"))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Weight.ofPercent(20).compareTo(Weight.relative(BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a declared weight (20%) and a relative weight (1) are not comparable");
  }

  @Test
  void aSerialisedRubricKeepsItsWeighting() throws Exception {
    Rubric r = Rubric.builder("kept").weighting(Weighting.RELATIVE)
        .dimension("a", d -> d.weight("3").weighting(Weighting.POINTS).indicator("a1", i -> i.levels().range(0, 5)))
        .dimension("b", d -> d.weight("1").indicator("b1", i -> i.levels().range(0, 5))).build();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(r);
    }
    Rubric back;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = (Rubric) in.readObject();
    }
    assertThat(back.weighting()).isEqualTo(Weighting.RELATIVE);
    assertThat(back.dimensions().get(0).weighting()).contains(Weighting.POINTS);
    assertThat(back.dimensions()).isEqualTo(r.dimensions());
    Observations o = answers("a1", "5", "b1", "1");
    assertThat(back.evaluate(o).total()).isEqualTo(r.evaluate(o).total()).isEqualByComparingTo("80");
  }

  /** The fast path agrees with the general path under every weighting, n/a anywhere included. */
  @Property(tries = 400)
  void theFastPathAgreesWithTheGeneralPathUnderEveryWeighting(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Weighting[] all = Weighting.values();
    Weighting top = random.nextBoolean() ? Weighting.RELATIVE : Weighting.POINTS;
    RubricBuilder b = Rubric.builder("generated").scale(new long[] {5, 10, 100}[random.nextInt(3)])
        .precision(random.nextInt(4)).weighting(top)
        .normalize(random.nextBoolean() ? Normalization.RATIO : Normalization.RANGE);
    int dims = 1 + random.nextInt(3);
    java.util.List<String> ids = new java.util.ArrayList<>();
    for (int d = 0; d < dims; d++) {
      String dim = "d" + d;
      int weight = 1 + random.nextInt(50);
      Weighting inner = all[1 + random.nextInt(2)];
      boolean nested = random.nextInt(3) == 0;
      b.dimension(dim, spec -> {
        if (top == Weighting.RELATIVE) {
          spec.weight(Integer.toString(weight));
        }
        spec.weighting(inner);
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
          String child = dim + "-" + k;
          int w = random.nextInt(20);
          if (nested) {
            spec.dimension(child, sub -> {
              if (inner == Weighting.RELATIVE) {
                sub.weight(Integer.toString(w + 1));
              }
              for (int j = 0; j < 2; j++) {
                String id = child + "-i" + j;
                ids.add(id);
                sub.indicator(id, i -> i.levels().range(0, 1 + random.nextInt(6)));
              }
            });
          } else {
            ids.add(child);
            int own = k == 0 ? w + 1 : w; // one above 0, so not all are 0
            spec.indicator(child, i -> {
              if (inner == Weighting.RELATIVE) {
                i.weight(Integer.toString(own));
              }
              i.levels().range(0, 1 + random.nextInt(6));
            });
          }
        }
      });
    }
    Rubric rubric = b.build();
    for (int k = 0; k < 10; k++) {
      Observations.Builder o = Observations.builder("ev-" + k);
      for (String id : ids) {
        int max = rubric.indicator(id).orElseThrow().rule().maximum().intValue();
        if (random.nextInt(5) == 0) {
          o.notApplicable(id);
        } else {
          o.value(id, random.nextInt(max + 1));
        }
      }
      Observations obs = o.build();
      Throwable generalFailure = org.assertj.core.api.Assertions.catchThrowable(() -> rubric.evaluateOnGeneralPath(obs));
      if (generalFailure != null) {
        assertThat(generalFailure).isInstanceOf(ObservationException.class);
        continue;
      }
      Evaluation general = rubric.evaluateOnGeneralPath(obs);
      Evaluation usual = rubric.evaluate(obs);
      assertThat(usual).isEqualTo(general);
      assertThat(usual.total()).isEqualTo(general.total());
      assertThat(usual.dimensions()).isEqualTo(general.dimensions());
      assertThat(usual.explain()).isEqualTo(general.explain());
      Evaluation fast = rubric.evaluateOnFastPath(obs);
      if (fast != null) {
        assertThat(fast.total()).isEqualTo(general.total());
        assertThat(fast.dimensions()).isEqualTo(general.dimensions());
      }
    }
  }
}
