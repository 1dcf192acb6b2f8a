package org.rubric4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rubric4j.Grade;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.internal.Text;
import org.rubric4j.review.VersionReplay;
import org.rubric4j.yaml.ObservationRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rubric4j diff OLD_RUBRIC NEW_RUBRIC DATA}: scores the same observations under two
 * versions of a rubric and reports who changes grade, by how much, and which indicators cause it.
 */
@Command(name = "diff",
    description = {"Replay observations under two versions of a rubric before the new one goes live:",
        "who changes grade, by how much the total moves, and which indicators cause it (their",
        "contributions to the total, the largest move first). DATA is read with NEW_RUBRIC's columns;",
        "rows that cannot be scored under one version are counted, never dropped."},
    footer = {"", "Example:",
        "  rubric4j diff rubric-2024.yaml rubric-2025.yaml 2024.csv"},
    exitCodeListHeading = Main.EXIT_CODES,
    exitCodeList = {"0:success", "1:rows could not be read or scored under a version", Main.USAGE_ERROR})
final class DiffCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @picocli.CommandLine.ParentCommand
  private Main main;

  @Parameters(index = "0", paramLabel = "OLD_RUBRIC", description = "The rubric in use (YAML or JSON).")
  private Path before;

  @Parameters(index = "1", paramLabel = "NEW_RUBRIC", description = "The proposed rubric.")
  private Path after;

  @Parameters(index = "2", paramLabel = "DATA", description = "Observations: CSV, JSON or JSON Lines, or - for standard input.")
  private String dataName;

  @Option(names = "--input-format", paramLabel = "csv|json|jsonl", description = "The format of DATA when its extension does not say.")
  private DataSource.InputFormat inputFormat;

  @Option(names = "--all", description = "List every observation whose total moved, not only grade changes.")
  private boolean all;

  @Override
  public Integer call() throws IOException {
    Rubric old = Scoring.rubric(before);
    Rubric proposed = Scoring.rubric(after);
    DataSource data = new DataSource();
    data.rubric = before;
    data.data = dataName;
    data.inputFormat = inputFormat;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long[] unreadable = {0};
    VersionReplay.Report report;
    // The data were recorded under the current version: check them against it, so a bad value is
    // reported at its line; the replay gives each version the values of its own indicators. The
    // rows stream through the replay: only the changes it reports are kept.
    try (Stream<ObservationRecord> records = data.openFirstOfEachId(old, main.stdin())) {
      Stream<Observations> readable = records.<Observations>mapMulti((r, keep) -> {
        if (r instanceof ObservationRecord.Valid v) {
          keep.accept(v.observations());
        } else if (r instanceof ObservationRecord.Invalid i) {
          err.println(data.report(i));
          unreadable[0]++;
        }
      });
      report = VersionReplay.compare(old, proposed, readable::iterator);
    }
    Map<String, Long> s = report.summary();
    out.println(report.before() + " → " + report.after() + ": " + report.quality().accepted() + " observations replayed");
    if (!report.onlyBefore().isEmpty()) {
      out.println("  only in " + report.before() + ": " + String.join(", ", report.onlyBefore())
          + " (their values are left out under " + report.after() + ")");
    }
    if (!report.onlyAfter().isEmpty()) {
      out.println("  only in " + report.after() + ": " + String.join(", ", report.onlyAfter())
          + " (data without them follows " + report.after() + "'s missing policy, "
          + proposed.missingPolicy().key() + ")");
    }
    out.println("  grade changed: " + s.get("grade-changed") + " · total up: " + s.get("up") + " · down: " + s.get("down")
        + " · same total: " + s.get("same-total"));
    List<VersionReplay.Change> shown = all ? report.changes() : report.gradeChanges();
    if (!shown.isEmpty()) {
      out.println();
      out.println(all ? "Every observation whose result moved:" : "Who changes grade:");
      for (VersionReplay.Change c : shown) {
        out.println("  " + c.id() + c.subject().map(x -> " (" + x + ")").orElse("") + ": " + c.before().toPlainString()
            + " → " + c.after().toPlainString() + " (" + signed(c.delta()) + "), "
            + grade(old, c.gradeBefore()) + " → " + grade(proposed, c.gradeAfter()));
        List<String> causes = new ArrayList<>();
        c.causes().stream().limit(3).forEach(x -> causes.add(x.indicator() + " " + signed(x.delta())));
        if (!causes.isEmpty()) {
          out.println("      because of " + String.join(", ", causes) + (c.causes().size() > 3 ? ", ..." : ""));
        } else if (c.vetoesBefore().isEmpty() && c.vetoesAfter().isEmpty()) {
          out.println("      no indicator moved: the grade ranges differ");
        }
        if (!c.vetoesBefore().isEmpty() || !c.vetoesAfter().isEmpty()) {
          out.println("      vetoes only before: " + c.vetoesBefore() + ", only after: " + c.vetoesAfter());
        }
      }
    }
    if (!report.quality().isClean()) {
      out.println();
      out.println("not replayed: " + report.quality().summary().replace("\n", "; "));
      report.firstProblems().forEach(p -> out.println(Text.oneLine("  " + p)));
      if (report.quality().excludedCount() > report.firstProblems().size()) {
        out.println("  ... (the first " + report.firstProblems().size() + " shown)");
      }
    }
    out.flush();
    long bad = unreadable[0] + report.quality().excludedCount();
    if (bad > 0) {
      err.println("rubric4j: " + bad + " rows could not be read or scored under both versions");
      err.flush();
      return Failures.INPUT;
    }
    return 0;
  }

  private static String grade(Rubric rubric, java.util.Optional<String> id) {
    return id.map(g -> rubric.grades().stream().filter(x -> x.id().equals(g)).findFirst()
        .map(Grade::displayName).orElse(g)).orElse("no grade");
  }

  private static String signed(BigDecimal d) {
    return (d.signum() > 0 ? "+" : "") + d.toPlainString();
  }
}
