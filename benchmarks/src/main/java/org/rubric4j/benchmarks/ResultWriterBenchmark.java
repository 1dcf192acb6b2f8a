package org.rubric4j.benchmarks;

import java.io.Writer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.rubric4j.Evaluation;
import org.rubric4j.Rubric;
import org.rubric4j.SeedRubrics;
import org.rubric4j.yaml.ResultWriter;

/**
 * Writing one seed 000 evaluation as a line of result JSON ({@link ResultWriter#writeLine}), the
 * per-row work of {@code rubric4j score --format json} after scoring; the evaluations and their
 * details are made beforehand, so only writing is measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ResultWriterBenchmark {

  private static final int SIZE = 4096;

  private Evaluation[] evaluations;
  private ResultWriter writer;
  private Writer sink;
  private int next;

  @Setup
  public void setUp() {
    Rubric rubric = SeedRubrics.crmServiceQuality();
    Seed000Input[] inputs = Workload.seed000(SIZE, 42);
    evaluations = new Evaluation[SIZE];
    for (int k = 0; k < SIZE; k++) {
      evaluations[k] = rubric.evaluate(inputs[k].toObservations("ev-" + k));
      evaluations[k].dimensions();
    }
    writer = ResultWriter.forRubric(rubric);
    sink = Writer.nullWriter();
  }

  @Benchmark
  public void seed000ResultLine(Blackhole bh) {
    Evaluation e = evaluations[next];
    next = (next + 1) & (SIZE - 1);
    writer.writeLine(e, sink);
    bh.consume(e);
  }
}
