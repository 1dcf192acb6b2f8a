package org.rubric4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.rubric4j.benchmarks.CliEndToEnd.Program;
import org.rubric4j.benchmarks.CliEndToEnd.Results;
import org.rubric4j.benchmarks.CliEndToEnd.Timing;

/** The end-to-end section says what was measured, and replaces only its own section of the report. */
class CliEndToEndReportTest {

  private static Results results(boolean gnuTime) {
    OptionalDouble cpu = gnuTime ? OptionalDouble.of(20) : OptionalDouble.empty();
    OptionalLong rss = gnuTime ? OptionalLong.of(512 * 1024) : OptionalLong.empty();
    return new Results(List.of(
        new Timing(Program.SCORE, 100_000, 8, cpu, rss),
        new Timing(Program.HAND_WRITTEN, 100_000, 0.5, gnuTime ? OptionalDouble.of(0.5) : cpu, rss),
        new Timing(Program.SCORE, 1_000_000, 60, cpu, rss),
        new Timing(Program.HAND_WRITTEN, 1_000_000, 3, gnuTime ? OptionalDouble.of(4) : cpu, rss),
        new Timing(Program.REPORT, 1_000_000, 70, cpu, rss)),
        Map.of(100_000, true), heaps(),
        new java.util.TreeMap<>(Map.of(100_000, 9_600_000L, 1_000_000, 97_000_000L)), 3, gnuTime);
  }

  /** In order, as CliEndToEnd gives them (Map.of's order changes from one JVM to the next). */
  private static Map<Program, String> heaps() {
    Map<Program, String> heaps = new java.util.LinkedHashMap<>();
    heaps.put(Program.SCORE, "256m");
    heaps.put(Program.REPORT, "more than 2g");
    return heaps;
  }

  @Test
  void theSectionHasTheTableTheRatiosTheCheckAndTheHeaps() {
    String md = CliEndToEndReport.section(results(true), "\nLoad average: 1 / 1.\n");
    assertThat(md).startsWith("## Command line, end to end\n\n")
        .contains("| `rubric4j score --format csv` | 100,000 | 8.00 | 20.00 | 512 | 12,500 |")
        .contains("| `rubric4j report --format json` | 1,000,000 | 70.00 |")
        .contains("| 100,000 | 16.0× | 40.0× |", "| 1,000,000 | 20.0× | 5.0× |")
        .contains("identical at 100,000 rows")
        .contains("`rubric4j score` -Xmx256m, `rubric4j report` more than 2g")
        .contains("Median of 3 runs")
        .endsWith("Load average: 1 / 1.\n");
  }

  @Test
  void runsStartedByTheLauncherHaveTheirRowsAndRatio() {
    Results measured = results(true);
    List<Timing> timings = new java.util.ArrayList<>(measured.timings());
    timings.add(new Timing(Program.SCORE_LAUNCHER, 1_000_000, 6, OptionalDouble.of(9), OptionalLong.of(400 * 1024)));
    Results withLauncher = new Results(timings, measured.identical(), measured.smallestHeap(), measured.dataBytes(),
        measured.runs(), measured.gnuTime());
    String md = CliEndToEndReport.section(withLauncher, "");
    assertThat(md).contains("| `./rubric4j score --format csv` (class-data archive) | 1,000,000 | 6.00 | 9.00 | 400 |")
        .contains("| 1,000,000 | 20.0× | 5.0× | 2.0× |", "| 100,000 | 16.0× | 40.0× | not measured |");
  }

  @Test
  void withoutGnuTimeCpuAndMemoryAreNotMeasured() {
    String md = CliEndToEndReport.section(results(false), "");
    assertThat(md).contains("| 100,000 | 16.0× | not measured |", "| 8.00 | not measured | not measured |",
        "CPU time and peak RSS not measured");
  }

  @Test
  void theSpliceReplacesOnlyTheEndToEndSection() {
    String old = "# Benchmarks\n\ntable\n\n## Command line, end to end\n\nold figure\n\n## Spark\n\nkept as is\n";
    String spliced = CliEndToEndReport.splice(old, "## Command line, end to end\n\nnew table\n");
    assertThat(spliced).isEqualTo("# Benchmarks\n\ntable\n\n## Command line, end to end\n\nnew table\n\n## Spark\n\nkept as is\n");
    assertThat(CliEndToEndReport.splice("# B\n\n## Spark\n\nx\n", "## Command line, end to end\n\nnew\n"))
        .isEqualTo("# B\n\n## Command line, end to end\n\nnew\n\n## Spark\n\nx\n");
    assertThat(CliEndToEndReport.splice("# B\n", "## Command line, end to end\n\nnew\n"))
        .isEqualTo("# B\n\n## Command line, end to end\n\nnew\n");
  }
}
