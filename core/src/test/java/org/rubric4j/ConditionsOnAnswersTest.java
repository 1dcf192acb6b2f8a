package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code appliesWhen} on another indicator's answer, on a flag, and combined with all / any / not. */
class ConditionsOnAnswersTest {

  /** Amazon Connect's conditional question: q2 is asked only when q1 was answered "yes" (1). */
  private static final Rubric FORM = Rubric.builder("conditional")
      .dimension("call", d -> d
          .indicator("complaint-raised", i -> i.levels().level(0, "no").level(1, "yes"))
          .indicator("complaint-handled", i -> i.appliesWhen(Condition.answerIn("complaint-raised", BigDecimal.ONE))
              .levels().range(0, 4))
          .indicator("vip-greeting", i -> i.appliesWhen(Condition.any(Condition.flag("vip"),
              Condition.all(Condition.tagIn("channel", "phone"), Condition.not(Condition.tagIn("team", "pilot")))))
              .levels().range(0, 4)))
      .build();

  private static Observations.Builder answers(int raised, int handled, int greeting) {
    return Observations.builder("ev").value("complaint-raised", raised).value("complaint-handled", handled)
        .value("vip-greeting", greeting);
  }

  @Test
  void aQuestionAppliesOnlyWhenTheAnswerItDependsOnIsGiven() {
    Evaluation asked = FORM.evaluate(answers(1, 2, 4).flag("vip", true).build());
    assertThat(asked.indicator("complaint-handled").orElseThrow().applicable()).isTrue();
    assertThat(asked.total()).isEqualByComparingTo("83.33"); // (1 + 0.5 + 1) / 3
    Evaluation skipped = FORM.evaluate(answers(0, 2, 4).flag("vip", true).build());
    IndicatorResult handled = skipped.indicator("complaint-handled").orElseThrow();
    assertThat(handled.applicable()).isFalse();
    assertThat(handled.reason()).contains("applies only when answer of complaint-raised in [1]");
    assertThat(skipped.total()).isEqualByComparingTo("50.00"); // (0 + 1) / 2
  }

  @Test
  void flagsTagsAndTheirCombinationsDecide() {
    assertThat(FORM.evaluate(answers(1, 4, 4).tag("channel", "phone").build())
        .indicator("vip-greeting").orElseThrow().applicable()).isTrue();
    IndicatorResult pilot = FORM.evaluate(answers(1, 4, 4).tag("channel", "phone").tag("team", "pilot").build())
        .indicator("vip-greeting").orElseThrow();
    assertThat(pilot.applicable()).isFalse();
    assertThat(pilot.reason()).contains("applies only when (flag vip is true or (channel in [phone] and not team in [pilot]))");
    assertThat(FORM.evaluate(answers(1, 4, 4).flag("vip", false).build())
        .indicator("vip-greeting").orElseThrow().applicable()).isFalse();
  }

  @Test
  void aConditionOnAnIndicatorThatDoesNotApplyIsFalseAndNotInNeedsAnAnswer() {
    Rubric r = Rubric.builder("chain").missing(MissingPolicy.NOT_APPLICABLE).dimension("d", d -> d
        .indicator("a", i -> i.levels().range(0, 2))
        .indicator("b", i -> i.appliesWhen(Condition.answerNotIn("a", BigDecimal.ZERO)).levels().range(0, 2))
        .indicator("c", i -> i.appliesWhen(Condition.answerIn("b", BigDecimal.valueOf(2))).levels().range(0, 2))
        .indicator("z", i -> i.levels().range(0, 2)))
        .build();
    Evaluation e = r.evaluate(Observations.builder("e").value("a", 0).value("b", 2).value("c", 2).build());
    assertThat(e.indicator("b").orElseThrow().applicable()).isFalse();
    assertThat(e.indicator("c").orElseThrow().applicable()).isFalse(); // b does not apply, so c's condition is false
    Evaluation na = r.evaluate(Observations.builder("e").notApplicable("a").value("b", 2).value("c", 1).value("z", 1).build());
    assertThat(na.indicator("b").orElseThrow().applicable()).isFalse(); // notIn needs an answer
    assertThat(r.evaluateOnFastPath(Observations.builder("e").value("a", 1).value("b", 2).value("c", 1).build())).isNull();
  }

