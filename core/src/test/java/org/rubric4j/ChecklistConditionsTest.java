package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code appliesWhen} on a checklist's ticked items. */
class ChecklistConditionsTest {

  private static final Rubric FORM = Rubric.builder("form").dimension("call", d -> d
      .indicator("issues", i -> i.checklist().item("billing", 1).item("outage", 1).item("other", 1))
      .indicator("outage-explained", i -> i.appliesWhen(Condition.itemsIn("issues", "outage")).levels().range(0, 2))
      .indicator("upsell", i -> i.appliesWhen(Condition.itemsNotIn("issues", "outage", "billing")).levels().range(0, 2))
      .indicator("greeting", i -> i.levels().range(0, 2)))
      .build();

  private static Evaluation ticked(String... items) {
    return FORM.evaluate(Observations.builder("e").items("issues", items).value("outage-explained", 2)
        .value("upsell", 0).value("greeting", 2).build());
  }

  @Test
  void anyListedItemTickedOrNoneOfThem() {
    Evaluation outage = ticked("outage");
    assertThat(outage.indicator("outage-explained").orElseThrow().applicable()).isTrue();
    assertThat(outage.indicator("upsell").orElseThrow().applicable()).isFalse();
    Evaluation other = ticked("other");
    assertThat(other.indicator("outage-explained").orElseThrow().reason())
        .contains("applies only when items ticked on issues any of [outage]");
    assertThat(other.indicator("upsell").orElseThrow().applicable()).isTrue();
    Evaluation na = FORM.evaluate(Observations.builder("e").notApplicable("issues").value("outage-explained", 2)
        .value("upsell", 0).value("greeting", 2).build());
    assertThat(na.indicator("upsell").orElseThrow().applicable()).isFalse(); // notIn needs an answer
  }

  @Test
  void itemsAreCheckedAgainstTheChecklist() {
    List<Problem> problems = catchThrowableOfType(RubricDefinitionException.class, () -> Rubric.builder("bad")
        .dimension("d", d -> d
            .indicator("issues", i -> i.checklist().item("billing", 1))
            .indicator("level", i -> i.levels().range(0, 2))
            .indicator("a", i -> i.appliesWhen(Condition.itemsIn("issues", "biling")).levels().range(0, 2))
            .indicator("b", i -> i.appliesWhen(Condition.itemsIn("level", "x")).levels().range(0, 2))
            .indicator("c", i -> i.appliesWhen(Condition.answerIn("issues", BigDecimal.ONE)).levels().range(0, 2)))
        .build()).problems();
    assertThat(problems).extracting(Problem::code)
        .containsExactly("unknown-item", "items-not-checklist", "condition-on-checklist");
    assertThat(problems.get(0).message()).contains("tests item biling of checklist issues, which it does not have; did you mean `billing`?");
  }
}
