package org.rubric4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.rubric4j.Evaluation;
import org.rubric4j.analytics.Aggregator;

/**
 * Aggregates ten million evaluations in one pass and prints the time and the heap in use
 * (after a full collection) every million: the heap must stay flat, whatever the count.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.rubric4j.benchmarks.AggregationScale [count]</pre>
 */
public final class AggregationScale {

  private AggregationScale() {}

  /** One line of the report: evaluations so far, seconds, heap in use in MiB. */
  record Sample(long evaluations, double seconds, double heapMiB) {}

  public static void main(String[] args) {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    for (Sample s : run(count, Math.max(1, count / 10))) {
      System.out.println(String.format(Locale.ROOT, "%,d evaluations  %.1f s  heap %.1f MiB",
          s.evaluations(), s.seconds(), s.heapMiB()));
    }
  }

  static java.util.List<Sample> run(long count, long every) {
    Evaluation[] pool = Workload.seed000Evaluations(4096, 44);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    Aggregator aggregator = AggregationBenchmark.aggregator();
    java.util.List<Sample> samples = new java.util.ArrayList<>();
    long start = System.nanoTime();
    for (long k = 1; k <= count; k++) {
      aggregator.add(pool[(int) (k & (pool.length - 1))]);
      if (k % every == 0) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        samples.add(new Sample(k, seconds, memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0)));
      }
    }
    return samples;
  }
}
