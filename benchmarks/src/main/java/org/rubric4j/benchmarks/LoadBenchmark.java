package org.rubric4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rubric4j.Rubric;
import org.rubric4j.SeedRubrics;
import org.rubric4j.yaml.RubricFormat;
import org.rubric4j.yaml.RubricReader;

/**
 * Loading and validating a rubric file (the seed 003 combined rubric, the largest seed), against
 * building the same rubric in Java: the file's cost is parsing, validation and line mapping.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class LoadBenchmark {

  private String yaml;
  private RubricReader reader;

  @Setup
  public void setUp() throws IOException {
    try (InputStream in = LoadBenchmark.class.getResourceAsStream("/service-standards-combined.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    reader = RubricReader.create();
  }

  @Benchmark
  public Rubric loadYamlRubric() {
    return reader.read(yaml, RubricFormat.YAML, "service-standards-combined.yaml").rubric();
  }

  @Benchmark
  public Rubric buildInJava() {
    return SeedRubrics.serviceStandardsCombined();
  }
}
