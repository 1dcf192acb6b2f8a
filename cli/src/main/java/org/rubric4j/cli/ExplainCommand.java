package org.rubric4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rubric4j.Rubric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rubric4j explain RUBRIC DATA [--id ID]}: the trace of each evaluation. */
@Command(name = "explain",
    description = {"Explain how each evaluation was scored: a line per dimension and indicator,",
        "the band or level matched, the points, the weights and the contribution to the total."},
    footer = {"", "Example:", "  rubric4j explain rubric.yaml september.csv --id ev-2024-0917-01"},
    exitCodeListHeading = Main.EXIT_CODES,
    exitCodeList = {"0:success", "1:bad rows or the id was not found", Main.USAGE_ERROR})
final class ExplainCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @picocli.CommandLine.ParentCommand
  private Main main;

  @Mixin
  private DataSource data;

  @Option(names = "--id", paramLabel = "ID", description = "Explain only the evaluation with this id.")
  private String id;

  @Override
  public Integer call() throws java.nio.file.NoSuchFileException {
    Rubric rubric = Scoring.rubric(data.rubric);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean[] found = {false};
    Scoring.Counts counts = Scoring.run(rubric, data, main.stdin(), err, (record, evaluation) -> {
      if (id == null || id.equals(evaluation.id())) {
        if (found[0]) {
          out.println();
        }
        out.print(evaluation.explain());
        found[0] = true;
      }
    });
    out.flush();
    if (id != null && !found[0]) {
      err.println("rubric4j: no evaluation with id " + id + " was scored in " + data.name());
      return Failures.INPUT;
    }
    return counts.bad() > 0 ? Failures.INPUT : 0;
  }
}
