package org.rubric4j.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.SplittableRandom;
import org.rubric4j.Evaluation;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.SeedRubrics;

/** Realistic, reproducible inputs: the same seed gives the same inputs on every machine. */
public final class Workload {

  private Workload() {}

  /** {@code n} seed 000 evaluations: responses mostly within a day, FCR mostly 60–100 %. */
  public static Seed000Input[] seed000(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Seed000Input[] inputs = new Seed000Input[n];
    for (int k = 0; k < n; k++) {
      inputs[k] = new Seed000Input(
          Duration.ofSeconds(random.nextLong(0, 30 * 3600)),
          Duration.ofSeconds(random.nextLong(0, 7 * 86400)),
          BigDecimal.valueOf(random.nextInt(5000, 10001), 4),
          random.nextInt(1, 6), random.nextInt(1, 6), random.nextInt(1, 6),
          random.nextInt(1, 6), random.nextInt(1, 6));
    }
    return inputs;
  }

  /**
   * {@code n} seed 000 evaluations of 40 agents over the four quarters of 2024, evaluated
   * once here so that aggregation benchmarks measure aggregation only.
   */
  public static org.rubric4j.Evaluation[] seed000Evaluations(int n, long seed) {
    org.rubric4j.Rubric rubric = SeedRubrics.crmServiceQuality();
    Seed000Input[] inputs = seed000(n, seed);
    SplittableRandom random = new SplittableRandom(seed + 1);
    org.rubric4j.Evaluation[] evaluations = new org.rubric4j.Evaluation[n];
    for (int k = 0; k < n; k++) {
      org.rubric4j.Observations o = inputs[k].toObservations("ev-" + k).toBuilder()
          .subject(String.format("agent-%02d", random.nextInt(40)))
          .period(java.time.LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366)).toString())
          .build();
      evaluations[k] = rubric.evaluate(o);
    }
    return evaluations;
  }

  /** {@code n} seed 003 assessments; one in a hundred carries the fraud flag. */
  public static Seed003Input[] seed003(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Seed003Input[] inputs = new Seed003Input[n];
    for (int k = 0; k < n; k++) {
      inputs[k] = new Seed003Input(
          Duration.ofSeconds(random.nextLong(5, 90)),
          random.nextInt(0, 6),
          BigDecimal.valueOf(random.nextInt(700, 1001), 3),
          random.nextInt(0, 4),
          BigDecimal.valueOf(random.nextInt(30, 201), 3),
          random.nextInt(100) == 0);
    }
    return inputs;
  }
}
