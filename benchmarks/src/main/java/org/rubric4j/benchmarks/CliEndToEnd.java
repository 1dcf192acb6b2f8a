package org.rubric4j.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.rubric4j.Rubric;
import org.rubric4j.cli.SampleDataGenerator;
import org.rubric4j.yaml.RubricReader;

/**
 * Wall time of the command-line tool, JVM start included: {@code rubric4j score} on a
 * generated 100 000-row CSV with the seed 000 rubric, as a user would run it.
 */
final class CliEndToEnd {

  private CliEndToEnd() {}

  /** The median of {@code runs} wall times in seconds, or a sentence saying why it was not measured. */
  static String measure(Path root, int rows, int runs) throws IOException, InterruptedException {
    Path jar = root.resolve("cli/target/rubric4j-cli.jar");
    Path rubricFile = root.resolve("samples/src/main/resources/rubrics/crm-service-quality.yaml");
    if (!Files.isRegularFile(jar) || !Files.isRegularFile(rubricFile)) {
      return "not measured: build cli/target/rubric4j-cli.jar first (./mvnw -B -pl cli -am package)";
    }
    Rubric rubric = RubricReader.create().read(rubricFile).rubric();
    SampleDataGenerator.Profile sample = SampleDataGenerator.profiles().get("crm-service-quality");
    SampleDataGenerator.Profile big = new SampleDataGenerator.Profile(rows, sample.subjectPrefix(), 50,
        sample.tags(), false, sample.notApplicableRate(), 0, 7);
    Path csv = Files.createTempFile("rubric4j-", ".csv");
    Path out = Files.createTempFile("rubric4j-", ".jsonl");
    try {
      Files.writeString(csv, SampleDataGenerator.csv(rubric, big), StandardCharsets.UTF_8);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<Double> seconds = new ArrayList<>();
      for (int k = 0; k < runs; k++) {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "score", rubricFile.toString(),
            csv.toString(), "--format", "json", "--output", out.toString())
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = p.waitFor();
        if (exit != 0) {
          return "not measured: the tool exited with " + exit;
        }
        seconds.add((System.nanoTime() - start) / 1e9);
      }
      Collections.sort(seconds);
      double median = seconds.get(seconds.size() / 2);
      return String.format(Locale.ROOT, "%.2f s for %,d rows (median of %d runs, JVM start included): %,.0f rows/s",
          median, rows, runs, rows / median);
    } finally {
      Files.deleteIfExists(csv);
      Files.deleteIfExists(out);
    }
  }
}