  @Test
  void tagOnlyCombinationsStayOnTheFastPath() {
    Rubric r = Rubric.builder("tags").dimension("d", d -> d
        .indicator("a", i -> i.levels().range(0, 2))
        .indicator("b", i -> i.appliesWhen(Condition.not(Condition.tagIn("channel", "chat"))).levels().range(0, 2)))
        .build();
    Observations o = Observations.builder("e").tag("channel", "chat").value("a", 2).value("b", 0).build();
    assertThat(r.evaluateOnFastPath(o)).isNotNull().isEqualTo(r.evaluateOnGeneralPath(o));
    assertThat(r.evaluate(o).total()).isEqualByComparingTo("100.00");
  }

  @Test
  void unknownNamesAndCyclesAreDefinitionErrors() {
    List<Problem> unknown = problems(() -> Rubric.builder("u").flag("vip").dimension("d", d -> d
        .indicator("a", i -> i.levels().range(0, 2))
        .indicator("b", i -> i.appliesWhen(Condition.all(Condition.answerIn("aa", BigDecimal.ONE), Condition.flag("vpi")))
            .levels().range(0, 2))).build());
    assertThat(unknown).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("dimensions[0].indicators[1].appliesWhen", "unknown-indicator"),
        org.assertj.core.groups.Tuple.tuple("dimensions[0].indicators[1].appliesWhen", "unknown-flag"));
    assertThat(unknown.get(0).message()).contains("reads indicator aa, which the rubric does not have; did you mean `a`?");
    List<Problem> cycle = problems(() -> Rubric.builder("c").dimension("d", d -> d
        .indicator("a", i -> i.appliesWhen(Condition.answerIn("b", BigDecimal.ONE)).levels().range(0, 2))
        .indicator("b", i -> i.appliesWhen(Condition.answerIn("a", BigDecimal.ONE)).levels().range(0, 2))
        .indicator("z", i -> i.levels().range(0, 2))).build());
    assertThat(cycle).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("condition-cycle");
      assertThat(p.path()).isEqualTo("dimensions[0].indicators[0].appliesWhen");
      assertThat(p.message()).contains("form a cycle: a → b → a (whether each applies depends on the next one's answer)");
    });
    List<Problem> own = problems(() -> Rubric.builder("own").dimension("d", d -> d
        .appliesWhen(Condition.answerIn("a", BigDecimal.ONE)).indicator("a", i -> i.levels().range(0, 2)))
        .dimension("e", d -> d.indicator("z", i -> i.levels().range(0, 2))).build());
    assertThat(own).extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("dimensions[0].appliesWhen", "condition-cycle"));
  }

  @Test
  void conditionsCheckTheirOwnParts() {
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> Condition.answerIn("a")))
        .hasMessage("appliesWhen on indicator a needs at least one answer");
    assertThat(catchThrowableOfType(InvalidValueException.class,
        () -> Condition.answerIn("a", BigDecimal.ONE, new BigDecimal("1.0"))))
        .hasMessageContaining("lists an answer twice");
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> Condition.any()))
        .hasMessage("appliesWhen `any` needs at least one condition");
    assertThat(Condition.flag("x", false).test(java.util.Map.of())).isTrue();
    assertThat(Condition.answerIn("a", BigDecimal.ONE).indicators()).containsExactly("a");
  }

  @Test
  void conditionsOnAnswersSurviveJavaSerialisation() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(FORM);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(FORM);
    }
  }

  private static List<Problem> problems(Runnable build) {
    return catchThrowableOfType(RubricDefinitionException.class, build::run).problems();
  }
}
