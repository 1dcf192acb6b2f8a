package org.rubric4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child is measured when it ends, and stopped with what it started when it takes too long. */
class ChildRunTest {

  @TempDir
  Path dir;

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void aChildIsMeasuredWithItsExitCode() throws IOException, InterruptedException {
    ChildRun.Measured m = ChildRun.run(List.of(java(), "-version"), dir.resolve("log"), 60);
    assertThat(m.exit()).isZero();
    assertThat(m.timedOut()).isFalse();
    assertThat(m.wallSeconds()).isPositive();
    assertThat(m.cpuSeconds().isPresent()).isEqualTo(ChildRun.gnuTimeAvailable());
    if (ChildRun.gnuTimeAvailable()) {
      assertThat(m.peakRssKiB().getAsLong()).isGreaterThan(1024); // a JVM takes more than a MiB
    }
    assertThat(Files.readString(dir.resolve("log"))).contains("version");
  }

  @Test
  void aChildTakingTooLongIsStoppedWithTheProcessesItStarted() throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sleep")));
    String unique = "29." + ProcessHandle.current().pid(); // to find this test's sleep among all processes
    ChildRun.Measured m = ChildRun.run(List.of("/bin/sleep", unique), dir.resolve("log"), 0.5);
    assertThat(m.timedOut()).isTrue();
    assertThat(m.wallSeconds()).isLessThan(10);
    // Under GNU time the sleep is time's child: killing time alone would leave it running, orphaned.
    Thread.sleep(200);
    assertThat(ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().orElse("").endsWith("sleep " + unique))).isEmpty();
  }
}
