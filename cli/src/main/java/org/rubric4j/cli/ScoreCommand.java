package org.rubric4j.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rubric4j.Evaluation;
import org.rubric4j.Rubric;
import org.rubric4j.yaml.ResultWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rubric4j score RUBRIC DATA}: scores every row and prints the results in input order. */
@Command(name = "score",
    description = {"Score observations with a rubric. Rows that cannot be scored are reported on",
        "standard error as DATA:LINE: ID: REASON and skipped; every other row is scored."},
    footer = {"", "Examples:",
        "  rubric4j score rubric.yaml september.csv",
        "  rubric4j score rubric.yaml september.jsonl --format json -o out.jsonl",
        "  cat rows.csv | rubric4j score rubric.yaml - --input-format csv --format csv"},
    exitCodeListHeading = Main.EXIT_CODES,
    exitCodeList = {"0:every row scored", "1:some rows could not be scored or an input is bad", Main.USAGE_ERROR})
final class ScoreCommand implements Callable<Integer> {

  /** The bytes written to an output file at a time (and the characters buffered before them). */
  static final int OUTPUT_BUFFER = 1 << 16;

  /** The output formats. */
  enum Format { table, json, csv }

  @Spec
  private CommandSpec spec;

  @picocli.CommandLine.ParentCommand
  private Main main;

  @Mixin
  private DataSource data;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "table (aligned, for people), json (one result object per line: JSON Lines) or csv. Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the results to FILE instead of standard output.")
  private Path output;

  @Override
  public Integer call() throws IOException {
    data.refuseAsOutput(output, "--output", spec.commandLine());
    Rubric rubric = Scoring.rubric(data.rubric);
    PrintWriter err = spec.commandLine().getErr();
    try (Writer out = open()) {
      ResultSink sink = switch (format) {
        case json -> new JsonSink(ResultWriter.forRubric(rubric), out);
        case csv -> new CsvSink(rubric, out);
        case table -> new TableSink(rubric, out);
      };
      Scoring.Counts counts = Scoring.run(rubric, data, main.stdin(), err,
          (record, evaluation) -> sink.accept(evaluation));
      sink.finish();
      out.flush();
      if (counts.bad() > 0) {
        err.println("rubric4j: " + counts.bad() + " of " + (counts.scored() + counts.bad())
            + " rows could not be scored (listed above); the other " + counts.scored() + " were");
        return Failures.INPUT;
      }
      return 0;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private Writer open() throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      return new Writer() {
        @Override
        public void write(char[] buf, int off, int len) {
          out.write(buf, off, len);
        }

        @Override
        public void flush() {
          out.flush();
        }

        @Override
        public void close() {
          out.flush();
        }
      };
    }
    // 64 KiB a system call: results of a million rows are gigabytes, and a call costs some
    // microseconds whatever its size (8 KiB calls took four times the system time).
    return new BufferedWriter(new OutputStreamWriter(new java.io.BufferedOutputStream(Files.newOutputStream(output),
        OUTPUT_BUFFER), StandardCharsets.UTF_8), OUTPUT_BUFFER);
  }

  /** The JSON Lines form of rubric-format.md's result, one object per line. */
  private record JsonSink(ResultWriter writer, Writer out) implements ResultSink {
    @Override
    public void accept(org.rubric4j.Evaluation e) {
      try {
        writer.write(e, out); // straight to the buffered output, not through a string per row
        out.write('\n');
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }
  }
}
