package org.rubric4j.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.rubric4j.Rubric;
import org.rubric4j.yaml.RubricReader;

/** One local[2] Spark session for every test class of the fork, and the seed files. */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  /** The session: two worker threads, no UI, bound to the loopback address only. */
  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .appName("rubric4j-spark-tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.sql.session.timeZone", "UTC")
          .getOrCreate();
    }
    return session;
  }

  /** A seed rubric of rubric4j-samples, such as {@code crm-service-quality}. */
  static Rubric rubric(String id) {
    try (InputStream in = resource("/rubrics/" + id + ".yaml")) {
      return RubricReader.create().read(in, org.rubric4j.yaml.RubricFormat.YAML, id + ".yaml").rubric();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the seed rubric file {@code id} (such as {@code crm-service-quality}) into {@code dir}. */
  static Path rubricFile(String id, Path dir) {
    return copy("/rubrics/" + id + ".yaml", dir);
  }

  /** Copies the sample file {@code name} (such as {@code crm-service-quality.csv}) into {@code dir}. */
  static Path sample(String name, Path dir) {
    return copy("/samples/" + name, dir);
  }

  private static Path copy(String resource, Path dir) {
    try (InputStream in = resource(resource)) {
      Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
      Files.copy(in, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The observations of a CSV file as Spark reads them: header, every value as text. */
  static Dataset<Row> csv(Path file) {
    return session().read()
        .option("header", "true")
        .option("escape", "\"")
        .option("multiLine", "true")
        .csv(file.toString());
  }

  private static InputStream resource(String path) {
    return Objects.requireNonNull(LocalSpark.class.getResourceAsStream(path), path);
  }
}
