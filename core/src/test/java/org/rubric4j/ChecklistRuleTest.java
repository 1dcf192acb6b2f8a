package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.rubric4j.rule.ChecklistRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The checklist rule: the points of the items a reviewer ticks. */
class ChecklistRuleTest {

  private static Rubric verification(Consumer<ChecklistBuilder> max) {
    return Rubric.builder("verification").dimension("call", d -> d
        .indicator("verification", i -> {
          ChecklistBuilder c = i.checklist().item("name-confirmed", 2).item("address-confirmed", 2)
              .item("security-question", 3).item("upsell-offered", 1).item("rude-remark", -4);
          max.accept(c);
        })
        .indicator("greeting", i -> i.levels().range(0, 1)))
        .build();
  }

  private static final Rubric CAPPED = verification(c -> c.max(6));

  private static Evaluation ticked(Rubric r, String... items) {
    return r.evaluate(Observations.builder("e").items("verification", items).value("greeting", 1).build());
  }

  @Test
  void theScoreIsTheSumOfTheTickedItemsCappedAndNeverBelowZero() {
    IndicatorResult two = ticked(CAPPED, "name-confirmed", "security-question").indicator("verification").orElseThrow();
    assertThat(two.score()).contains(new BigDecimal("5"));
    assertThat(two.max()).isEqualByComparingTo("6");
    assertThat(two.value()).contains(Quantity.count(2));
    assertThat(two.matched()).contains("name-confirmed 2 + security-question 3");
    assertThat(ticked(CAPPED, "name-confirmed", "address-confirmed", "security-question", "upsell-offered")
        .indicator("verification").orElseThrow().score()).contains(new BigDecimal("6"));
    IndicatorResult rude = ticked(CAPPED, "upsell-offered", "rude-remark").indicator("verification").orElseThrow();
    assertThat(rude.score()).contains(BigDecimal.ZERO);
    assertThat(rude.matched()).contains("upsell-offered 1 + rude-remark -4 = -3, at least 0");
    assertThat(ticked(CAPPED).indicator("verification").orElseThrow().matched()).contains("nothing ticked");
  }

  @Test
  void withoutMaxTheMaximumIsThePositivePointsTogether() {
    Rubric r = verification(c -> {});
    assertThat(r.indicator("verification").orElseThrow().rule().maximum()).isEqualByComparingTo("8");
    assertThat(ticked(r, "name-confirmed", "address-confirmed").total()).isEqualByComparingTo("75.00"); // (4/8 + 1) / 2
  }

  @Test
  void textWithBarsIsReadAsTheTickedItems() {
    Evaluation e = CAPPED.evaluate(Observations.builder("e").value("verification", "name-confirmed | security-question")
        .value("greeting", 0).build());
    assertThat(e.indicator("verification").orElseThrow().score()).contains(new BigDecimal("5"));
    Evaluation none = CAPPED.evaluate(Observations.builder("e").value("verification", "").value("greeting", 0).build());
    assertThat(none.indicator("verification").orElseThrow().score()).contains(BigDecimal.ZERO);
  }

  @Test
  void unknownAndRepeatedItemsAreErrorsNamingTheItem() {
    ObservationException unknown = catchThrowableOfType(ObservationException.class, () -> ticked(CAPPED, "name-confirmd"));
    assertThat(unknown.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("values.verification");
      assertThat(p.message()).contains("the checklist has no item name-confirmd; did you mean `name-confirmed`?");
    });
    ObservationException twice = catchThrowableOfType(ObservationException.class,
        () -> ticked(CAPPED, "name-confirmed", "name-confirmed"));
    assertThat(twice.problems().get(0).message()).contains("item name-confirmed is ticked twice");
    ObservationException number = catchThrowableOfType(ObservationException.class,
        () -> CAPPED.evaluate(Observations.builder("e").value("verification", 3).value("greeting", 1).build()));
    assertThat(number.problems().get(0).message()).contains("\"3\" is not a list of ticked items");
    ObservationException list = catchThrowableOfType(ObservationException.class,
        () -> CAPPED.evaluate(Observations.builder("e").items("greeting", "x").items("verification").build()));
    assertThat(list.problems().get(0).message()).contains("is a checklist's ticked items, but this indicator is scored by levels");
  }

  @Test
  void definitionErrorsNameTheirPlace() {
    List<Problem> problems = catchThrowableOfType(RubricDefinitionException.class, () -> Rubric.builder("bad")
        .dimension("d", d -> d
            .indicator("a", i -> i.checklist().item("x", 1).item("x", 2))
            .indicator("b", i -> i.checklist().item("y", -1))
            .indicator("c", i -> i.checklist().item("Not An Id", 1).max(5))
            .indicator("e", i -> i.checklist()))
        .build()).problems();
    assertThat(problems).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("dimensions[0].indicators[0].checklist.items", "duplicate-item"),
        org.assertj.core.groups.Tuple.tuple("dimensions[0].indicators[1].checklist.items", "no-positive-item"),
        org.assertj.core.groups.Tuple.tuple("dimensions[0].indicators[2].checklist.items.Not An Id", "invalid-id"),
        org.assertj.core.groups.Tuple.tuple("dimensions[0].indicators[2].checklist.max", "max-unreachable"),
        org.assertj.core.groups.Tuple.tuple("dimensions[0].indicators[3].checklist.items", "no-items"));
  }

  @Test
  void checklistsTakeTheGeneralPathAndSurviveSerialisation() throws Exception {
    assertThat(CAPPED.evaluateOnFastPath(Observations.builder("e").items("verification").value("greeting", 1).build())).isNull();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(CAPPED);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(CAPPED);
    }
    assertThat(new ChecklistRule(java.util.Map.of("a", BigDecimal.ONE), Optional.empty()).kind()).isEqualTo("checklist");
  }

  @Test
  void theRecordChecksTheSameInvariantsAsTheBuilder() {
    assertThat(catchThrowableOfType(InvalidValueException.class,
        () -> new ChecklistRule(java.util.Map.of("a", BigDecimal.ONE), Optional.of(BigDecimal.TEN))))
        .hasMessageContaining("max 10 is more than every positive item together (1), so no review can earn it");
  }
}
