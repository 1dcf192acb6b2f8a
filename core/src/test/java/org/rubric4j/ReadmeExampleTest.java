package org.rubric4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Java example of README.md, verbatim, so the README never lies. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleRunsAndPrintsWhatTheReadmeShows() {
    Rubric rubric = Rubric.builder("crm-service-quality")
        .scale(5)
        .grade("good", g -> g.name("良好").range("[3.5, 5]"))
        .grade("to-improve", g -> g.name("需改进").range("[0, 3.5)"))
        .dimension("responsiveness", d -> d.weight("40%")
            .indicator("first-response-time", i -> i.bands(Measure.DURATION)
                .band(5, "<= 2h").band(4, "(2h, 6h]").band(3, "(6h, 12h]")
                .band(2, "(12h, 24h]").band(1, "> 24h")))
        .dimension("problem-solving", d -> d.weight("60%")
            .indicator("fcr", i -> i.deduction(Measure.PERCENT)
                .max(30).target(">= 85%").step("1%").deduct(1).zero("< 75%")))
        .build();                              // every problem at once, with its path

    Evaluation e = rubric.evaluate(Observations.of("ev-1")
        .value("first-response-time", Duration.ofHours(4))
        .value("fcr", "82%"));

    assertThat(e.total()).hasToString("4.30");
    assertThat(e.grade()).map(Grade::id).contains("good");
    assertThat(e.explain()).isEqualTo("""
        crm-service-quality · evaluation ev-1
        responsiveness: 4.00 of 5 × 40% → 1.60
          first-response-time: 4h is in (2h, 6h] → 4 of 5; × 40% × 100% → 1.60
        problem-solving: 4.50 of 5 × 60% → 2.70
          fcr: 82%: 3 steps of 1% beyond >= 85% → 27 of 30; × 60% × 100% → 2.70
        total 4.30 of 5, grade good 良好
        """);
  }
}
