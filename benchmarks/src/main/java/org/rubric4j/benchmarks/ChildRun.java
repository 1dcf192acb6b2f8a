package org.rubric4j.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a child process and measures it: wall time always, and, when GNU time is
 * installed ({@code /usr/bin/time} taking {@code -f} and {@code -o}), the child's CPU time
 * (user + sys) and peak resident memory. A JVM's CPU time includes its compiler and collector
 * threads, so it may exceed the wall time on several cores; it is what the work costs.
 */
final class ChildRun {

  /** What one run measured; CPU and RSS are empty when GNU time is not available. */
  record Measured(int exit, boolean timedOut, double wallSeconds, OptionalDouble cpuSeconds, OptionalLong peakRssKiB) {}

  private static final Path GNU_TIME = Path.of("/usr/bin/time");
  private static Boolean gnuTime;

  private ChildRun() {}

  /** Whether {@code /usr/bin/time} is GNU time (BSD's and busybox's take no {@code -o} or no {@code %M}). */
  static synchronized boolean gnuTimeAvailable() {
    if (gnuTime == null) {
      gnuTime = false;
      if (Files.isExecutable(GNU_TIME)) {
        try {
          Path probe = Files.createTempFile("rubric4j-time-", ".txt");
          try {
            Process p = new ProcessBuilder(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o", probe.toString(), "true")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            gnuTime = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0
                && Files.readString(probe).trim().split("\\s+").length == 4;
          } finally {
            Files.deleteIfExists(probe);
          }
        } catch (IOException e) {
          gnuTime = false;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    return gnuTime;
  }

  /**
   * Runs {@code command}, its output and errors into {@code log}; a run longer than
   * {@code timeoutSeconds} is stopped (the child and every process it started) and says so.
   */
  static Measured run(List<String> command, Path log, double timeoutSeconds) throws IOException, InterruptedException {
    boolean timed = gnuTimeAvailable();
    Path times = timed ? Files.createTempFile("rubric4j-time-", ".txt") : null;
    try {
      List<String> full = new ArrayList<>();
      if (timed) {
        full.addAll(List.of(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o", times.toString()));
      }
      full.addAll(command);
      long start = System.nanoTime();
      Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      boolean finished = p.waitFor((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS);
      double wall = (System.nanoTime() - start) / 1e9;
      if (!finished) {
        // time's child is the JVM: stop it too, or it would go on running after its parent.
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor();
        return new Measured(-1, true, wall, OptionalDouble.empty(), OptionalLong.empty());
      }
      int exit = p.exitValue();
      if (!timed) {
        return new Measured(exit, false, wall, OptionalDouble.empty(), OptionalLong.empty());
      }
      // GNU time writes "Command exited with non-zero status N" first when the command failed.
      List<String> lines = Files.readAllLines(times, StandardCharsets.UTF_8);
      String[] f = lines.get(lines.size() - 1).trim().split("\\s+");
      double cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
      return new Measured(exit, false, wall, OptionalDouble.of(cpu), OptionalLong.of(Long.parseLong(f[3])));
    } finally {
      if (times != null) {
        Files.deleteIfExists(times);
      }
    }
  }

  /** The last {@code n} lines of a child's log, for a message when it failed. */
  static String tail(Path log, int n) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join(" / ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    } catch (IOException | RuntimeException e) {
      return "(no log)";
    }
  }
}
