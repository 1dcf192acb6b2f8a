package org.rubric4j;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The rubric and observation models: what they expose, and equality by definition. */
class RubricModelTest {

  private static RubricBuilder base() {
    return Rubric.builder("r").version("v1").name("Name").description("What for").scale(5).precision(1)
        .flag("fraud", "刷好评")
        .grade("all", g -> g.range("[0, 5]"))
        .dimension("d", d -> d.name("维度").description("about d")
            .dimension("e", e -> e.indicator("i", i -> i.name("指标").description("about i").levels().range(1, 5))))
        .veto("v", v -> v.whenFlag("fraud"));
  }

  @Test
  void aRubricExposesItsDefinition() {
    Rubric r = base().build();
    assertThat(r.version()).contains("v1");
    assertThat(r.name()).contains("Name");
    assertThat(r.description()).contains("What for");
    assertThat(r.declaredFlags()).extracting(Flag::id).containsExactly("fraud");
    assertThat(r.flagIds()).containsExactly("fraud");
    assertThat(r.allDimensions()).extracting(Dimension::id).containsExactly("d", "e");
    assertThat(r.allIndicators()).extracting(Indicator::id).containsExactly("i");
    assertThat(r.dimension("e")).map(Dimension::id).contains("e");
    assertThat(r.dimension("i")).isEmpty();
    assertThat(r.indicator("i")).map(Indicator::displayName).contains("指标");
    assertThat(r.indicator("e")).isEmpty();
    assertThat(r.dimension("d").orElseThrow().displayName()).isEqualTo("维度");
    assertThat(r.dimension("e").orElseThrow().displayName()).isEqualTo("e");
    assertThat(r.dimension("d").orElseThrow().allIndicators()).extracting(Indicator::id).containsExactly("i");
    assertThat(r).hasToString("Rubric[r v1, scale 5, 1 dimensions, 1 indicators]");
    assertThat(Rubric.builder("plain").dimension("d", d -> d.indicator("i", i -> i.levels().level(1))).build())
        .hasToString("Rubric[plain, scale 100, 1 dimensions, 1 indicators]");
  }

  @Test
  void theFlagsOfARubricWithoutDeclaredFlagsAreThoseItsVetoesName() {
    Rubric r = Rubric.builder("r").dimension("d", d -> d.indicator("i", i -> i.levels().range(1, 5)))
        .veto("a", v -> v.whenFlag("rude")).veto("b", v -> v.whenScoreBelow("i", 2)).veto("c", v -> v.whenFlag("late"))
        .build();
    assertThat(r.declaredFlags()).isEmpty();
    assertThat(r.flagIds()).containsExactly("rude", "late");
  }

  @Test
  void rubricsWithTheSameDefinitionAreEqual() {
    assertThat(base().build()).isEqualTo(base().build()).hasSameHashCodeAs(base().build());
  }

  @Test
  void rubricsDifferingInAnyPartAreNotEqual() {
    Rubric original = base().build();
    java.util.List<UnaryOperator<RubricBuilder>> changes = java.util.List.of(
        b -> b.version("v2"), b -> b.name("Other"), b -> b.description("Else"),
        b -> b.precision(2), b -> b.normalize(Normalization.RANGE), b -> b.notApplicable(NotApplicablePolicy.FORBID),
        b -> b.missing(MissingPolicy.NOT_APPLICABLE), b -> b.flag("other"), b -> b.veto("w", v -> v.whenFlag("fraud")),
        b -> b.dimension("x", d -> d.indicator("y", i -> i.levels().level(1))));
    for (UnaryOperator<RubricBuilder> change : changes) {
      assertThat(change.apply(base()).build()).isNotEqualTo(original);
    }
    Rubric otherId = Rubric.builder("s").version("v1").name("Name").description("What for").scale(5).precision(1)
        .flag("fraud", "刷好评").grade("all", g -> g.range("[0, 5]"))
        .dimension("d", d -> d.name("维度").description("about d")
            .dimension("e", e -> e.indicator("i", i -> i.name("指标").description("about i").levels().range(1, 5))))
        .veto("v", v -> v.whenFlag("fraud")).build();
    assertThat(otherId).isNotEqualTo(original);
    Rubric otherGrade = Rubric.builder("r").version("v1").name("Name").description("What for").scale(5).precision(1)
        .flag("fraud", "刷好评").grade("all", g -> g.name("全部").range("[0, 5]"))
        .dimension("d", d -> d.name("维度").description("about d")
            .dimension("e", e -> e.indicator("i", i -> i.name("指标").description("about i").levels().range(1, 5))))
        .veto("v", v -> v.whenFlag("fraud")).build();
    assertThat(otherGrade).isNotEqualTo(original);
    assertThat(original).isNotEqualTo("r");
    assertThat(Rubric.builder("r").scale(5).dimension("d", d -> d.indicator("i", i -> i.levels().level(1))).build())
        .isNotEqualTo(Rubric.builder("r").scale(6).dimension("d", d -> d.indicator("i", i -> i.levels().level(1))).build());
  }

  @Test
  void aScaleWrittenWithTrailingZerosIsTheSameScale() {
    Rubric a = Rubric.builder("r").scale(new BigDecimal("5.00")).dimension("d", d -> d.indicator("i", i -> i.levels().level(1))).build();
    Rubric b = Rubric.builder("r").scale(5).dimension("d", d -> d.indicator("i", i -> i.levels().level(1))).build();
    assertThat(a).isEqualTo(b);
    assertThat(a.scale()).isEqualTo(new BigDecimal("5"));
  }

  @Test
  void observationsAreEqualWhenEveryPartIs() {
    Observations o = Observations.of("e").withSubject("agent").withPeriod("2024-Q3").withTag("team", "a").withValue("i", 4)
        .withFlag("fraud", false).withEvidence("i", "note");
    assertThat(o).isEqualTo(o.toBuilder().build()).hasSameHashCodeAs(o.toBuilder().build());
    assertThat(o).isNotEqualTo(Observations.of("f").withSubject("agent").withPeriod("2024-Q3").withTag("team", "a")
        .withValue("i", 4).withFlag("fraud", false).withEvidence("i", "note"));
    assertThat(o).isNotEqualTo(o.withSubject("other"));
    assertThat(o).isNotEqualTo(o.withPeriod("2024"));
    assertThat(o).isNotEqualTo(o.withTag("team", "b"));
    assertThat(o).isNotEqualTo(o.withValue("i", 5));
    assertThat(o).isNotEqualTo(o.withFlag("fraud", true));
    assertThat(o).isNotEqualTo(o.withEvidence("i", "other"));
    assertThat(o).isNotEqualTo("e");
    assertThat(o).hasToString("Observations[e, subject agent, period 2024-Q3, values {i=4}]");
    assertThat(Observations.of("x")).hasToString("Observations[x, values {}]");
  }

  @Test
  void periodsMustBeRealDatesMonthsQuartersOrYears() {
    assertThat(Observations.of("e").withPeriod("2024-02-29").period()).contains("2024-02-29");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Observations.of("e").withPeriod("2023-02-29"))
        .hasMessageContaining("is not a date");
  }

  @Test
  void anEvaluationKnowsWhetherAVetoFired() {
    Rubric r = base().build();
    assertThat(r.evaluate(Observations.of("e").withValue("i", 5)).isVetoed()).isFalse();
    assertThat(r.evaluate(Observations.of("e").withValue("i", 5).withFlag("fraud", true)).isVetoed()).isTrue();
  }
}
