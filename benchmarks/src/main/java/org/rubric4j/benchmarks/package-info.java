/**
 * JMH benchmarks of rubric4j, each measured as a ratio against a hand-written baseline run in the
 * same JVM ({@link org.rubric4j.benchmarks.HandWritten}); {@link org.rubric4j.benchmarks.BenchmarkSuite}
 * runs them all and writes the report behind {@code docs/benchmarks.md}.
 */
package org.rubric4j.benchmarks;
