package org.rubric4j.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.rubric4j.Rubric;
import org.rubric4j.internal.Text;
import org.rubric4j.yaml.ObservationFormat;
import org.rubric4j.yaml.ObservationReader;
import org.rubric4j.yaml.ObservationRecord;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The RUBRIC and DATA arguments and {@code --input-format} of the commands that score observations. */
final class DataSource {

  /** The observation formats as the command line writes them. */
  enum InputFormat {
    csv(ObservationFormat.CSV), json(ObservationFormat.JSON), jsonl(ObservationFormat.JSON_LINES);

    final ObservationFormat format;

    InputFormat(ObservationFormat format) {
      this.format = format;
    }
  }

  @Parameters(index = "0", paramLabel = "RUBRIC", description = "The rubric file (YAML or JSON).")
  Path rubric;

  @Parameters(index = "1", paramLabel = "DATA",
      description = "Observations: CSV, JSON or JSON Lines (by extension), or - for standard input.")
  String data;

  @Option(names = "--input-format", paramLabel = "csv|json|jsonl",
      description = "The format of DATA when its extension does not say (standard input: jsonl by default).")
  InputFormat inputFormat;

  /**
   * Refuses {@code output} when it is the rubric or the data file itself (also through a link or
   * another spelling of the path): writing it would destroy what is about to be read.
   *
   * @throws picocli.CommandLine.ParameterException naming the option and the file
   */
  void refuseAsOutput(Path output, String option, picocli.CommandLine commandLine) {
    if (output == null || !Files.exists(output)) {
      return;
    }
    for (Path input : data.equals("-") ? new Path[] {rubric} : new Path[] {rubric, Path.of(data)}) {
      try {
        if (Files.exists(input) && Files.isSameFile(output, input)) {
          throw new picocli.CommandLine.ParameterException(commandLine, option + " " + output
              + " is the input " + input + " itself; writing it would destroy it before it is read."
              + " Choose another file");
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /**
   * A syntax error on the first line of data whose format was guessed (standard input, or an
   * extension that is not {@code .csv}) gets the hint that the data may be CSV: a CSV header read
   * as JSON says only "Unrecognized token 'id'".
   */
  private static ObservationRecord hintCsv(ObservationRecord r) {
    if (r instanceof ObservationRecord.Invalid i && i.line() <= 1 && i.reason().startsWith("JSON syntax error")) {
      return new ObservationRecord.Invalid(i.source(), i.line(), i.id(),
          i.reason() + "; if the data are CSV, give --input-format csv");
    }
    return r;
  }

  /** How a row that cannot be used is reported: {@code DATA:LINE: ID: REASON}, on one line. */
  String report(ObservationRecord.Invalid r) {
    return Text.oneLine(data + ":" + r.line() + ": " + r.id().map(id -> id + ": ").orElse("") + r.reason());
  }

  /** The name used in messages: the path as given, or {@code -}. */
  String name() {
    return data;
  }

  /**
   * What a row is told when its id was used by an earlier row: the one rule of every command,
   * the first row of an id is used and each later one is reported and left out.
   */
  static String repeatedId(long firstLine) {
    return "repeats the id of the row on line " + firstLine + "; only the first row of an id is used";
  }

  /**
   * The records of DATA as {@link #open}, each later row of an id already seen turned into an
   * invalid record saying so ({@link #repeatedId}); remembers one line number per distinct id.
   */
  Stream<ObservationRecord> openFirstOfEachId(Rubric rubric, InputStream stdin) throws NoSuchFileException {
    FirstLines firstLines = new FirstLines();
    return open(rubric, stdin).map(r -> {
      if (r instanceof ObservationRecord.Valid v) {
        long first = firstLines.putIfAbsent(v.observations().id(), v.line());
        if (first >= 0) {
          return new ObservationRecord.Invalid(v.source(), v.line(), java.util.Optional.of(v.observations().id()),
              repeatedId(first));
        }
      }
      return r;
    });
  }

  /** The records of DATA checked against {@code rubric}, streaming; the caller closes the stream. */
  Stream<ObservationRecord> open(Rubric rubric, InputStream stdin) throws NoSuchFileException {
    ObservationReader reader = ObservationReader.forRubric(rubric);
    if (data.equals("-")) {
      ObservationFormat format = inputFormat == null ? ObservationFormat.JSON_LINES : inputFormat.format;
      Stream<ObservationRecord> records = reader.read(stdin, format, "-");
      return inputFormat == null ? records.map(DataSource::hintCsv) : records;
    }
    Path file = Path.of(data);
    if (Files.isDirectory(file)) {
      throw new java.io.UncheckedIOException(new java.nio.file.FileSystemException(data, null,
          "is a directory; give the data file in it"));
    }
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(data);
    }
    if (inputFormat == null) {
      Stream<ObservationRecord> records = reader.read(file);
      return data.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? records : records.map(DataSource::hintCsv);
    }
    try {
      return reader.read(Files.newInputStream(file), inputFormat.format, data);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
