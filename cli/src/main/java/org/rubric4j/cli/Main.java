package org.rubric4j.cli;

import java.io.PrintWriter;
import org.rubric4j.rule.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The {@code rubric4j} command-line tool: lint rubric files, score and explain observations,
 * and a demo on the bundled seed rubrics.
 *
 * <p>The options every command takes are declared here once and inherited by the subcommands
 * ({@code scope = INHERIT}): {@code --help} and {@code --version} (picocli's standard help
 * options, with this version provider) and {@code --debug}. An attribute a subcommand leaves
 * unset, such as the footer or the exit code list, is inherited too; every command sets its
 * own. Exit codes: 0 success, 1 input problems found (a bad rubric, bad rows, a missing file),
 * 2 usage error, listed by each command's help in its own words ({@code exitCodeList}). Errors
 * are one clear line (plus the loader's list of problems), never a stack trace unless
 * {@code --debug} is given.
 */
@Command(name = "rubric4j",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Score service quality against a rubric: exactly, explained.",
    subcommands = {LintCommand.class, ScoreCommand.class, ExplainCommand.class, ReportCommand.class, AgreementCommand.class, CoachCommand.class, DiffCommand.class,
        DemoCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = Main.EXIT_CODES,
    exitCodeList = {"0:success", "1:input problems found", Main.USAGE_ERROR},
    footer = {"", "Try: rubric4j demo"})
public final class Main implements Runnable {

  /** The heading of every command's list of exit codes. */
  static final String EXIT_CODES = "%nExit codes:%n";

  /** The exit code every command shares: picocli's for a command line it cannot parse. */
  static final String USAGE_ERROR = "2:usage error";

  /** Set by {@code --debug} on any command; read by {@link Failures}. */
  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "On failure, print the stack trace too.")
  boolean debug;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /** Where {@code -} as DATA reads from. */
  private final java.io.InputStream stdin;

  private Main(java.io.InputStream stdin) {
    this.stdin = stdin;
  }

  /** Standard input as the commands see it. */
  java.io.InputStream stdin() {
    return stdin;
  }

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    // Redirected to a file or a pipe, results go out 64 KiB a system call instead of 8 KiB (a
    // call costs microseconds whatever its size); on a terminal, as the JVM's own stream does.
    java.io.OutputStream stdout = System.console() != null ? System.out
        : new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), ScoreCommand.OUTPUT_BUFFER);
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, java.nio.charset.StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
    int code = execute(System.in, out, err, args);
    out.flush();
    System.exit(code);
  }

  /**
   * Runs the tool with the given streams and returns its exit code, without exiting: what the
   * tests and embedding applications call. {@code in} is what {@code -} as DATA reads.
   */
  public static int execute(java.io.InputStream in, PrintWriter out, PrintWriter err, String... args) {
    Main main = new Main(in);
    CommandLine cli = new CommandLine(main);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new Failures(main));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    int exit;
    try {
      exit = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // What the user can act on, never a stack trace: which command, how much heap, what helps.
      err.println("rubric4j: out of memory (the Java heap is " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
          + " MiB); give the JVM more with JAVA_TOOL_OPTIONS=-Xmx4g, or split the data into smaller files"
          + " (report: fewer distinct groups)");
      err.flush();
      return Failures.INPUT;
    }
    // A PrintWriter keeps its write errors to itself: ask, so that a full disk or a closed pipe
    // behind standard output is a failure, never a success with nothing written.
    out.flush();
    if (out.checkError()) {
      err.println("rubric4j: writing to standard output failed (a full disk or a closed pipe?); the output is incomplete");
      err.flush();
      return exit == 0 ? Failures.INPUT : exit;
    }
    return exit;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
