package org.rubric4j.cli;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rubric4j.cli.CliTest.run;

/** Every command's help lists its exit codes (picocli's exitCodeList), in the words of each. */
class ExitCodeListTest {

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of(List.of(), List.of("success", "input problems found")),
        Arguments.of(List.of("lint"), List.of("no errors (warnings allowed)", "errors found")),
        Arguments.of(List.of("score"), List.of("every row scored", "some rows could not be scored or an input is bad")),
        Arguments.of(List.of("explain"), List.of("success", "bad rows or the id was not found")),
        Arguments.of(List.of("report"),
            List.of("every row scored", "some rows were excluded or an input is bad (the report is still written)")),
        Arguments.of(List.of("agreement"), List.of("success", "bad lines or an input problem")),
        Arguments.of(List.of("coach"), List.of("success", "the id was not found or its row cannot be scored")),
        Arguments.of(List.of("diff"), List.of("success", "rows could not be read or scored under a version")),
        Arguments.of(List.of("demo"),
            List.of("success", "a bundled file could not be read or a report could not be written")));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpListsTheExitCodesOneALine(List<String> command, List<String> meanings) {
    String[] args = Stream.concat(command.stream(), Stream.of("--help")).toArray(String[]::new);
    CliTest.Run r = run(args);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\nExit codes:\n"
        + "  0   " + meanings.get(0) + "\n"
        + "  1   " + meanings.get(1) + "\n"
        + "  2   usage error\n");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void theExitCodesAreNoLongerProseInTheFooter(List<String> command, List<String> meanings) {
    String[] args = Stream.concat(command.stream(), Stream.of("--help")).toArray(String[]::new);
    assertThat(run(args).out()).doesNotContain("Exit codes: 0");
  }
}
