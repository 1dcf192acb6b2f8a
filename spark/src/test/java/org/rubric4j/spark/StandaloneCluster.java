package org.rubric4j.spark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Spark standalone cluster on 127.0.0.1, every process in its own JVM started from a Spark home
 * made of Maven dependencies ({@code jars/}, and {@code jvm.options}, the JVM options Spark needs on
 * Java 17 as a {@code java} argument file): a master, workers, and {@code SparkSubmit}s; the
 * workers start the executors. The {@code java} commands of the README, the master on ports the
 * system picks.
 *
 * <p>{@link #close()} stops every process it started and every descendant it saw (the executors),
 * SIGTERM first, then SIGKILL, each wait bounded, and fails naming any that survived; a shutdown
 * hook does the same if the test JVM ends first.
 */
final class StandaloneCluster implements AutoCloseable {

  /** The longest wait for a process to be ready: a guard against hanging, not a measure. */
  private static final Duration READY = Duration.ofMinutes(5);
  /** How long a process has to end after SIGTERM, and then after SIGKILL. */
  private static final Duration STOP = Duration.ofSeconds(20);
  private static final Duration POLL = Duration.ofMillis(500);

  private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://\\S+)");
  private static final Pattern WEB_UI = Pattern.compile("Bound MasterWebUI to \\S+, and started at http://[^:/\\s]+:(\\d+)");
  private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

  private final Path sparkHome;
  private final Path dir;
  /** What it started, in order, and each one's descendants seen so far. */
  private final List<Process> started = new ArrayList<>();
  private final Set<ProcessHandle> seen = new LinkedHashSet<>();
  private final Thread hook = new Thread(this::kill, "stop the Spark standalone cluster");
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private String masterUrl;
  private int webUiPort;

  private StandaloneCluster(Path sparkHome, Path dir) {
    this.sparkHome = sparkHome;
    this.dir = dir;
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Starts a master and {@code workers} workers (1 core, 512 MiB each) from {@code sparkHome},
   * with logs and work directories under {@code dir}, and waits until every worker has registered.
   */
  static StandaloneCluster start(Path sparkHome, Path dir, int workers) throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("logs"));
    StandaloneCluster cluster = new StandaloneCluster(sparkHome, dir);
    try {
      Process master = cluster.launch("master", List.of("-Xmx256m", "-Dspark.master.rest.enabled=false"),
          "org.apache.spark.deploy.master.Master", List.of("--host", "127.0.0.1", "--port", "0", "--webui-port", "0"));
      cluster.masterUrl = cluster.await("the master's URL in " + cluster.log("master"), master,
          () -> cluster.logged("master", MASTER_URL));
      cluster.webUiPort = Integer.parseInt(cluster.await("the master's web UI in " + cluster.log("master"), master,
          () -> cluster.logged("master", WEB_UI)));
      List<Process> needed = new ArrayList<>(List.of(master));
      for (int i = 1; i <= workers; i++) {
        Path work = Files.createDirectories(dir.resolve("worker-" + i));
        needed.add(cluster.launch("worker-" + i, List.of("-Xmx256m"), "org.apache.spark.deploy.worker.Worker",
            List.of("--host", "127.0.0.1", "--webui-port", "0", "--cores", "1", "--memory", "512m",
                "--work-dir", work.toString(), cluster.masterUrl)));
      }
      cluster.await(workers + " workers registered with " + cluster.masterUrl, needed,
          () -> cluster.aliveWorkers() == workers ? Optional.of(true) : Optional.empty());
      return cluster;
    } catch (Throwable e) {
      try {
        cluster.close();
      } catch (RuntimeException stop) {
        e.addSuppressed(stop);
      }
      throw e;
    }
  }

  /** {@code spark://127.0.0.1:PORT}. */
  String masterUrl() {
    return masterUrl;
  }

  /** The master's state as JSON, from its web UI: workers, applications. */
  private String masterJson() throws IOException, InterruptedException {
    HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webUiPort + "/json/"))
        .timeout(Duration.ofSeconds(10)).build();
    HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + get.uri() + ": HTTP " + response.statusCode());
    }
    return response.body();
  }

  /**
   * Runs {@code org.apache.spark.deploy.SparkSubmit} with {@code args} (512 MiB: the driver runs
   * in it) until it ends; its output goes to {@link #output output("submit")}, its log to
   * {@link #log log("submit")}.
   *
   * @return its exit code
   * @throws AssertionError when it has not ended after the longest wait ({@link #close()} stops it)
   */
  int submit(List<String> args) throws IOException, InterruptedException {
    Process submit = launch("submit", List.of("-Xmx512m"), "org.apache.spark.deploy.SparkSubmit", args);
    await("spark-submit to end; its log is " + log("submit"), List.of(),
        () -> submit.isAlive() ? Optional.empty() : Optional.of(true));
    return submit.exitValue();
  }

  /**
   * The log of process {@code name} ({@code master}, {@code worker-N} or {@code submit}): its
   * standard error, where Spark logs.
   */
  Path log(String name) {
    return dir.resolve("logs").resolve(name + ".log");
  }

  /** The standard output of process {@code name}: what the job prints, for {@code submit}. */
  Path output(String name) {
    return dir.resolve("logs").resolve(name + ".out");
  }

  private Process launch(String name, List<String> jvmOptions, String mainClass, List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("@" + sparkHome.resolve("jvm.options"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(sparkHome.resolve("jars") + File.separator + "*");
    command.add(mainClass);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(output(name).toFile()).redirectError(log(name).toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("SPARK_"));
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    // the scratch space of the driver and the executors (shuffle files, fetched jars) under dir too
    env.put("SPARK_LOCAL_DIRS", dir.resolve("local").toString());
    // what bin/load-spark-env.sh sets; the workers' launcher needs it to find jars/ for the executors
    env.put("SPARK_SCALA_VERSION", "2.13");
    Files.writeString(dir.resolve("logs").resolve(name + ".command"), String.join(" ", command) + "\n");
    synchronized (this) {
      Process p = builder.start();
      started.add(p);
      return p;
    }
  }

  private Optional<String> logged(String name, Pattern pattern) {
    try {
      Matcher m = pattern.matcher(Files.readString(log(name), StandardCharsets.UTF_8));
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int aliveWorkers() {
    try {
      Matcher m = ALIVE_WORKERS.matcher(masterJson());
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private <T> T await(String what, Process needed, Supplier<Optional<T>> ready) throws InterruptedException {
    return await(what, List.of(needed), ready);
  }

  /**
   * Polls {@code ready} until it gives a value, while every {@code needed} process lives, for at
   * most {@link #READY}; notes the descendants of every process started meanwhile.
   */
  private <T> T await(String what, List<Process> needed, Supplier<Optional<T>> ready) throws InterruptedException {
    long end = System.nanoTime() + READY.toNanos();
    while (true) {
      noteDescendants();
      Optional<T> value = ready.get();
      if (value.isPresent()) {
        return value.get();
      }
      for (Process p : needed) {
        if (!p.isAlive()) {
          throw new AssertionError("waiting for " + what + ": process " + p.pid() + " ended with "
              + p.exitValue() + "; see the logs in " + dir.resolve("logs"));
        }
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("waited " + READY + " for " + what + "; see the logs in " + dir.resolve("logs"));
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  private synchronized void noteDescendants() {
    started.forEach(p -> p.descendants().forEach(seen::add));
  }

  /**
   * Stops every process started and every descendant seen (see {@link #kill()}).
   *
   * @throws IllegalStateException naming the processes still alive after SIGKILL
   */
  @Override
  public void close() {
    List<ProcessHandle> alive = kill();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: it stops the same processes
    }
    if (!alive.isEmpty()) {
      throw new IllegalStateException("still alive after SIGKILL: " + alive.stream()
          .map(h -> h.pid() + " " + h.info().commandLine().orElse("")).collect(Collectors.joining("; ")));
    }
  }

  /**
   * SIGTERM to each process, the last started first (the driver, then the workers, then the
   * master), and to its descendants before it, each given {@link #STOP} to end; then SIGKILL to
   * every one still alive, and to every descendant seen, also those a dead worker left behind.
   */
  private synchronized List<ProcessHandle> kill() {
    noteDescendants();
    for (int i = started.size() - 1; i >= 0; i--) {
      Process p = started.get(i);
      p.descendants().forEach(seen::add);
      for (ProcessHandle d : seen) {
        if (isDescendant(d, p.toHandle())) {
          stop(d, false);
        }
      }
      stop(p.toHandle(), false);
    }
    List<ProcessHandle> all = new ArrayList<>(seen);
    started.forEach(p -> all.add(p.toHandle()));
    for (ProcessHandle h : all) {
      if (h.isAlive()) {
        stop(h, true);
      }
    }
    return all.stream().filter(ProcessHandle::isAlive).toList();
  }

  private static boolean isDescendant(ProcessHandle d, ProcessHandle ancestor) {
    for (Optional<ProcessHandle> p = d.parent(); p.isPresent(); p = p.get().parent()) {
      if (p.get().pid() == ancestor.pid()) {
        return true;
      }
    }
    return false;
  }

  private static void stop(ProcessHandle h, boolean forcibly) {
    if (forcibly) {
      h.destroyForcibly();
    } else {
      h.destroy();
    }
    try {
      h.onExit().get(STOP.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // still alive: SIGKILL next, or reported by close()
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
