package org.rubric4j.benchmarks;

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
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.SeedRubrics;

/**
 * Evaluating one observation: rubric4j against hand-written exact and {@code double} methods,
 * on the same pre-built inputs. Each benchmark consumes the total and the grade.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class EvaluationBenchmark {

  private static final int SIZE = 4096;

  private Rubric seed000;
  private Rubric seed003;
  private Seed000Input[] inputs000;
  private Observations[] observations000;
  private Observations[] observations000NotApplicable;
  private String[][] texts000;
  private Rubric oneIndicator;
  private Observations[] oneLevel;
  private Seed003Input[] inputs003;
  private Observations[] observations003;
  private int next;

  @Setup
  public void setUp() {
    seed000 = SeedRubrics.crmServiceQuality();
    seed003 = SeedRubrics.serviceStandardsMonthly();
    inputs000 = Workload.seed000(SIZE, 42);
    inputs003 = Workload.seed003(SIZE, 43);
    observations000 = new Observations[SIZE];
    observations003 = new Observations[SIZE];
    observations000NotApplicable = new Observations[SIZE];
    oneIndicator = Rubric.builder("one-indicator").scale(5)
        .grade("pass", g -> g.range("[2.5, 5]")).grade("fail", g -> g.range("[0, 2.5)"))
        .dimension("only", d -> d.indicator("level", i -> i.levels().range(1, 5))).build();
    oneLevel = new Observations[SIZE];
    texts000 = new String[SIZE][];
    for (int k = 0; k < SIZE; k++) {
      observations000[k] = inputs000[k].toObservations("ev-" + k);
      observations003[k] = inputs003[k].toObservations("ev-" + k);
      observations000NotApplicable[k] = observations000[k].withNotApplicable("follow-up-visit");
      oneLevel[k] = Observations.builder("ev-" + k).value("level", inputs000[k].solution()).build();
      texts000[k] = inputs000[k].asText();
    }
  }

  private int index() {
    int k = next;
    next = (k + 1) & (SIZE - 1);
    return k;
  }

  @Benchmark
  public void seed000Rubric4j(Blackhole bh) {
    Evaluation e = seed000.evaluate(observations000[index()]);
    bh.consume(e.total());
    bh.consume(e.grade());
  }

  /** The same, then every dimension's and indicator's result read: what explaining costs. */
  @Benchmark
  public void seed000Rubric4jWithDetails(Blackhole bh) {
    Evaluation e = seed000.evaluate(observations000[index()]);
    bh.consume(e.total());
    bh.consume(e.grade());
    bh.consume(e.dimensions());
  }

  /** The same, then only every dimension's score read: what a row of CSV or Spark columns needs. */
  @Benchmark
  public void seed000Rubric4jDimensionScores(Blackhole bh) {
    Evaluation e = seed000.evaluate(observations000[index()]);
    bh.consume(e.total());
    bh.consume(e.grade());
    bh.consume(e.dimensionScores());
  }

  /** Building the observations of eight values given as text, as a CSV reader hands them over. */
  @Benchmark
  public Observations seed000BuildFromText() {
    int k = index();
    String[] t = texts000[k];
    return Observations.builder("ev").value("first-response-time", t[0]).value("resolution-time", t[1])
        .value("first-contact-resolution", t[2]).value("solution-quality", t[3]).value("clarity", t[4])
        .value("expertise", t[5]).value("emotion-care", t[6]).value("follow-up-visit", t[7]).build();
  }

  /** Building the observations of eight typed values, as Java code would. */
  @Benchmark
  public Observations seed000BuildTyped() {
    return inputs000[index()].toObservations("ev");
  }

  /** One indicator n/a: its weight is shared out again, on the general path. */
  @Benchmark
  public void seed000Rubric4jOneNotApplicable(Blackhole bh) {
    Evaluation e = seed000.evaluate(observations000NotApplicable[index()]);
    bh.consume(e.total());
    bh.consume(e.grade());
  }

  /** A rubric of one level indicator: what any evaluation costs beyond its indicators. */
  @Benchmark
  public void oneIndicatorRubric4j(Blackhole bh) {
    Evaluation e = oneIndicator.evaluate(oneLevel[index()]);
    bh.consume(e.total());
    bh.consume(e.grade());
  }

  @Benchmark
  public void seed000HandWrittenExact(Blackhole bh) {
    HandWritten.Scored s = HandWritten.seed000Exact(inputs000[index()]);
    bh.consume(s.total());
    bh.consume(s.grade());
  }

  @Benchmark
  public double seed000HandWrittenDouble() {
    return HandWritten.seed000Double(inputs000[index()]);
  }

  @Benchmark
  public void seed003Rubric4j(Blackhole bh) {
    Evaluation e = seed003.evaluate(observations003[index()]);
    bh.consume(e.total());
    bh.consume(e.grade());
  }

  @Benchmark
  public void seed003HandWrittenExact(Blackhole bh) {
    HandWritten.Scored s = HandWritten.seed003Exact(inputs003[index()]);
    bh.consume(s.total());
    bh.consume(s.grade());
  }

  @Benchmark
  public double seed003HandWrittenDouble() {
    return HandWritten.seed003Double(inputs003[index()]);
  }
}
