package org.rubric4j.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.rubric4j.Rubric;
import org.rubric4j.cli.SampleDataGenerator;
import org.rubric4j.yaml.RubricReader;

/**
 * The command-line tool end to end, as a user runs it: each run a JVM of its own, started from
 * the same JDK as this one, JVM start included. On generated seed 000 CSV of 100 000 and
 * 1 000 000 rows it measures {@code rubric4j score --format csv}, the {@link HandWrittenPipeline}
 * doing the same work, and at 1 000 000 rows {@code rubric4j report --format json}: wall time,
 * CPU time and peak RSS ({@link ChildRun}), the median of each over the runs. It also finds the
 * smallest {@code -Xmx} with which {@code score} and {@code report} finish the million rows, and
 * checks that the tool and the pipeline wrote the same bytes.
 *
 * <p>Data are generated once into a temporary directory, deleted afterwards (about 110 MB; the
 * generator holds the million rows in memory, so this JVM needs about 1 GB of heap).
 */
final class CliEndToEnd {

  /**
   * The sizes measured: 100 000 and 1 000 000 rows, or those of the system property
   * {@code rubric4j.endToEnd.rows} ({@code 2000,20000}), to check the harness in seconds.
   */
  static final int[] SIZES = java.util.Arrays.stream(System.getProperty("rubric4j.endToEnd.rows", "100000,1000000")
      .split(",")).mapToInt(v -> Integer.parseInt(v.strip())).sorted().toArray();
  /** The heaps tried, in order, for the smallest that finishes the largest size. */
  static final String[] HEAPS = {"16m", "32m", "64m", "128m", "256m", "512m", "1g", "2g"};

  /** The programs measured. */
  enum Program {
    SCORE("`rubric4j score --format csv`", "`rubric4j score`"),
    /** The same command started by the checkout's launcher, which runs it with its class-data archive. */
    SCORE_LAUNCHER("`./rubric4j score --format csv` (class-data archive)", "`./rubric4j score`"),
    HAND_WRITTEN("hand-written pipeline", "hand-written pipeline"),
    REPORT("`rubric4j report --format json`", "`rubric4j report`");

    /** As the table names it, and as a sentence does. */
    final String label;
    final String shortName;

    Program(String label, String shortName) {
      this.label = label;
      this.shortName = shortName;
    }
  }

  /** The medians of one program's runs at one size. */
  record Timing(Program program, int rows, double wallSeconds, OptionalDouble cpuSeconds, OptionalLong peakRssKiB) {}

  /**
   * Everything measured.
   *
   * @param timings every program at every size it runs at
   * @param identical by size: whether {@code score} and the pipeline wrote the same bytes
   * @param smallestHeap by program ({@code score}, {@code report}): the smallest heap that finished, or why none
   * @param dataBytes by size: the size of the CSV
   * @param runs how many runs each median is of
   * @param gnuTime whether CPU time and RSS were measured
   */
  record Results(List<Timing> timings, Map<Integer, Boolean> identical, Map<Program, String> smallestHeap,
      Map<Integer, Long> dataBytes, int runs, boolean gnuTime) {}

  private final Path rubricFile;
  private final Path cliJar;
  private final Path launcher;
  private final Path benchmarksJar;
  private final Path work;
  private final String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private CliEndToEnd(Path root, Path work) {
    this.rubricFile = root.resolve("samples/src/main/resources/rubrics/crm-service-quality.yaml");
    this.cliJar = root.resolve("cli/target/rubric4j-cli.jar");
    this.launcher = root.resolve("rubric4j");
    this.benchmarksJar = root.resolve("benchmarks/target/benchmarks.jar");
    this.work = work;
  }

