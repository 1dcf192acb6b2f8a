package org.rubric4j.spark;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;

/** A rubric with critical indicators adds {@code criticalScore} and {@code nonCriticalScore} after {@code vetoes}. */
class CriticalColumnsTest {

  private static final Rubric FORM = Rubric.builder("form")
      .dimension("call", d -> d
          .indicator("q1", i -> i.weight("40%").levels().level(0, "no").level(5, "partly").level(10, "yes"))
          .indicator("q2", i -> i.weight("40%").critical().levels().level(0, "no").level(5, "partly").level(10, "yes"))
          .indicator("q3", i -> i.weight("20%").critical().levels().level(0, "no").level(5, "partly").level(10, "yes")))
      .build();

  @Test
  void bothScoresAreColumnsWithTheRubricsPrecision() {
    RubricScorer scorer = RubricScorer.of(FORM);
    assertThat(scorer.resultSchema().fieldNames()).containsExactly("id", "subject", "period", "total", "rawTotal",
        "grade", "vetoes", "criticalScore", "nonCriticalScore", "call", "error");
    List<Row> rows = scorer.score(LocalSpark.session().sql(
        "select 'e1' as id, '10' as q1, '5' as q2, '0' as q3 union all select 'e2', 'n/a', '10', '5'"))
        .orderBy("id").collectAsList();
    assertThat(rows.get(0).<BigDecimal>getAs("total")).isEqualByComparingTo("60.00");
    assertThat(rows.get(0).<BigDecimal>getAs("criticalScore")).isEqualTo(new BigDecimal("33.33"));
    assertThat(rows.get(0).<BigDecimal>getAs("nonCriticalScore")).isEqualTo(new BigDecimal("100.00"));
    assertThat(rows.get(1).<BigDecimal>getAs("criticalScore")).isEqualTo(new BigDecimal("83.33"));
    assertThat(rows.get(1).<BigDecimal>getAs("nonCriticalScore")).isNull();
    assertThat(rows.get(1).<BigDecimal>getAs("call")).isEqualTo(new BigDecimal("83.33"));
  }
}
