package org.rubric4j.spark;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;

/** Checklist cells on Spark: ids separated by {@code |}, an empty cell ticks nothing, as the CSV reader reads them. */
class ChecklistRowsTest {

  private static final Rubric FORM = Rubric.builder("form")
      .dimension("call", d -> d
          .indicator("verification", i -> i.checklist().item("name", 2).item("address", 2).item("rude", -4).max(4))
          .indicator("greeting", i -> i.levels().range(0, 1)))
      .build();

  @Test
  void cellsTickTheirItems() {
    List<Row> rows = RubricScorer.of(FORM).score(LocalSpark.session().sql(
        "select 'e1' as id, 'name|address' as verification, '1' as greeting"
            + " union all select 'e2', '', '1' union all select 'e3', 'name|nam', '1'"))
        .orderBy("id").collectAsList();
    assertThat(rows.get(0).<BigDecimal>getAs("total")).isEqualByComparingTo("100.00");
    assertThat(rows.get(1).<BigDecimal>getAs("total")).isEqualByComparingTo("50.00");
    assertThat(rows.get(2).<String>getAs("error")).contains("the checklist has no item nam");
  }
}
