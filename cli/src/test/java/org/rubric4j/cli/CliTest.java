package org.rubric4j.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rubric4j.samples.SampleFolders;
import static org.assertj.core.api.Assertions.assertThat;

/** The command-line tool run in-process: every command, exit code and error format. */
class CliTest {

  static final Path RUBRICS = SampleFolders.of("rubrics");
  static final Path SAMPLES = SampleFolders.of("samples");

  @TempDir
  Path tmp;

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    return runWithInput("", args);
  }

  static Run runWithInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    int exit = Main.execute(in, new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }

  static String rubric(String name) {
    return RUBRICS.resolve(name + ".yaml").toString();
  }

  static String sample(String name) {
    return SAMPLES.resolve(name).toString();
  }

  // ---- lint ------------------------------------------------------------------------------

  @Test
  void lintAcceptsEverySeedRubric() throws IOException {
    try (var files = Files.list(RUBRICS)) {
      String[] args = files.map(Path::toString).sorted().toList().toArray(new String[0]);
      String[] all = new String[args.length + 1];
      all[0] = "lint";
      System.arraycopy(args, 0, all, 1, args.length);
      Run r = run(all);
      assertThat(r.exit()).as(r.out() + r.err()).isZero();
      assertThat(r.out().lines()).allMatch(l -> l.contains(": warning: "));
    }
  }

  @Test
  void lintPrintsEveryProblemAsFileLineColumnSeverityMessage() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, """
        rubric: bad
        scale: 5
        dimensions:
          - id: speed
            weigth: 20%
            indicators:
              - id: first-response
                measure: duration
                bands:
                  - {score: 5, range: "<= 2h"}
                  - {score: 3, range: "(3h, 12h]"}
                  - {score: 1, range: "> 12h"}
        """);
    Run r = run("lint", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines()).hasSizeGreaterThanOrEqualTo(2)
        .allMatch(l -> l.matches(".*bad\\.yaml:\\d+:\\d+: (error|warning): .*"));
    assertThat(r.out()).contains(bad + ":5:5: error: ", "did you mean `weight`?")
        .contains(bad + ":11:").contains("are in no band");
  }

  @Test
  void lintWithOnlyWarningsExitsZero() throws IOException {
    Path warned = tmp.resolve("warned.yaml");
    Files.writeString(warned, """
        rubric: warned
        dimensions:
          - id: d
            indicators:
              - id: i
                measure: duration
                bands:
                  - {score: 5, range: "<= 2h"}
                  - {score: 2, range: "(2h, 6h]"}
                  - {score: 4, range: "> 6h"}
        """);
    Run r = run("lint", warned.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains(warned + ":").contains(": warning: ").contains("band scores go up and down");
  }

  @Test
  void lintOfAMissingFileIsAnInputProblem() {
    Run r = run("lint", tmp.resolve("nope.yaml").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("nope.yaml: error: no such file");
  }

  // ---- score -----------------------------------------------------------------------------

  @Test
  void scorePrintsAnAlignedTableWithGradeNames() {
    Run r = run("score", rubric("crm-service-quality"), sample("crm-service-quality.csv"));
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(801);
    assertThat(lines.get(0)).startsWith("id").contains("total/5", "grade");
    assertThat(r.out()).contains("良好", "优秀");
    int gradeColumn = lines.get(0).indexOf("total/5") + "total/5".length();
    assertThat(lines.subList(1, 50)).allMatch(l -> Character.isDigit(l.charAt(gradeColumn - 1)));
  }

  @Test
  void scoreAsJsonPrintsOneCompactResultPerLineInInputOrder() {
    Run r = run("score", rubric("service-standards-monthly"), sample("service-standards-monthly.csv"),
        "--format", "json");
    assertThat(r.exit()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(240);
    assertThat(lines.get(0)).startsWith("{\"rubric\":\"service-standards-monthly\"")
        .contains("\"id\":\"ssm-2024-00001\"", "\"total\":", "\"rawTotal\":", "\"dimensions\":[");
    assertThat(lines.get(1)).contains("\"id\":\"ssm-2024-00002\"");
  }

  @Test
  void scoreAsCsvHasOneColumnPerDimension() {
    Run r = run("score", rubric("service-standards-combined"), sample("service-standards-combined.csv"),
        "--format", "csv");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines().findFirst()).contains(
        "id,subject,period,total,rawTotal,grade,vetoes,quantitative,efficiency,attitude,problem-solving,"
            + "compliance,value-add,qualitative");
  }

  @Test
  void badRowsAreReportedOnStandardErrorAndTheOthersScored() {
    Run r = run("score", rubric("crm-service-quality"), sample("crm-service-quality.bad-rows.csv"),
        "--format", "json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines()).hasSize(19);
    String data = sample("crm-service-quality.bad-rows.csv");
    assertThat(r.errLines()).contains(
        data + ":4: csq-2024-00003: column first-response-time: \"4 hours\" is not a duration; "
            + "write it like 30s, 90m, 2h, 1d12h, 1.5h or PT2H",
        data + ":12: csq-2024-00011: column follow-up-visits: level 7 is not declared; the levels are 1, 2, 3, 4, 5",
        "rubric4j: 5 of 24 rows could not be scored (listed above); the other 19 were");
    assertThat(r.errLines()).anyMatch(l -> l.startsWith(data + ":22: csq-2024-00021: ")
        && l.contains("no value for indicator first-response-time"));
  }

  @Test
  void scoreWritesToAnOutputFile() throws IOException {
    Path out = tmp.resolve("results dir").resolve("results.jsonl");
    Files.createDirectories(out.getParent());
    Run r = run("score", rubric("satisfaction-tracking"), sample("satisfaction-tracking.csv"),
        "--format", "json", "--output", out.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readAllLines(out)).hasSize(1500);
  }

  @Test
  void scoreReadsStandardInputWithAnExplicitFormat() throws IOException {
    String rows = String.join("\n", Files.readAllLines(SAMPLES.resolve("satisfaction-tracking.csv")).subList(0, 4));
    Run r = runWithInput(rows, "score", rubric("satisfaction-tracking"), "-", "--input-format", "csv",
        "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines()).hasSize(4);
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
    String line = "{\"id\": \"e1\", \"subject\": \"=cmd|' /C calc'!A0\", \"values\": {\"response-satisfaction\": 5,"
        + " \"solving-satisfaction\": 4, \"attitude-satisfaction\": 5}}\n"
        + "{\"id\": \"e2\", \"subject\": \"@sum\", \"values\": {\"response-satisfaction\": 5,"
        + " \"solving-satisfaction\": 4, \"attitude-satisfaction\": 5}}\n";
    Run score = runWithInput(line, "score", rubric("satisfaction-tracking"), "-", "--format", "csv");
    assertThat(score.exit()).as(score.err()).isZero();
    assertThat(score.out()).contains("e1,'=cmd|' /C calc'!A0,,4.60,4.60,").contains("e2,'@sum,,4.60");
    Run report = runWithInput(line, "report", rubric("satisfaction-tracking"), "-", "--format", "csv",
        "--group-by", "subject");
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(report.out()).contains("'=cmd|' /C calc'!A0").doesNotContain(",=cmd");
  }

  @Test
  void anOutputThatIsAnInputIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path data = tmp.resolve("data.csv");
    Files.copy(SAMPLES.resolve("satisfaction-tracking.csv"), data);
    Path link = tmp.resolve("link.csv");
    Files.createSymbolicLink(link, data);
    byte[] before = Files.readAllBytes(data);
    for (String[] args : new String[][] {
        {"score", rubric("satisfaction-tracking"), data.toString(), "-o", data.toString()},
        {"score", rubric("satisfaction-tracking"), data.toString(), "--output", link.toString()},
        {"score", rubric("satisfaction-tracking"), data.toString(), "-o", rubric("satisfaction-tracking")},
        {"report", rubric("satisfaction-tracking"), data.toString(), "--out", link.toString()}}) {
      Run r = run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).contains("itself; writing it would destroy it before it is read");
    }
    assertThat(Files.readAllBytes(data)).isEqualTo(before);
  }

  @Test
  void aFailureToWriteStandardOutputIsAnErrorNotASilentSuccess() {
    java.io.Writer broken = new java.io.Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void close() {}
    };
    StringWriter err = new StringWriter();
    int exit = Main.execute(new ByteArrayInputStream(new byte[0]), new PrintWriter(broken), new PrintWriter(err),
        "score", rubric("satisfaction-tracking"), sample("satisfaction-tracking.csv"));
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("writing to standard output failed");
  }

  @Test
  void aLineBreakInAKeyOrAnIdNeverForgesALineOfDiagnostics() throws IOException {
    Path rubricFile = tmp.resolve("r.yaml");
    Files.writeString(rubricFile, "rubric: r\n\"bad\\nkey: forged\": 1\ndimensions:\n  - id: d\n"
        + "    indicators:\n      - {id: i, levels: {1: a, 2: b}}\n");
    Run lint = run("lint", rubricFile.toString());
    assertThat(lint.exit()).isEqualTo(1);
    assertThat(lint.out().lines().filter(l -> l.contains("forged"))).singleElement()
        .satisfies(l -> assertThat(l).contains("bad\\nkey: forged"));

    String line = "{\"id\": \"e1\\nsatisfaction-tracking.jsonl:9: e9: all good\", \"values\": {}}\n";
    Run score = runWithInput(line, "score", rubric("satisfaction-tracking"), "-");
    assertThat(score.exit()).isEqualTo(1);
    assertThat(score.errLines()).filteredOn(l -> l.contains("all good")).singleElement()
        .satisfies(l -> assertThat(l).startsWith("-:1: e1\\n"));
  }

  @Test
  void csvReadAsJsonByGuessHintsAtTheInputFormat() throws IOException {
    String rows = String.join("\n", Files.readAllLines(SAMPLES.resolve("satisfaction-tracking.csv")).subList(0, 3));
    Run stdin = runWithInput(rows, "score", rubric("satisfaction-tracking"), "-");
    assertThat(stdin.exit()).isEqualTo(1);
    assertThat(stdin.err()).contains("-:1: JSON syntax error").contains("if the data are CSV, give --input-format csv");
    Path txt = tmp.resolve("rows.txt");
    Files.writeString(txt, rows);
    Run file = run("score", rubric("satisfaction-tracking"), txt.toString());
    assertThat(file.err()).contains("if the data are CSV, give --input-format csv");
  }

  @Test
  void runningOutOfMemoryIsAMessageNotAStackTrace() {
    InputStream exhausted = new InputStream() {
      @Override
      public int read() {
        throw new OutOfMemoryError("Java heap space");
      }

      @Override
      public int read(byte[] b, int off, int len) {
        throw new OutOfMemoryError("Java heap space");
      }
    };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(exhausted, new PrintWriter(out), new PrintWriter(err),
        "score", rubric("satisfaction-tracking"), "-");
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).startsWith("rubric4j: out of memory (the Java heap is ")
        .contains("JAVA_TOOL_OPTIONS=-Xmx4g").doesNotContain("at org.");
  }

  @Test
  void aRepeatedIdIsReportedAndOnlyItsFirstRowUsedInEveryCommand() throws IOException {
    Path data = tmp.resolve("dups.csv");
    Files.writeString(data, "id,subject,response-satisfaction,solving-satisfaction,attitude-satisfaction\n"
        + "e1,ann,5,5,5\ne2,bob,3,3,3\ne1,cy,1,1,1\n");
    String repeated = data + ":4: e1: repeats the id of the row on line 2; only the first row of an id is used";
    String rubric = rubric("satisfaction-tracking");

    Run score = run("score", rubric, data.toString(), "--format", "csv");
    assertThat(score.exit()).isEqualTo(1);
    assertThat(score.errLines()).contains(repeated);
    assertThat(score.out().lines().filter(l -> l.startsWith("e1,"))).singleElement()
        .satisfies(l -> assertThat(l).startsWith("e1,ann,"));

    Run explain = run("explain", rubric, data.toString(), "--id", "e1");
    assertThat(explain.errLines()).contains(repeated);

    Run coach = run("coach", rubric, data.toString(), "--id", "e1");
    assertThat(coach.exit()).isEqualTo(1);
    assertThat(coach.errLines()).contains(repeated);
    assertThat(coach.out()).contains("(ann)");

    Run report = run("report", rubric, data.toString(), "--format", "json");
    assertThat(report.exit()).isEqualTo(1);
    assertThat(report.errLines()).contains(repeated);

    Run diff = run("diff", rubric, rubric, data.toString());
    assertThat(diff.exit()).isEqualTo(1);
    assertThat(diff.errLines()).contains(repeated);
    assertThat(diff.out()).contains("2 observations replayed");
  }

  @Test
  void aDirectoryIsNamedAsADirectoryNotAsAMissingFile() {
    Run data = run("score", rubric("satisfaction-tracking"), tmp.toString());
    assertThat(data.exit()).isEqualTo(1);
    assertThat(data.err()).contains(tmp + ": is a directory; give the data file in it").doesNotContain("no such file");
    Run rubricDir = run("lint", tmp.toString());
    assertThat(rubricDir.exit()).isEqualTo(1);
    assertThat(rubricDir.out() + rubricDir.err()).contains("it is a directory").doesNotContain("no such file");
  }

  @Test
  void aCsvCellKeepsNumbersAsNumbersAndNeutralisesFormulas() {
    assertThat(CsvSink.quote("-2.50")).isEqualTo("-2.50");
    assertThat(CsvSink.quote("+3")).isEqualTo("+3");
    assertThat(CsvSink.quote("-x")).isEqualTo("'-x");
    assertThat(CsvSink.quote("\tdata")).isEqualTo("'\tdata");
    assertThat(CsvSink.quote("\rdata")).isEqualTo("\"'\rdata\"");
    assertThat(CsvSink.quote("=1+2,3")).isEqualTo("\"'=1+2,3\"");
    assertThat(CsvSink.quote("agent-7")).isEqualTo("agent-7");
  }

  @Test
  void scoreReadsJsonLinesFromStandardInputByDefault() {
    String line = "{\"id\": \"e1\", \"values\": {\"response-satisfaction\": 5, \"solving-satisfaction\": 4, "
        + "\"attitude-satisfaction\": 5}}\n";
    Run r = runWithInput(line, "score", rubric("satisfaction-tracking"), "-", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("e1,,,4.60,4.60,");
  }

  @Test
  void aMissingDataFileIsOneClearLine() {
    Run r = run("score", rubric("crm-service-quality"), tmp.resolve("missing.csv").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly("rubric4j: " + tmp.resolve("missing.csv") + ": no such file");
  }

  @Test
  void aBrokenRubricListsTheLoadersProblemsWithoutAStackTrace() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "rubric: x\ndimensions:\n  - id: d\n    weight: 85\n    indicators: []\n");
    Run r = run("score", bad.toString(), sample("crm-service-quality.csv"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains(bad + ":4:").doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void debugShowsTheStackTrace() {
    Run r = run("score", "--debug", rubric("crm-service-quality"), tmp.resolve("missing.csv").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("NoSuchFileException", "\tat ");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run r = run("score", "--colour", rubric("crm-service-quality"), sample("crm-service-quality.csv"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--colour'").contains("Usage: rubric4j score");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Run r = run("score", "--format", "xml", rubric("crm-service-quality"), sample("crm-service-quality.csv"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("xml");
  }

  @Test
  void missingArgumentsAreAUsageError() {
    assertThat(run("score").exit()).isEqualTo(2);
    assertThat(run("lint").exit()).isEqualTo(2);
    assertThat(run("frobnicate").exit()).isEqualTo(2);
  }

  // ---- explain -----------------------------------------------------------------------------

  @Test
  void explainTracesTheChosenEvaluation() {
    Run r = run("explain", rubric("crm-service-quality"), sample("crm-service-quality.csv"),
        "--id", "csq-2024-00001");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("crm-service-quality 1.0 · evaluation csq-2024-00001")
        .contains("first-response-time", " is in ", " → ", "total ");
    assertThat(r.out().lines().filter(l -> l.startsWith("crm-service-quality"))).hasSize(1);
  }

  @Test
  void explainOfAnUnknownIdSaysSo() {
    Run r = run("explain", rubric("crm-service-quality"), sample("crm-service-quality.csv"), "--id", "nope");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("no evaluation with id nope was scored");
  }

  @Test
  void explainWithoutIdTracesEveryEvaluation() {
    Run r = run("explain", rubric("service-standards-monthly"), sample("service-standards-monthly.csv"));
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines().filter(l -> l.startsWith("service-standards-monthly"))).hasSize(240);
  }

  // ---- demo, help, version -------------------------------------------------------------------

  @Test
  void demoSummarisesEverySeedRubric() {
    Run r = run("demo", "--out-dir", tmp.resolve("demo").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("crm-service-quality · 客户关系维护服务质量评分", "evaluations: 800",
        "mean total", "top subjects:", "bottom subjects:", "weakest dimension:", "Where to look next:");
    assertThat(r.out().lines().filter(l -> l.startsWith("  evaluations: "))).hasSize(6);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lint", "score", "explain", "report", "agreement", "coach", "diff", "demo"})
  void everyCommandHasHelpWithAnExample(String command) {
    Run r = run(command, "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: rubric4j " + command).contains("Example");
  }

  @Test
  void versionNamesTheRelease() {
    Run r = run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("rubric4j ");
  }
}
