package org.rubric4j.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rubric4j.cli.CliTest.rubric;
import static org.rubric4j.cli.CliTest.run;

/** The options every command inherits from the top command: --help, --version and --debug. */
class SharedOptionsTest {

  @TempDir
  Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"lint", "score", "explain", "report", "agreement", "coach", "diff", "demo"})
  void everyCommandListsTheSharedOptionsInItsHelp(String command) {
    CliTest.Run r = run(command, "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Usage: rubric4j " + command + " [-hV] ").contains("[--debug]")
        .contains("      --debug ", "On failure, print the stack trace too.", "  -h, --help ",
            "Show this help message and exit.", "  -V, --version ", "Print version information and exit.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"lint", "score", "explain", "report", "agreement", "coach", "diff", "demo"})
  void shortHelpAndTheHelpCommandPrintTheSameAsHelp(String command) {
    String help = run(command, "--help").out();
    assertThat(run(command, "-h").out()).isEqualTo(help);
    assertThat(run("help", command).out()).isEqualTo(help);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lint", "score", "explain", "report", "agreement", "coach", "diff", "demo"})
  void versionOnASubcommandPrintsTheToolsVersion(String command) {
    CliTest.Run top = run("--version");
    CliTest.Run r = run(command, "--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("rubric4j ").isEqualTo(top.out());
    assertThat(run(command, "-V").out()).isEqualTo(top.out());
  }

  @Test
  void debugOnAnotherSubcommandShowsTheStackTrace() {
    CliTest.Run r = run("agreement", "--debug", tmp.resolve("none.csv").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.errLines().get(0)).isEqualTo("rubric4j: " + tmp.resolve("none.csv") + ": no such file");
    assertThat(r.err()).contains("NoSuchFileException", "\tat ");
  }

  @Test
  void debugBeforeTheSubcommandCountsToo() {
    CliTest.Run r = run("--debug", "explain", rubric("crm-service-quality"), tmp.resolve("missing.csv").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("NoSuchFileException", "\tat ");
  }

  @Test
  void withoutDebugThereIsNoStackTrace() {
    CliTest.Run r = run("explain", rubric("crm-service-quality"), tmp.resolve("missing.csv").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly("rubric4j: " + tmp.resolve("missing.csv") + ": no such file");
  }

  @Test
  void theTopCommandTakesTheSharedOptionsToo() {
    CliTest.Run r = run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Usage: rubric4j [-hV] [--debug] [COMMAND]").contains("Commands:", "  demo ");
    assertThat(run("-h").out()).isEqualTo(r.out());
    assertThat(run("help").out()).isEqualTo(r.out());
  }
}
