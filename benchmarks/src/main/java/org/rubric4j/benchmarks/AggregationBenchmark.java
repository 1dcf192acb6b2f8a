package org.rubric4j.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.rubric4j.Evaluation;
import org.rubric4j.PeriodUnit;
import org.rubric4j.analytics.Aggregator;
import org.rubric4j.analytics.GroupBy;

/**
 * Aggregating evaluations by subject and quarter: one thread over all of them, against two
 * threads over one half each whose partial aggregates are then merged (what a Spark or Flink
 * combiner does). The ratio of the two is the two-thread speed-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class AggregationBenchmark {

  /** Evaluations per operation. */
  static final int PER_OP = 200_000;

  private Evaluation[] pool;
  private ExecutorService threads;

  @Setup
  public void setUp() {
    pool = Workload.seed000Evaluations(4096, 44);
    threads = Executors.newFixedThreadPool(2);
  }

  @TearDown
  public void tearDown() {
    threads.shutdownNow();
  }

  static Aggregator aggregator() {
    return Aggregator.groupingBy(GroupBy.subject(), GroupBy.period(PeriodUnit.QUARTER));
  }

  static Aggregator aggregate(Evaluation[] pool, int from, int to) {
    Aggregator a = aggregator();
    for (int k = from; k < to; k++) {
      a.add(pool[k & (pool.length - 1)]);
    }
    return a;
  }

  @Benchmark
  public Aggregator oneThread() {
    return aggregate(pool, 0, PER_OP);
  }

  @Benchmark
  public Aggregator twoThreadsThenMerge() {
    CompletableFuture<Aggregator> first = CompletableFuture.supplyAsync(() -> aggregate(pool, 0, PER_OP / 2), threads);
    CompletableFuture<Aggregator> second = CompletableFuture.supplyAsync(() -> aggregate(pool, PER_OP / 2, PER_OP), threads);
    return first.join().addAll(second.join());
  }
}
