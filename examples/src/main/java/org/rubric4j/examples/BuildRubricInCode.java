package org.rubric4j.examples;

import java.time.Duration;
import org.rubric4j.Evaluation;
import org.rubric4j.Measure;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;

/**
 * Embedding example 1: build a rubric in Java and score one evaluation. This is the README's
 * Java example; a test runs it, so it cannot rot.
 */
public final class BuildRubricInCode {

  private BuildRubricInCode() {}

  /** Prints the total, the grade and the explanation of one evaluation. */
  public static void main(String[] args) {
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

    Observations ticket = Observations.builder("ev-1")
        .value("first-response-time", Duration.ofHours(4))
        .value("fcr", "82%")
        .build();
    Evaluation e = rubric.evaluate(ticket);
    System.out.println(e.total() + " " + e.grade().orElseThrow().id());
    System.out.print(e.explain());
  }
}
