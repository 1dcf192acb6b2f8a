package org.rubric4j.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite and writes the results: JMH's JSON and a Markdown table of ratios
 * against the hand-written baselines, measured in the same run.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [quick|full] [results-dir] [markdown-file]
 * java -jar benchmarks/target/benchmarks.jar cli [quick|full] [markdown-file]
 * </pre>
 *
 * {@code quick} is for checking that the suite works; {@code full} gives numbers worth writing
 * down. Both end with the command line end to end ({@link CliEndToEnd}: separate JVMs on up to a
 * million rows, several minutes even once). {@code cli} runs only that part, three runs of each
 * ({@code cli quick}: one), and replaces only its section of the Markdown file.
 */
public final class BenchmarkSuite {

  private BenchmarkSuite() {}

  public static void main(String[] args) throws RunnerException, IOException {
    String mode = args.length > 0 ? args[0] : "quick";
    if (mode.equals("cli")) {
      String runs = args.length > 1 ? args[1] : "full";
      if (!runs.equals("full") && !runs.equals("quick")) {
        System.err.println("usage: benchmarks.jar cli [quick|full] [markdown-file]");
        System.exit(2);
      }
      Path markdown = Path.of(args.length > 2 ? args[2] : "docs/benchmarks.md");
      String section = endToEnd(runs.equals("full") ? 3 : 1);
      String old = Files.isRegularFile(markdown) ? Files.readString(markdown, StandardCharsets.UTF_8) : "# Benchmarks\n";
      Files.writeString(markdown, CliEndToEndReport.splice(old, section), StandardCharsets.UTF_8);
      System.out.println("wrote the end-to-end section of " + markdown);
      return;
    }
    Path resultsDir = Path.of(args.length > 1 ? args[1] : "benchmarks/results");
    Path markdown = Path.of(args.length > 2 ? args[2] : "docs/benchmarks.md");
    Files.createDirectories(resultsDir);
    Path json = resultsDir.resolve("jmh-" + mode + ".json");
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(EvaluationBenchmark.class.getName())
        .include(LoadBenchmark.class.getName())
        .include(AggregationBenchmark.class.getName())
        .include(ResultWriterBenchmark.class.getName())
        .addProfiler(GCProfiler.class)
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString());
    if (mode.equals("full")) {
      options.forks(2).warmupIterations(5).warmupTime(TimeValue.seconds(2))
          .measurementIterations(5).measurementTime(TimeValue.seconds(2));
    } else if (mode.equals("quick")) {
      options.forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(1))
          .measurementIterations(3).measurementTime(TimeValue.seconds(1));
    } else {
      System.err.println("usage: benchmarks.jar [quick|full] [results-dir] [markdown-file]");
      System.exit(2);
    }
    String loadBefore = loadAverage();
    Collection<RunResult> results = new Runner(options.build()).run();
    long scaleCount = mode.equals("full") ? 10_000_000L : 1_000_000L;
    System.out.println("aggregating " + scaleCount + " evaluations in one pass ...");
    java.util.List<AggregationScale.Sample> scale = AggregationScale.run(scaleCount, scaleCount / 5);
    String cli = endToEnd(mode.equals("full") ? 3 : 1);
    Files.createDirectories(markdown.toAbsolutePath().getParent());
    String kept = keptSections(markdown);
    Files.writeString(markdown, report(mode, results, json)
        + loadNote(loadBefore, loadAverage())
        + scaleReport(scale)
        + "\n" + cli + kept,
        StandardCharsets.UTF_8);
    System.out.println("wrote " + json + " and " + markdown);
  }

  /** The end-to-end section, measured from the repository in the working directory with {@code runs} runs of each program. */
  static String endToEnd(int runs) throws IOException {
    String before = loadAverage();
    StringBuilder why = new StringBuilder();
    try {
      return CliEndToEnd.measure(Path.of("."), runs, why)
          .map(r -> CliEndToEndReport.section(r, loadNote("the end-to-end runs", before, loadAverage())))
          .orElseGet(() -> CliEndToEndReport.notMeasured(why.toString()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CliEndToEndReport.notMeasured("not measured: interrupted");
    }
  }

  /** The load averages around the run, with a warning when other work shared the machine. */
  static String loadNote(String before, String after) {
    return loadNote("the JMH run", before, after);
  }

  /** The load averages around {@code what}, with the same warning. */
  static String loadNote(String what, String before, String after) {
    String note = "\nLoad average before / after " + what + ": " + before + " / " + after;
    try {
      int cores = Runtime.getRuntime().availableProcessors();
      if (Double.parseDouble(before) > cores || Double.parseDouble(after) > cores) {
        note += " (above the number of cores: other work shared the machine and the figures are noisy)";
      }
    } catch (NumberFormatException unknown) {
      // no load average on this system: nothing to warn about
    }
    return note + ".\n";
  }

  /** The 1-minute load average, where the system tells it. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** The sections of an existing report this suite does not measure (the Spark figures), kept as they are. */
  static String keptSections(Path markdown) throws IOException {
    if (!Files.isRegularFile(markdown)) {
      return "";
    }
    String old = Files.readString(markdown, StandardCharsets.UTF_8);
    int spark = old.indexOf("\n## Spark\n");
    return spark < 0 ? "" : "\n" + old.substring(spark + 1);
  }

  static String scaleReport(java.util.List<AggregationScale.Sample> samples) {
    StringBuilder md = new StringBuilder("\n## Aggregation at scale\n\n"
        + "One `Aggregator` (by subject and quarter) fed evaluations in one pass; heap in use after a "
        + "full collection (`AggregationScale`):\n\n| evaluations | seconds | heap MiB |\n|---:|---:|---:|\n");
    samples.forEach(s -> md.append(String.format(Locale.ROOT, "| %,d | %.1f | %.1f |%n",
        s.evaluations(), s.seconds(), s.heapMiB())));
    return md.toString();
  }

  /** One benchmark's mean time and allocation. */
  record Row(double time, double error, String unit, double bytes) {}

  static String report(String mode, Collection<RunResult> results, Path json) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      Result<?> primary = r.getPrimaryResult();
      double bytes = r.getSecondaryResults().entrySet().stream()
          .filter(e -> e.getKey().endsWith("gc.alloc.rate.norm"))
          .mapToDouble(e -> e.getValue().getScore()).findFirst().orElse(Double.NaN);
      rows.put(name, new Row(primary.getScore(), primary.getScoreError(), primary.getScoreUnit(), bytes));
    }
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n")
        .append("Measured with JMH 1.37 by `BenchmarkSuite` in `").append(mode).append("` mode")
        .append(" (raw results: `").append(json).append("`). Times are means per operation in the unit shown;")
        .append(" ratios compare benchmarks of the same run.\n\n")
        .append("- Machine: ").append(System.getProperty("os.name")).append(' ')
        .append(System.getProperty("os.arch")).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores\n")
        .append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append("\n")
        .append("- Command: `./mvnw -B -pl benchmarks -am package -DskipTests && java -jar ")
        .append("benchmarks/target/benchmarks.jar ").append(mode).append("`\n\n")
        .append("| benchmark | time/op | ± | unit | bytes/op |\n|---|---:|---:|---|---:|\n");
    rows.forEach((name, row) -> md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s | %.0f |%n",
        name, row.time(), row.error(), row.unit(), row.bytes())));
    md.append("\n## Ratios (same run)\n\n| rubric | vs hand-written exact | vs hand-written double | evaluations/s on one core |\n")
        .append("|---|---:|---:|---:|\n");
    for (String seed : new String[] {"seed000", "seed003"}) {
      Row lib = rows.get(seed + "Rubric4j");
      Row exact = rows.get(seed + "HandWrittenExact");
      Row dbl = rows.get(seed + "HandWrittenDouble");
      if (lib != null && exact != null && dbl != null) {
        md.append(String.format(Locale.ROOT, "| %s | %.2f× | %.2f× | %,.0f |%n", seed,
            lib.time() / exact.time(), lib.time() / dbl.time(), 1e9 / lib.time()));
      }
    }
    Row plain = rows.get("seed000Rubric4j");
    Row details = rows.get("seed000Rubric4jWithDetails");
    Row notApplicable = rows.get("seed000Rubric4jOneNotApplicable");
    if (plain != null && details != null && notApplicable != null) {
      md.append(String.format(Locale.ROOT, "%nThe total and grade come from the plan compiled with the rubric. "
          + "Reading every dimension's and indicator's result as well (worked out on first use, in the plan's "
          + "longs) takes %.0f ns in all, %.1f× the total alone; with one indicator n/a, its weight shared out "
          + "among the others, the total takes %.0f ns.%n", details.time(), details.time() / plain.time(),
          notApplicable.time()));
    }
    Row line = rows.get("seed000ResultLine");
    if (details != null && line != null) {
      md.append(String.format(Locale.ROOT, "%nWriting such an evaluation, its details already worked out, as a "
          + "line of result JSON (`ResultWriter`, what `score --format json` does per row): %.0f ns and %.0f "
          + "bytes, %.1f× working out the details.%n", line.time(), line.bytes(), line.time() / details.time()));
    }
    Row single = rows.get("oneIndicatorRubric4j");
    Row dbl000 = rows.get("seed000HandWrittenDouble");
    if (plain != null && single != null && dbl000 != null) {
      md.append(String.format(Locale.ROOT, "%nWhy not within 2× of the `double` method: a rubric of one level "
          + "indicator evaluates in %.0f ns (finding and checking the value, rounding, the grade, the "
          + "`Evaluation` with its total and grade), and each of seed 000's seven more indicators about %.1f ns. "
          + "The hand-written `double` method does all of its work in %.0f ns: it returns a primitive, reads "
          + "typed fields, checks nothing and is not exact.%n",
          single.time(), Math.max(0, plain.time() - single.time()) / 7, dbl000.time()));
    }
    Row load = rows.get("loadYamlRubric");
    Row java = rows.get("buildInJava");
    if (load != null && java != null) {
      md.append(String.format(Locale.ROOT, "%nLoading and validating the seed 003 combined YAML rubric: %.0f µs "
          + "(%.1f× building it in Java).%n", load.time(), load.time() / java.time()));
    }
    Row one = rows.get("oneThread");
    Row two = rows.get("twoThreadsThenMerge");
    if (one != null && two != null) {
      md.append(String.format(Locale.ROOT, "%nAggregating %,d evaluations by subject and quarter: one thread "
          + "%.1f ms, two threads then merge %.1f ms: a %.2f× speed-up on %d cores.%n",
          AggregationBenchmark.PER_OP, one.time(), two.time(), one.time() / two.time(),
          Runtime.getRuntime().availableProcessors()));
    }
    md.append(targets(rows));
    return md.toString();
  }

  /** The targets of docs/design.md and issue 8, each with what this run measured and whether it is met. */
  static String targets(Map<String, Row> rows) {
    StringBuilder md = new StringBuilder("\n## Targets\n\n| target | measured | met |\n|---|---:|---|\n");
    for (String seed : new String[] {"seed000", "seed003"}) {
      Row lib = rows.get(seed + "Rubric4j");
      Row exact = rows.get(seed + "HandWrittenExact");
      Row dbl = rows.get(seed + "HandWrittenDouble");
      if (lib != null && exact != null && dbl != null) {
        double vsExact = lib.time() / exact.time();
        double vsDouble = lib.time() / dbl.time();
        md.append(String.format(Locale.ROOT, "| %s: at most 1.5× the hand-written exact method (goal 1.2×) | %.2f× | %s |%n",
            seed, vsExact, vsExact <= 1.2 ? "yes, goal too" : vsExact <= 1.5 ? "yes" : "no"));
        md.append(String.format(Locale.ROOT, "| %s: within 2× of the hand-written double method | %.2f× | %s |%n",
            seed, vsDouble, vsDouble <= 2 ? "yes" : "no"));
      }
    }
    Row seed000 = rows.get("seed000Rubric4j");
    Row details = rows.get("seed000Rubric4jWithDetails");
    if (seed000 != null && details != null) {
      double ratio = details.time() / seed000.time();
      md.append(String.format(Locale.ROOT, "| seed000: evaluation with every node's result at most 3× the total alone | %.2f× | %s |%n",
          ratio, ratio <= 3 ? "yes" : "no"));
    }
    for (String build : new String[] {"seed000BuildFromText", "seed000BuildTyped"}) {
      Row built = rows.get(build);
      if (seed000 != null && built != null) {
        double ratio = built.time() / seed000.time();
        md.append(String.format(Locale.ROOT, "| %s: building 8 values at most the cost of evaluating them | %.2f× | %s |%n",
            build, ratio, ratio <= 1 ? "yes" : "no"));
      }
    }
    if (seed000 != null) {
      double perSecond = 1e9 / seed000.time();
      md.append(String.format(Locale.ROOT, "| seed000: at least 1 000 000 evaluations/s on one core | %,.0f | %s |%n",
          perSecond, perSecond >= 1_000_000 ? "yes" : "no"));
    }
    Row one = rows.get("oneThread");
    Row two = rows.get("twoThreadsThenMerge");
    if (one != null && two != null) {
      double speedUp = one.time() / two.time();
      md.append(String.format(Locale.ROOT, "| two threads then merge at least 1.7× one thread | %.2f× | %s |%n",
          speedUp, speedUp >= 1.7 ? "yes" : "no"));
    }
    return md.toString();
  }
}
