package org.rubric4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rubric4j.yaml.LoadProblem;
import org.rubric4j.yaml.LoadedRubric;
import org.rubric4j.yaml.RubricLoadException;
import org.rubric4j.yaml.RubricReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rubric4j lint RUBRIC...}: every problem of each file, one per line. */
@Command(name = "lint",
    description = {"Check rubric files: every error and warning, one per line, as",
        "FILE:LINE:COLUMN: error|warning: MESSAGE (the form compilers use, so editors and CI annotate it)."},
    footer = {"", "Example:", "  rubric4j lint rubrics/*.yaml"},
    exitCodeListHeading = Main.EXIT_CODES,
    exitCodeList = {"0:no errors (warnings allowed)", "1:errors found", Main.USAGE_ERROR})
final class LintCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RUBRIC", description = "Rubric files (YAML or JSON).")
  private List<Path> files;

  @Override
  public Integer call() {
    RubricReader reader = RubricReader.create();
    boolean errors = false;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        spec.commandLine().getOut().println(file + ": error: "
            + (Files.isDirectory(file) ? "it is a directory; give the rubric files in it" : "no such file"));
        errors = true;
        continue;
      }
      try {
        LoadedRubric loaded = reader.read(file);
        loaded.warnings().forEach(w -> spec.commandLine().getOut().println(w));
      } catch (RubricLoadException e) {
        for (LoadProblem p : e.problems()) {
          spec.commandLine().getOut().println(p);
        }
        errors |= !e.errors().isEmpty();
      }
    }
    spec.commandLine().getOut().flush();
    return errors ? Failures.INPUT : 0;
  }
}
