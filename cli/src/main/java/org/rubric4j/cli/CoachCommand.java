package org.rubric4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rubric4j.Grade;
import org.rubric4j.ObservationException;
import org.rubric4j.Rubric;
import org.rubric4j.review.Coach;
import org.rubric4j.yaml.ObservationRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rubric4j coach RUBRIC DATA --id ID}: for one evaluation, per indicator the smallest
 * change reaching its next band or level and the total it alone gives; then the cheapest set
 * of changes reaching the next grade.
 */
@Command(name = "coach",
    description = {"Coaching for one evaluation: per indicator, the smallest change that earns its next",
        "band or level and the total that change alone gives; then the cheapest plan (fewest indicators,",
        "then fewest steps) that reaches the next grade."},
    footer = {"", "Example:",
        "  rubric4j coach samples/src/main/resources/rubrics/service-standards-monthly.yaml \\",
        "      samples/src/main/resources/samples/service-standards-monthly.csv --id ssm-2024-00004"},
    exitCodeListHeading = Main.EXIT_CODES,
    exitCodeList = {"0:success", "1:the id was not found or its row cannot be scored", Main.USAGE_ERROR})
final class CoachCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @picocli.CommandLine.ParentCommand
  private Main main;

  @Mixin
  private DataSource data;

  @Option(names = "--id", paramLabel = "ID", required = true, description = "The evaluation to coach.")
  private String id;

  @Override
  public Integer call() throws IOException {
    Rubric rubric = Scoring.rubric(data.rubric);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<ObservationRecord> found;
    List<ObservationRecord.Invalid> repeats;
    try (Stream<ObservationRecord> records = data.openFirstOfEachId(rubric, main.stdin())) {
      List<ObservationRecord> matching = records.filter(r -> r instanceof ObservationRecord.Valid v
          ? v.observations().id().equals(id)
          : r instanceof ObservationRecord.Invalid i && i.id().filter(id::equals).isPresent()).toList();
      found = matching.stream().findFirst();
      repeats = matching.stream().skip(1).filter(ObservationRecord.Invalid.class::isInstance)
          .map(ObservationRecord.Invalid.class::cast).toList();
    }
    repeats.forEach(r -> err.println(data.report(r)));
    if (found.isEmpty()) {
      err.println("rubric4j: no row with id " + id + " in " + data.name());
      return Failures.INPUT;
    }
    if (found.get() instanceof ObservationRecord.Invalid invalid) {
      err.println(data.report(invalid));
      return Failures.INPUT;
    }
    ObservationRecord.Valid valid = (ObservationRecord.Valid) found.get();
    Coach.Advice advice;
    try {
      advice = Coach.of(rubric).advise(valid.observations());
    } catch (ObservationException e) {
      err.println(data.name() + ":" + valid.line() + ": " + id + ": " + e.reason());
      return Failures.INPUT;
    }
    String scale = rubric.scale().toPlainString();
    out.println(rubric.id() + rubric.version().map(v -> " " + v).orElse("") + " · coaching for " + id
        + advice.evaluation().subject().map(s -> " (" + s + ")").orElse(""));
    out.println("now: total " + advice.evaluation().total().toPlainString() + " of " + scale
        + advice.evaluation().grade().map(g -> ", grade " + g.displayName()).orElse(""));
    out.println();
    if (advice.steps().isEmpty()) {
      out.println("Every indicator already has its best score.");
    } else {
      out.println("Next better score of each indicator, alone:");
      for (Coach.Step s : advice.steps()) {
        out.println("  " + s.indicator() + ": " + s.from() + " → " + s.to() + " (" + s.fromPoints().toPlainString()
            + " → " + s.toPoints().toPlainString() + " points): total " + s.total().toPlainString()
            + " (+" + s.gain().toPlainString() + ")");
      }
    }
    out.println();
    if (advice.target().isEmpty()) {
      out.println(rubric.grades().isEmpty() ? "The rubric has no grades, so there is no next grade to plan for."
          : "Already in the highest grade.");
    } else if (advice.plan().isEmpty() && !advice.searchComplete()) {
      out.println("No plan reaching " + advice.target().get().displayName() + " was found within the search budget ("
          + advice.evaluations() + " evaluations); one may exist: the search was cut off, not finished.");
    } else if (advice.plan().isEmpty()) {
      out.println("No set of changes reaches " + advice.target().get().displayName()
          + (advice.evaluation().isVetoed() ? " while a veto applies." : " (searched " + advice.evaluations() + " evaluations)."));
    } else {
      Coach.Plan plan = advice.plan().get();
      out.println("Cheapest plan to reach " + plan.target().displayName() + " (" + plan.changes().size()
          + " indicator(s), " + plan.steps() + " step(s)" + (plan.exhaustive() ? "" : "; search budget ran out, a cheaper plan may exist")
          + "):");
      for (Coach.Change c : plan.changes()) {
        out.println("  " + c.indicator() + ": " + c.from() + " → " + c.to()
            + (c.steps() > 1 ? " (" + c.steps() + " steps)" : ""));
      }
      out.println("  gives total " + plan.total().toPlainString() + plan.grade().map(Grade::displayName)
          .map(g -> ", grade " + g).orElse(""));
    }
    out.flush();
    return repeats.isEmpty() ? 0 : Failures.INPUT;
  }
}
