package org.rubric4j;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One {@link Rubric} shared by eight threads scores 100,000 observations exactly as one thread
 * does, digit for digit: the rubric and its evaluator keep no state between evaluations.
 *
 * <p>The 100,000 are 20 rounds over 5,000 distinct observations, so the single-thread reference
 * costs 5,000 evaluations and the whole test a few seconds on two cores.
 */
class SharedRubricConcurrencyTest {

  private static final int OBSERVATIONS = 100_000;
  private static final int DISTINCT = 5_000;
  private static final int THREADS = 8;

  /** Seed 003's combined scheme: deductions, occurrences, nested dimensions and a veto. */
  private static final Rubric RUBRIC = SeedRubrics.serviceStandardsCombined();

  /** The k-th observation: every indicator varies, across bands, steps, zero cut-offs and the veto. */
  private static Observations observation(int k) {
    return Observations.builder("ev-" + k)
        .value("first-response-time", (k * 37 % 900) + "s")
        .value("emotion-management", k % 7)
        .value("fcr", (k * 13 % 101) + "%")
        .value("record-errors", k % 5)
        .value("recommendation-rate", (k * 7 % 101) + "%")
        .value("qualitative-review", k % 31)
        .flag("review-manipulated", k % 97 == 0)
        .build();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void eightThreadsSharingOneRubricScoreAHundredThousandObservationsExactlyAsOneThreadDoes() throws Exception {
    Observations[] inputs = new Observations[DISTINCT];
    Evaluation[] alone = new Evaluation[DISTINCT];
    for (int k = 0; k < DISTINCT; k++) {
      inputs[k] = observation(k);
      alone[k] = RUBRIC.evaluate(inputs[k]);
    }

    Evaluation[] shared = new Evaluation[OBSERVATIONS];
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = t;
        done.add(pool.submit(() -> {
          start.await();
          for (int k = first; k < OBSERVATIONS; k += THREADS) { // interleaved: neighbours race
            shared[k] = RUBRIC.evaluate(inputs[k % DISTINCT]);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    for (int k = 0; k < OBSERVATIONS; k++) {
      if (!shared[k].equals(alone[k % DISTINCT])) {
        assertThat(shared[k]).as("evaluation %d (%s)", k, inputs[k % DISTINCT]).isEqualTo(alone[k % DISTINCT]);
      }
    }
    assertThat(alone).filteredOn(Evaluation::isVetoed).hasSizeGreaterThan(40);
    assertThat(java.util.Arrays.stream(alone).map(Evaluation::total).distinct().count()).isGreaterThan(100);
  }
}
