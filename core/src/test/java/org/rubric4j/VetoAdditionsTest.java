package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

/** Vetoes that keep the score ({@code score: keep}) and vetoes on an answer ({@code indicator, in}). */
class VetoAdditionsTest {

  private static RubricBuilder form() {
    return Rubric.builder("form").flag("rude").flag("fraud")
        .grade("fail", g -> g.range("[0, 60)")).grade("pass", g -> g.range("[60, 100]"))
        .dimension("call", d -> d
            .indicator("greeting", i -> i.levels().level(0, "no").level(5, "partly").level(10, "yes"))
            .indicator("compliance", i -> i.levels().level(0, "breach").level(10, "met")));
  }

  private static Observations answers(int greeting, int compliance, String... flags) {
    Observations.Builder b = Observations.builder("ev").value("greeting", greeting).value("compliance", compliance);
    for (String f : flags) {
      b.flag(f, true);
    }
    return b.build();
  }

  @Test
  void aVetoThatKeepsTheScoreImposesOnlyTheGrade() {
    Rubric r = form().veto("rude", v -> v.whenFlag("rude").grade("fail").keepScore()).build();
    Evaluation e = r.evaluate(answers(10, 10, "rude"));
    assertThat(e.total()).isEqualByComparingTo("100");
    assertThat(e.grade().map(Grade::id)).contains("fail");
    assertThat(e.vetoes()).extracting(f -> f.veto().id()).containsExactly("rude");
    assertThat(e.explain()).contains("veto rude fired: flag rude is true; the score is kept, the grade imposed")
        .contains("final total 100.00 of 100, grade fail");
    assertThat(r.evaluateOnFastPath(answers(10, 10, "rude"))).isNull();
    assertThat(r.evaluateOnFastPath(answers(10, 10))).isEqualTo(r.evaluateOnGeneralPath(answers(10, 10)));
    assertThat(r.lint()).extracting(Problem::code).doesNotContain("veto-may-raise", "veto-grade-mismatch");
  }

  @Test
  void aVetoThatImposesAScoreWinsOverOneThatKeepsIt() {
    Rubric r = form().veto("rude", v -> v.whenFlag("rude").grade("fail").keepScore())
        .veto("fraud", v -> v.whenFlag("fraud").score(20)).build();
    Evaluation e = r.evaluate(answers(10, 10, "rude", "fraud"));
    assertThat(e.total()).isEqualByComparingTo("20");
    assertThat(e.grade().map(Grade::id)).contains("fail");
    assertThat(e.vetoes()).extracting(f -> f.veto().id()).containsExactly("rude", "fraud");
  }

  @Test
  void aVetoOnAnAnswerFiresOnTheListedAnswersOnly() {
    Rubric r = form().veto("breach", v -> v.name("auto-fail").whenAnswerIn("compliance", 0)).build();
    Evaluation failed = r.evaluate(answers(10, 0));
    assertThat(failed.total()).isEqualByComparingTo("0");
    assertThat(failed.vetoes()).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("compliance answered 0, one of 0"));
    assertThat(r.evaluateOnFastPath(answers(10, 0))).isNull();
    assertThat(r.evaluate(answers(10, 0))).isEqualTo(r.evaluateOnGeneralPath(answers(10, 0)));
    Evaluation met = r.evaluate(answers(5, 10));
    assertThat(met.vetoes()).isEmpty();
    assertThat(met.total()).isEqualByComparingTo("75");
    assertThat(r.evaluateOnFastPath(answers(5, 10))).isEqualTo(met);
    assertThat(r.vetoes().get(0).trigger()).isEqualTo(new Veto.OnAnswer("compliance", List.of(BigDecimal.ZERO)));
    assertThat(r.vetoes().get(0).trigger()).hasToString("compliance in [0]");
  }

  @Test
  void anAnswerOfABandRuleIsTheBandsScore() {
    Rubric r = Rubric.builder("bands").dimension("d", d -> d.indicator("wait", i -> i.bands(Measure.DURATION)
            .band(10, "<= 1h").band(5, "(1h, 4h]").band(0, "> 4h")))
        .veto("too-slow", v -> v.whenAnswerIn("wait", 0).score(0)).build();
    assertThat(r.evaluate(Observations.builder("ev").value("wait", "5h").build()).vetoes()).hasSize(1);
    assertThat(r.evaluate(Observations.builder("ev").value("wait", "2h").build()).vetoes()).isEmpty();
  }

  @Test
  void eachMisuseIsADefinitionErrorAtItsPath() {
    RubricDefinitionException e = catchThrowableOfType(RubricDefinitionException.class, () -> form()
        .veto("a", v -> v.whenAnswerIn("greeting", 7, 5))
        .veto("b", v -> v.whenAnswerIn("nope", 0))
        .veto("c", v -> v.whenFlag("rude").keepScore().scope("call"))
        .veto("d", v -> v.whenFlag("rude").score("most"))
        .veto("e", v -> v.whenAnswerIn("greeting", List.of()))
        .build());
    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
        tuple("vetoes[3].score", "invalid-value"),
        tuple("vetoes[4].in", "invalid-value"),
        tuple("vetoes[0].in[0]", "unknown-answer"),
        tuple("vetoes[1].indicator", "unknown-indicator"),
        tuple("vetoes[2].score", "veto-keep-scope"));
    assertThat(e.problems()).extracting(Problem::message).contains(
        "veto a fires on answer 7 of greeting, which it never gives; its answers: 0, 5, 10",
        "veto c keeps the score and imposes a grade on the total, so it cannot be scoped to dimension call;"
            + " remove the scope, or impose a score on the dimension",
        "veto d score most is neither a number nor keep");
  }

  @Test
  void aSerialisedRubricKeepsItsNewVetoes() throws Exception {
    Rubric r = form().veto("rude", v -> v.whenFlag("rude").grade("fail").keepScore())
        .veto("breach", v -> v.whenAnswerIn("compliance", 0)).build();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(r);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(((Rubric) in.readObject()).vetoes()).isEqualTo(r.vetoes());
    }
  }
}
