package org.rubric4j.cli;

import java.io.PrintWriter;
import org.rubric4j.rule.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code rubric4j} command-line tool: lint rubric files, score and explain observations,
 * and a demo on the bundled seed rubrics.
 *
 * <p>Exit codes: 0 success, 1 input problems found (a bad rubric, bad rows, a missing file),
 * 2 usage error. Errors are one clear line (plus the loader's list of problems), never a
 * stack trace unless {@code --debug} is given.
 */
@Command(name = "rubric4j",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Score service quality against a rubric: exactly, explained.",
    subcommands = {LintCommand.class, ScoreCommand.class, ExplainCommand.class, ReportCommand.class, AgreementCommand.class, CoachCommand.class, DiffCommand.class,
        DemoCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 success, 1 input problems found, 2 usage error.",
        "Try: rubric4j demo"})
public final class Main implements Runnable {

  /** Held so the setting is not collected: Hibernate Validator announces itself at INFO level. */
  private static final java.util.logging.Logger VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

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
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8));
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
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    CommandLine cli = new CommandLine(new Main(in));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new Failures());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
