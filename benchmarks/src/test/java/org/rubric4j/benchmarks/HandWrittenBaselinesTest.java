package org.rubric4j.benchmarks;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rubric4j.Evaluation;
import org.rubric4j.Grade;
import org.rubric4j.Rubric;
import org.rubric4j.SeedRubrics;
import static org.assertj.core.api.Assertions.assertThat;

/** The baselines compute what rubric4j computes, so the comparison is honest. */
class HandWrittenBaselinesTest {

  @Test
  void seed000BaselinesAgreeWithRubric4jOnEveryWorkloadInput() {
    Rubric rubric = SeedRubrics.crmServiceQuality();
    for (Seed000Input in : Workload.seed000(20_000, 42)) {
      Evaluation e = rubric.evaluate(in.toObservations("ev"));
      HandWritten.Scored exact = HandWritten.seed000Exact(in);
      assertThat(exact.total()).as("%s", in).isEqualTo(e.total());
      assertThat(e.grade().map(Grade::id)).as("%s", in).contains(exact.grade());
      assertThat(BigDecimal.valueOf(HandWritten.seed000Double(in))).as("%s", in).isEqualByComparingTo(e.total());
    }
  }

  @Test
  void seed003BaselinesAgreeWithRubric4jOnEveryWorkloadInput() {
    Rubric rubric = SeedRubrics.serviceStandardsMonthly();
    for (Seed003Input in : Workload.seed003(20_000, 43)) {
      Evaluation e = rubric.evaluate(in.toObservations("ev"));
      HandWritten.Scored exact = HandWritten.seed003Exact(in);
      assertThat(exact.total()).as("%s", in).isEqualTo(e.total());
      assertThat(e.grade().map(Grade::id)).as("%s", in).contains(exact.grade());
      assertThat(BigDecimal.valueOf(HandWritten.seed003Double(in))).as("%s", in).isEqualByComparingTo(e.total());
    }
  }

  @Test
  void theReportShowsRatiosAgainstTheBaselines() {
    assertThat(BenchmarkSuite.report("quick", java.util.List.of(), java.nio.file.Path.of("x.json")))
        .contains("| benchmark | time/op |", "Targets");
  }
}
