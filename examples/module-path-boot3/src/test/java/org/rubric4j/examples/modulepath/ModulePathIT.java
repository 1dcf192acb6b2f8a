package org.rubric4j.examples.modulepath;

import com.jayway.jsonpath.JsonPath;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rubric4j.Rubric;
import org.rubric4j.yaml.ObservationReader;
import org.rubric4j.yaml.ResultWriter;
import org.rubric4j.yaml.RubricReader;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service started in its own JVM with {@code java --module-path ... --module
 * org.rubric4j.examples.modulepath/...}, under Spring Boot's own dependency management (and the
 * overrides of this module's POM), driven over HTTP on a free port. This JVM only drives it: it
 * runs on the class path, the service on the module path.
 */
class ModulePathIT {

  static final String MODULE = "org.rubric4j.examples.modulepath";
  static final String MAIN = MODULE + "/" + MODULE + ".ModulePathApplication";
  static final Duration START = Duration.ofSeconds(90);
  static final Duration STOP = Duration.ofSeconds(10);
  static final Pattern PORT = Pattern.compile("Tomcat started on port\\D*(\\d+)");

  static final String GOOD = """
      {"id": "ev-1", "subject": "agent-007", "period": "2024-09",
       "values": {"first-response-time": "4h", "resolution-time": "20h", "first-contact-resolution": "85%",
                  "solution-quality": 4, "communication-clarity": 5, "expertise": 4, "emotion-care": 5,
                  "follow-up-visits": 3}}""";

  static Process service;
  static Path log;
  static URI base;
  static final Thread STOP_ON_EXIT = new Thread(ModulePathIT::stop, "stop module-path service");

  @BeforeAll
  static void startTheServiceOnTheModulePath() throws Exception {
    Path target = Path.of(System.getProperty("modulepath.target", "target"));
    Path dependencies = target.resolve("module-path.txt");
    Path jar = Path.of(System.getProperty("modulepath.jar"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(System.getProperty("modulepath.jvm.options", "").trim().split("\\s+")));
    command.removeIf(String::isEmpty);
    command.add("--module-path");
    command.add(jar + File.pathSeparator + Files.readString(dependencies, StandardCharsets.UTF_8).trim());
    command.add("--module");
    command.add(MAIN);
    Path dir = Files.createDirectories(target.resolve("module-path-it"));
    log = dir.resolve("service.log");
    Files.writeString(dir.resolve("service.command"), String.join(" ", command) + "\n");
    service = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Runtime.getRuntime().addShutdownHook(STOP_ON_EXIT);
    base = URI.create("http://127.0.0.1:" + awaitPort() + "/");
  }

  @AfterAll
  static void stopTheService() {
    stop();
    Runtime.getRuntime().removeShutdownHook(STOP_ON_EXIT);
    assertThat(service == null || !service.isAlive()).as("the service is stopped").isTrue();
  }

  /** SIGTERM, {@link #STOP} to end; then SIGKILL and as long again. */
  static void stop() {
    if (service == null) {
      return;
    }
    try {
      service.destroy();
      if (!service.waitFor(STOP.toMillis(), TimeUnit.MILLISECONDS)) {
        service.destroyForcibly().waitFor(STOP.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      service.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** The port from the log line "Tomcat started on port N", while the service lives, for at most {@link #START}. */
  static int awaitPort() throws IOException, InterruptedException {
    long end = System.nanoTime() + START.toNanos();
    while (true) {
      Matcher m = PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      if (!service.isAlive()) {
        throw new AssertionError("the service ended with " + service.exitValue() + " before it listened:\n" + Files.readString(log));
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("the service did not listen within " + START + ":\n" + Files.readString(log));
      }
      Thread.sleep(200);
    }
  }

  /** A status and a body. */
  record Response(int statusCode, String body) {}

  static Response get(String path) throws IOException {
    return send(path, null);
  }

  static Response post(String path, String json) throws IOException {
    return send(path, json);
  }

  /** {@code java.net.HttpURLConnection}: the tests are compiled into the module, which reads java.base only. */
  static Response send(String path, String json) throws IOException {
    HttpURLConnection c = (HttpURLConnection) base.resolve(path).toURL().openConnection();
    c.setConnectTimeout(10_000);
    c.setReadTimeout(30_000);
    if (json != null) {
      c.setRequestMethod("POST");
      c.setRequestProperty("Content-Type", "application/json");
      c.setDoOutput(true);
      try (OutputStream out = c.getOutputStream()) {
        out.write(json.getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      int status = c.getResponseCode();
      try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
        return new Response(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } finally {
      c.disconnect();
    }
  }

  @Test
  void rubric4jAndTheApplicationAreNamedModules() throws Exception {
    Response response = get("modules");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat((String) JsonPath.read(response.body(), "$.application")).isEqualTo(MODULE);
    assertThat((String) JsonPath.read(response.body(), "$.rubric4j")).isEqualTo("org.rubric4j");
    assertThat((String) JsonPath.read(response.body(), "$['rubric4j-yaml']")).isEqualTo("org.rubric4j.yaml");
    assertThat((String) JsonPath.read(response.body(), "$.starter")).isEqualTo("org.rubric4j.spring");
  }

  @Test
  void postingAnObservationGivesTheResultJsonOfTheClassPathNumberForNumber() throws Exception {
    Rubric rubric = RubricReader.create().readResource("rubrics/crm-service-quality.yaml").rubric();
    String expected = ResultWriter.create().toJson(rubric.evaluate(ObservationReader.create().readOne(GOOD)));
    Response response = post("rubrics/crm-service-quality/evaluations", GOOD);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(expected).contains("\"total\":4.10,");
  }

  @Test
  void aBadObservationGivesOne422WithEveryReason() throws Exception {
    Response response = post("rubrics/crm-service-quality/evaluations",
        "{\"id\": \"ev-2\", \"values\": {\"first-contact-resolution\": \"85\", \"solution-quality\": 9}}");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat((String) JsonPath.read(response.body(), "$.evaluation")).isEqualTo("ev-2");
    List<String> problems = JsonPath.read(response.body(), "$.problems");
    // both bad values, and the six indicators without one
    assertThat(problems).hasSize(8).containsOnly("invalid-value", "missing-value");
  }

  @Test
  void actuatorHealthAndInfoShowTheRubrics() throws Exception {
    Response info = get("actuator/info");
    assertThat(info.statusCode()).isEqualTo(200);
    List<String> ids = JsonPath.read(info.body(), "$.rubric4j.rubrics[*].id");
    assertThat(ids).contains("crm-service-quality", "service-standards-monthly");
    Response health = get("actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat((String) JsonPath.read(health.body(), "$.components.rubric4j.status")).isEqualTo("UP");
    assertThat((Integer) JsonPath.read(health.body(), "$.components.rubric4j.details.rubrics")).isEqualTo(ids.size());
  }
}
