package org.rubric4j.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import org.rubric4j.RubricException;
import org.rubric4j.internal.Text;
import org.rubric4j.yaml.LoadProblem;
import org.rubric4j.yaml.RubricLoadException;
import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one clear line (or the loader's list of
 * problems) and exit code 1; the stack trace only with {@code --debug}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

  /** Exit code for input problems. */
  static final int INPUT = 1;

  private final Main main;

  /** Reports the failures of {@code main}'s commands; {@code main} holds {@code --debug}. */
  Failures(Main main) {
    this.main = main;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    report(e, err);
    if (main.debug) {
      e.printStackTrace(err);
    } else if (!(e instanceof RubricException) && !(e instanceof java.io.IOException)
        && !(e instanceof java.io.UncheckedIOException)) {
      err.println("rubric4j: run again with --debug to see where it failed");
    }
    err.flush();
    return INPUT;
  }

  static void report(Throwable e, PrintWriter err) {
    if (e instanceof RubricLoadException load) {
      for (LoadProblem p : load.problems()) {
        err.println(p);
      }
      return;
    }
    Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof NoSuchFileException missing) {
      err.println("rubric4j: " + missing.getFile() + ": no such file");
    } else if (cause instanceof java.nio.file.AccessDeniedException denied) {
      err.println("rubric4j: " + denied.getFile() + ": permission denied");
    } else if (cause instanceof java.io.IOException io) {
      err.println(Text.oneLine("rubric4j: " + io.getMessage()));
    } else if (cause instanceof RubricException r) {
      err.println(Text.oneLine("rubric4j: " + r.getMessage()));
    } else {
      err.println("rubric4j: internal error: " + cause);
    }
  }
}