  /**
   * Measures everything, {@code runs} runs of each, from the repository at {@code root}.
   *
   * @return the results, or empty with {@code why} filled when something could not be run
   */
  static Optional<Results> measure(Path root, int runs, StringBuilder why) throws IOException, InterruptedException {
    for (String needed : new String[] {"cli/target/rubric4j-cli.jar", "benchmarks/target/benchmarks.jar",
        "samples/src/main/resources/rubrics/crm-service-quality.yaml", "rubric4j"}) {
      if (!Files.isRegularFile(root.resolve(needed))) {
        why.append("not measured: ").append(needed).append(" is missing; run ./mvnw -B -pl benchmarks -am package -DskipTests");
        return Optional.empty();
      }
    }
    Path work = Files.createTempDirectory("rubric4j-end-to-end-");
    try {
      return new CliEndToEnd(root, work).measure(runs, why);
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private Optional<Results> measure(int runs, StringBuilder why) throws IOException, InterruptedException {
    // The launcher's first run after a build makes its class-data archive (and would build a
    // stale jar): done here, before anything is timed.
    Path prepared = work.resolve("launcher-prepare.log");
    ChildRun.Measured first = ChildRun.run(launcherCommand(List.of("--version")), prepared, 600);
    if (first.exit() != 0) {
      why.append("not measured: `./rubric4j --version` exited with ").append(first.exit()).append(": ")
          .append(ChildRun.tail(prepared, 3));
      return Optional.empty();
    }
    Map<Integer, Long> dataBytes = new LinkedHashMap<>();
    for (int rows : SIZES) {
      System.out.printf("end to end: generating %,d rows ...%n", rows);
      dataBytes.put(rows, generate(rows));
    }
    // Runs interleaved (every program once, then again), so that load from other work on the
    // machine falls on all of them alike rather than on whichever ran at the time.
    Map<String, List<ChildRun.Measured>> samples = new LinkedHashMap<>();
    for (int run = 1; run <= runs; run++) {
      for (int rows : SIZES) {
        for (Program program : programsAt(rows)) {
          System.out.printf("end to end: %s, %,d rows, run %d of %d%n", program.label, rows, run, runs);
          ChildRun.Measured m = runOnce(program, rows, null, 3_600);
          if (m.exit() != 0) {
            why.append("not measured: ").append(program.label).append(" on ").append(rows).append(" rows ")
                .append(m.timedOut() ? "took more than an hour" : "exited with " + m.exit()).append(": ")
                .append(ChildRun.tail(log(program, rows), 3));
            return Optional.empty();
          }
          samples.computeIfAbsent(program + "@" + rows, k -> new ArrayList<>()).add(m);
        }
      }
    }
    List<Timing> timings = new ArrayList<>();
    Map<Integer, Boolean> identical = new LinkedHashMap<>();
    for (int rows : SIZES) {
      for (Program program : programsAt(rows)) {
        timings.add(median(program, rows, samples.get(program + "@" + rows)));
      }
      identical.put(rows, Files.mismatch(output(Program.SCORE, rows), output(Program.HAND_WRITTEN, rows)) == -1
          && Files.mismatch(output(Program.SCORE_LAUNCHER, rows), output(Program.HAND_WRITTEN, rows)) == -1);
    }
    int largest = SIZES[SIZES.length - 1];
    Map<Program, String> smallestHeap = new LinkedHashMap<>();
    for (Program program : new Program[] {Program.SCORE, Program.REPORT}) {
      double wall = timings.stream().filter(t -> t.program() == program && t.rows() == largest)
          .findFirst().orElseThrow().wallSeconds();
      smallestHeap.put(program, smallestHeap(program, largest, wall));
    }
    return Optional.of(new Results(timings, identical, smallestHeap, dataBytes, runs, ChildRun.gnuTimeAvailable()));
  }

  /** The report runs at the largest size only: it is there to show what a report costs beside scoring. */
  private static List<Program> programsAt(int rows) {
    return rows == SIZES[SIZES.length - 1] ? List.of(Program.values())
        : List.of(Program.SCORE, Program.SCORE_LAUNCHER, Program.HAND_WRITTEN);
  }

  /**
   * The first heap of {@link #HEAPS} with which {@code program} finishes; a heap only just too
   * small can keep the collector busy for a long time, so a run over ten times the default
   * heap's wall time (a minute at least) counts as not finishing.
   */
  private String smallestHeap(Program program, int rows, double wallSeconds) throws IOException, InterruptedException {
    double timeout = Math.max(60, 10 * wallSeconds);
    for (String heap : HEAPS) {
      System.out.printf("end to end: %s, %,d rows, -Xmx%s%n", program.label, rows, heap);
      ChildRun.Measured m = runOnce(program, rows, heap, timeout);
      if (m.exit() == 0) {
        return heap;
      }
    }
    return "more than " + HEAPS[HEAPS.length - 1];
  }

  private ChildRun.Measured runOnce(Program program, int rows, String heap, double timeoutSeconds)
      throws IOException, InterruptedException {
    if (program == Program.SCORE_LAUNCHER) {
      return ChildRun.run(launcherCommand(List.of("score", rubricFile.toString(), data(rows).toString(),
          "--format", "csv", "-o", output(program, rows).toString())), log(program, rows), timeoutSeconds);
    }
    List<String> command = new ArrayList<>(List.of(javaCommand));
    if (heap != null) {
      command.add("-Xmx" + heap);
    }
    String data = data(rows).toString();
    String out = output(program, rows).toString();
    command.addAll(switch (program) {
      case SCORE -> List.of("-jar", cliJar.toString(), "score", rubricFile.toString(), data, "--format", "csv", "-o", out);
      case SCORE_LAUNCHER -> throw new IllegalStateException("started by the launcher above");
      case HAND_WRITTEN -> List.of("-cp", benchmarksJar.toString(), HandWrittenPipeline.class.getName(), data, out);
      case REPORT -> List.of("-jar", cliJar.toString(), "report", rubricFile.toString(), data, "--format", "json", "-o", out);
    });
    return ChildRun.run(command, log(program, rows), timeoutSeconds);
  }

  /** The launcher with {@code arguments}, on this JVM (its {@code JAVA_HOME}), as a user runs it. */
  private List<String> launcherCommand(List<String> arguments) {
    List<String> command = new ArrayList<>(List.of("env", "JAVA_HOME=" + System.getProperty("java.home"), "sh",
        launcher.toString()));
    command.addAll(arguments);
    return command;
  }

  /** Seed 000's sample profile enlarged to {@code rows} rows over 50 agents, with its n/a values; the file's size. */
  private long generate(int rows) throws IOException {
    Rubric rubric = RubricReader.create().read(rubricFile).rubric();
    SampleDataGenerator.Profile sample = SampleDataGenerator.profiles().get("crm-service-quality");
    SampleDataGenerator.Profile big = new SampleDataGenerator.Profile(rows, sample.subjectPrefix(), 50,
        sample.tags(), false, sample.notApplicableRate(), 0, 7);
    Files.writeString(data(rows), SampleDataGenerator.csv(rubric, big), StandardCharsets.UTF_8);
    return Files.size(data(rows));
  }

  private Path data(int rows) {
    return work.resolve("crm-" + rows + ".csv");
  }

  private Path output(Program program, int rows) {
    return work.resolve(program.name().toLowerCase(Locale.ROOT) + "-" + rows + (program == Program.REPORT ? ".json" : ".csv"));
  }

  private Path log(Program program, int rows) {
    return work.resolve(program.name().toLowerCase(Locale.ROOT) + "-" + rows + ".log");
  }

  /** The median of each measure on its own (for three runs, the middle one). */
  static Timing median(Program program, int rows, List<ChildRun.Measured> runs) {
    double[] wall = runs.stream().mapToDouble(ChildRun.Measured::wallSeconds).sorted().toArray();
    double[] cpu = runs.stream().flatMapToDouble(m -> m.cpuSeconds().stream()).sorted().toArray();
    long[] rss = runs.stream().flatMapToLong(m -> m.peakRssKiB().stream()).sorted().toArray();
    return new Timing(program, rows, wall[(wall.length - 1) / 2],
        cpu.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(cpu[(cpu.length - 1) / 2]),
        rss.length == 0 ? OptionalLong.empty() : OptionalLong.of(rss[(rss.length - 1) / 2]));
  }
}
