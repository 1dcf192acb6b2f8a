package org.rubric4j.benchmarks;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.rubric4j.benchmarks.CliEndToEnd.Program;
import org.rubric4j.benchmarks.CliEndToEnd.Results;
import org.rubric4j.benchmarks.CliEndToEnd.Timing;

/**
 * The {@code ## Command line, end to end} section of docs/benchmarks.md, in Markdown, from what
 * {@link CliEndToEnd} measured; and the splice that puts it in place of the section an existing
 * report has, leaving the rest of the file as it is.
 */
final class CliEndToEndReport {

  /** The heading the section starts with. */
  static final String HEADING = "## Command line, end to end";

  private CliEndToEndReport() {}

  /** The section, from its heading to its last line; {@code note} is the load-average sentence. */
  static String section(Results r, String note) {
    StringBuilder md = new StringBuilder(HEADING).append("\n\n");
    String how = r.gnuTime() ? "wall time measured by `BenchmarkSuite`, CPU time (user + sys of every thread"
        + " of the JVM: compilers and collector too, so it can exceed the wall time) and peak RSS by GNU time"
        : "wall time measured by `BenchmarkSuite`; CPU time and peak RSS not measured (no GNU time at /usr/bin/time)";
    md.append(String.format(Locale.ROOT, "Each run is a JVM of its own (%s %s, default heap), JVM start included, "
        + "on seed 000 CSV from `SampleDataGenerator` (the `crm-service-quality` profile over 50 agents, seed 7, "
        + "about 4 %% n/a values): %s. Median of %d run%s; %s. The hand-written pipeline (`HandWrittenPipeline`) is "
        + "what a careful developer would write for this one rubric: one pass over the bytes, hand-written "
        + "scanners, long arithmetic, the same checks and byte for byte the same output. Command: "
        + "`java -jar benchmarks/target/benchmarks.jar cli`.%n%n",
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), sizes(r.dataBytes()),
        r.runs(), r.runs() == 1 ? "" : "s", how));
    md.append("| program | rows | wall s | CPU s | peak RSS MiB | rows/s (wall) |\n|---|---:|---:|---:|---:|---:|\n");
    for (Timing t : r.timings()) {
      md.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %s | %s | %,.0f |%n", t.program().label, t.rows(),
          t.wallSeconds(), t.cpuSeconds().isPresent() ? String.format(Locale.ROOT, "%.2f", t.cpuSeconds().getAsDouble()) : "not measured",
          t.peakRssKiB().isPresent() ? String.format(Locale.ROOT, "%.0f", t.peakRssKiB().getAsLong() / 1024.0) : "not measured",
          t.rows() / t.wallSeconds()));
    }
    md.append("\n| rows | `score` / hand-written, wall | `score` / hand-written, CPU | `./rubric4j score` /"
        + " hand-written, wall |\n|---:|---:|---:|---:|\n");
    for (int rows : r.dataBytes().keySet()) {
      Timing cli = find(r, Program.SCORE, rows).orElseThrow();
      Timing hand = find(r, Program.HAND_WRITTEN, rows).orElseThrow();
      Optional<Timing> launched = find(r, Program.SCORE_LAUNCHER, rows);
      md.append(String.format(Locale.ROOT, "| %,d | %.1f× | %s | %s |%n", rows, cli.wallSeconds() / hand.wallSeconds(),
          ratio(cli.cpuSeconds(), hand.cpuSeconds()), launched.map(t -> String.format(Locale.ROOT, "%.1f×",
              t.wallSeconds() / hand.wallSeconds())).orElse("not measured")));
    }
    md.append("\n`./rubric4j` is the checkout's launcher: the same jar, started with the class-data archive it"
        + " makes after each build (see docs/cli.md, \"Running it\").\n");
    md.append("\nOutput of `score` (either way started) and of the hand-written pipeline: ")
        .append(r.identical().entrySet().stream()
            .map(e -> (e.getValue() ? "identical" : "**different**") + String.format(Locale.ROOT, " at %,d rows", e.getKey()))
            .collect(Collectors.joining(", ")))
        .append(".\n");
    int largest = CliEndToEnd.SIZES[CliEndToEnd.SIZES.length - 1];
    md.append(String.format(Locale.ROOT, "%nSmallest heap that finishes %,d rows (tried -Xmx%s in order): ", largest,
        String.join(", ", CliEndToEnd.HEAPS)))
        .append(r.smallestHeap().entrySet().stream()
            .map(e -> e.getKey().shortName + " " + heap(e.getValue()))
            .collect(Collectors.joining(", ")))
        .append(".\n");
    return md.append(note).toString();
  }

  /** The section saying why nothing was measured. */
  static String notMeasured(String why) {
    return HEADING + "\n\n" + why + "\n";
  }

  /**
   * {@code markdown} with its end-to-end section replaced by {@code section}; without one, the
   * section goes before {@code ## Spark} or, failing that, at the end.
   */
  static String splice(String markdown, String section) {
    int start = markdown.indexOf("\n" + HEADING + "\n");
    if (start >= 0) {
      int next = markdown.indexOf("\n## ", start + 1);
      return markdown.substring(0, start + 1) + section + (next < 0 ? "" : markdown.substring(next));
    }
    int spark = markdown.indexOf("\n## Spark\n");
    if (spark >= 0) {
      return markdown.substring(0, spark + 1) + section + "\n" + markdown.substring(spark + 1);
    }
    return markdown + (markdown.endsWith("\n") ? "\n" : "\n\n") + section;
  }

  private static Optional<Timing> find(Results r, Program program, int rows) {
    return r.timings().stream().filter(t -> t.program() == program && t.rows() == rows).findFirst();
  }

  private static String ratio(OptionalDouble a, OptionalDouble b) {
    return a.isPresent() && b.isPresent() ? String.format(Locale.ROOT, "%.1f×", a.getAsDouble() / b.getAsDouble())
        : "not measured";
  }

  private static String heap(String smallest) {
    return smallest.startsWith("more") ? smallest : "-Xmx" + smallest;
  }

  private static String sizes(Map<Integer, Long> bytes) {
    return bytes.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%,d rows, %.1f MB", e.getKey(), e.getValue() / 1e6))
        .collect(Collectors.joining("; "));
  }
}
