package org.rubric4j;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link Evaluation#dimensionScores()}: every dimension's score in the rubric's order, without the tree. */
class DimensionScoresTest {

  private static final Rubric NESTED = Rubric.builder("nested").scale(10)
      .dimension("call", d -> d.weight("60%")
          .dimension("greeting", g -> g.weight("50%").indicator("hello", i -> i.levels().range(0, 5)))
          .dimension("phone-only", g -> g.weight("50%").appliesWhen("channel", "phone")
              .indicator("hold", i -> i.levels().range(0, 5))))
      .dimension("wrap-up", d -> d.weight("40%").indicator("notes", i -> i.levels().range(0, 5)))
      .build();

  @Test
  void depthFirstInTheRubricsOrderEmptyWhereADimensionDoesNotApply() {
    Observations chat = Observations.builder("ev").tag("channel", "chat").value("hello", 4).value("hold", 5)
        .value("notes", 2).build();
    Evaluation e = NESTED.evaluate(chat);
    assertThat(NESTED.allDimensions().map(Dimension::id).toList())
        .containsExactly("call", "greeting", "phone-only", "wrap-up");
    assertThat(e.dimensionScores()).containsExactly(Optional.of(new BigDecimal("8.00")),
        Optional.of(new BigDecimal("8.00")), Optional.empty(), Optional.of(new BigDecimal("4.00")));
    assertThat(e.dimensionScores()).isEqualTo(e.allDimensions().map(DimensionResult::score).toList());
  }

  @Test
  void onTheFastPathTheTreeIsNotWorkedOut() {
    Observations phone = Observations.builder("ev").tag("channel", "phone").value("hello", 4).value("hold", 1)
        .value("notes", 5).build();
    Evaluation fast = NESTED.evaluateOnFastPath(phone);
    assertThat(fast).isNotNull();
    List<Optional<BigDecimal>> scores = fast.dimensionScores();
    assertThat(fast.detailsWorkedOut()).isFalse();
    assertThat(scores).isEqualTo(NESTED.evaluateOnGeneralPath(phone).allDimensions().map(DimensionResult::score).toList());
    assertThat(scores).containsExactly(Optional.of(new BigDecimal("5.00")), Optional.of(new BigDecimal("8.00")),
        Optional.of(new BigDecimal("2.00")), Optional.of(new BigDecimal("10.00")));
  }

  @Test
  void aRebuiltEvaluationReadsThemOffItsDimensions() {
    DimensionResult only = new DimensionResult("only", "Only", true, BigDecimal.ONE, BigDecimal.ONE,
        Optional.of(new BigDecimal("3.50")), new BigDecimal("3.5"), Optional.empty(), Optional.empty(), List.of(), List.of());
    Evaluation rebuilt = Evaluation.builder("r", "ev").scale(BigDecimal.valueOf(5), 2)
        .totals(new BigDecimal("3.50"), new BigDecimal("3.50"), new BigDecimal("3.5")).dimensions(List.of(only)).build();
    assertThat(rebuilt.dimensionScores()).containsExactly(Optional.of(new BigDecimal("3.50")));
  }
}
