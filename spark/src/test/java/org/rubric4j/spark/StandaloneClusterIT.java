package org.rubric4j.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ScoreReportJob} submitted with {@code SparkSubmit} to a Spark standalone cluster on
 * 127.0.0.1 (a master and two workers in their own JVMs, an executor on each worker) writes the
 * {@code results/}, {@code errors/} and {@code groups/} that the single JVM computes from the same
 * rows, bad rows included.
 *
 * <p>Run by Failsafe after {@code package}, which makes {@code target/spark-home} (Spark's jars from
 * Maven, and its JVM options), {@code target/lib} (the job's dependencies) and the module's jar.
 * The README's Spark section shows the same commands.
 */
class StandaloneClusterIT {

  private static final String RUBRIC = "crm-service-quality";

  @Test
  void theJobOnAMasterAndTwoWorkersWritesWhatTheSingleJvmComputes() throws Exception {
    Path sparkHome = path("rubric4j.spark.home");
    Path lib = path("rubric4j.spark.lib");
    Path jar = path("rubric4j.spark.jar");
    Path dir = Path.of(System.getProperty("rubric4j.spark.work"));
    delete(dir);
    Path input = Files.createDirectories(dir.resolve("input"));
    Path rubricFile = LocalSpark.rubricFile(RUBRIC, input);
    Path csv = LocalSpark.sample(RUBRIC + ".bad-rows.csv", input);
    Path out = dir.resolve("out");
    Rubric rubric = LocalSpark.rubric(RUBRIC);
    Reference expected = Reference.of(rubric, csv);
    assertThat(expected.bad()).as("the sample has bad rows").isNotEmpty();

    int exit;
    Path log;
    Path output;
    try (StandaloneCluster cluster = StandaloneCluster.start(sparkHome, dir, 2)) {
      List<String> args = new ArrayList<>(List.of(
          "--master", cluster.masterUrl(),
          "--class", ScoreReportJob.class.getName(),
          "--jars", jars(lib),
          "--conf", "spark.driver.host=127.0.0.1",
          "--conf", "spark.driver.bindAddress=127.0.0.1",
          "--conf", "spark.ui.enabled=false",
          "--conf", "spark.executor.cores=1",
          "--conf", "spark.executor.memory=512m",
          "--conf", "spark.cores.max=2",
          // both executors registered before the first task, so both take part
          "--conf", "spark.scheduler.minRegisteredResourcesRatio=1",
          "--conf", "spark.sql.shuffle.partitions=4"));
      args.addAll(List.of(jar.toString(), rubricFile.toString(), csv.toString(), out.toString(), "subject"));
      exit = cluster.submit(args);
      log = cluster.log("submit");
      output = cluster.output("submit");
    }

    assertThat(exit).as("spark-submit's exit code; its log is %s", log).isZero();
    assertThat(Files.readString(output)).contains(String.format(Locale.ROOT,
        "rubric4j: %d rows read, %d scored, %d could not be scored (see errors/)",
        expected.rows(), expected.scored().size(), expected.bad().size()));
    for (String worker : List.of("worker-1", "worker-2")) {
      // a worker starts an executor in WORK_DIR/APP_ID/EXECUTOR_ID, with its output in stderr
      try (Stream<Path> files = Files.walk(dir.resolve(worker), 3)) {
        List<Path> executors = files.filter(p -> p.getFileName().toString().equals("stderr")).toList();
        assertThat(executors).as("executors started by " + worker).hasSize(1);
        assertThat(Files.readString(executors.get(0))).as(executors.get(0).toString())
            .contains("Successfully registered with driver");
      }
    }
    SameAsSingleJvm.assertReport(out, "csv", rubric, expected);
  }

  private static Path path(String property) {
    Path p = Path.of(System.getProperty(property, "(" + property + " is not set: run this test with Failsafe)"));
    assertThat(p).as(property).exists();
    return p;
  }

  /** The job's dependencies (the jars of target/lib), as spark-submit's --jars takes them. */
  private static String jars(Path lib) throws IOException {
    try (Stream<Path> files = Files.list(lib)) {
      return files.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toString)
          .collect(Collectors.joining(","));
    }
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
