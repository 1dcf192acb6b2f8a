package org.rubric4j.yaml;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.Value;
import org.rubric4j.yaml.internal.ObservationSources;
import static org.assertj.core.api.Assertions.assertThat;

/** Observations files with good and bad records: every good one read, every bad one reported with its line, id and reason. */
class ObservationReaderTest {

  private static final Path DIR = Path.of("src/test/resources/observations");
  private static Rubric rubric;

  @BeforeAll
  static void loadRubric() {
    rubric = RubricReader.create().read(SeedWorkedExamplesTest.RUBRICS.resolve("crm-service-quality.yaml")).rubric();
  }

  private static List<ObservationRecord> read(String file) {
    try (Stream<ObservationRecord> s = ObservationReader.forRubric(rubric).read(DIR.resolve(file))) {
      return s.toList();
    }
  }

  private static String summary(ObservationRecord r) {
    return r.line() + " " + r.id().orElse("-") + " " + (r instanceof ObservationRecord.Invalid i ? i.reason() : "ok");
  }

  @Test
  void csvWithBomReadsEveryGoodRowAndReportsEveryBadRowWithItsLine() {
    List<ObservationRecord> records = read("scores.csv");
    assertThat(records.stream().map(ObservationReaderTest::summary).toList()).containsExactly(
        "2 ev-1 ok",
        "3 ev-2 ok",
        "4 ev-3 column period: period \"2024-09-31\" is not a date (2024-09-17), ISO week (2024-W38), month (2024-09), quarter (2024-Q3) or year (2024); 2024-09 has 30 days, not 31",
        "5 ev-4 column first-contact-resolution: \"85\" is not a percent; write 85% or a fraction in [0, 1]",
        "6 ev-5 column solution-quality: level 9 is not declared; the levels are 1, 2, 3, 4, 5",
        "7 ev-6 the row has 5 cells, the header has 13",
        "8 - the evaluation has no id",
        "9 ev-8 ok",
        "11 ev-9 column first-response-time: \"30 minutes\" is not a duration; write it like 30s, 90m, 2h, 1d12h, 1.5h or PT2H");
  }

  @Test
  void csvCellsBecomeObservations() {
    Observations first = ((ObservationRecord.Valid) read("scores.csv").get(0)).observations();
    assertThat(first.id()).isEqualTo("ev-1");
    assertThat(first.subject()).contains("agent-007");
    assertThat(first.period()).contains("2024-09-17");
    assertThat(first.tags()).containsEntry("team", "after-sales");
    assertThat(first.values().get("first-response-time")).isEqualTo(Value.parse("4h"));
    assertThat(first.evidence()).containsEntry("first-response-time", "客户*投诉工单平均响应时长4小时");
    Observations quoted = ((ObservationRecord.Valid) read("scores.csv").get(7)).observations();
    assertThat(quoted.subject()).contains("agent, 014");
    assertThat(quoted.values().get("first-response-time")).isEqualTo(Value.notApplicable());
    assertThat(quoted.evidence()).containsEntry("first-response-time", "multi\nline evidence");
    assertThat(rubric.evaluate(first).total()).isEqualByComparingTo("4.15");
  }

  @Test
  void jsonLinesGoOnAfterABadLine() {
    assertThat(read("scores.jsonl").stream().map(ObservationReaderTest::summary).toList()).containsExactly(
        "1 ev-1 ok",
        "2 ev-2 values.unknown-thing: the rubric has no indicator `unknown-thing`",
        "4 ev-3 values.first-response-time: a value must be text such as \"4h\", \"85%\" or \"n/a\", or a number, found the boolean `true`; flags.review-manipulated: a flag must be true or false, found the text `yes`",
        "5 - JSON syntax error: Unexpected end-of-input: expected close marker for Object",
        "6 ev-5 unknown key `vaules`; did you mean `values`?; an evaluation has id, subject, period, tags, values, flags, evidence",
        "7 - an evaluation must be a JSON object, found a list",
        "8 ev-7 ok");
  }

  @Test
  void aJsonArrayIsReadElementByElement() {
    assertThat(read("scores.json").stream().map(ObservationReaderTest::summary).toList()).containsExactly(
        "2 ev-1 ok",
        "4 ev-2 values.first-response-time: \"4 hours\" is not a duration; write it like 30s, 90m, 2h, 1d12h, 1.5h or PT2H",
        "5 ev-3 id: key `id` appears twice in the same mapping; keep one",
        "6 ev-4 ok");
  }

  @Test
  void aNumberIsPassedOnAsItsPlainText() {
    Observations ev7 = ((ObservationRecord.Valid) read("scores.jsonl").get(6)).observations();
    assertThat(ev7.values().get("first-contact-resolution")).isEqualTo(Value.parse("0.6"));
    assertThat(ev7.values().get("solution-quality")).isEqualTo(Value.parse("3"));
  }

  @Test
  void anUnknownCsvColumnRefusesTheHeaderWithASuggestion() {
    String csv = "id,first-respons-time,flag.review-manipulated\nev-1,4h,true\n";
    List<ObservationRecord> records = ObservationReader.forRubric(rubric)
        .read(new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ObservationFormat.CSV, "x.csv").toList();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).toString()).isEqualTo("x.csv:1: error: header: column `first-respons-time`: the rubric "
        + "has no indicator `first-respons-time`; did you mean `first-response-time`?; column `flag.review-manipulated`: "
        + "the rubric has no flag `review-manipulated`; no row was read");
  }

  @Test
  void jsonLinesInAJsonFileAreReportedAfterTheFirstEvaluationNotDropped() {
    String json = "{\"id\": \"ev-1\"}\n{\"id\": \"ev-2\"}\n{\"id\": \"ev-3\"}\n";
    List<ObservationRecord> records = ObservationReader.create()
        .read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ObservationFormat.JSON, "x.json").toList();
    assertThat(records.stream().map(ObservationReaderTest::summary).toList()).containsExactly(
        "1 ev-1 ok",
        "2 - another evaluation after the first: a JSON file holds one evaluation or an array of them;"
            + " one evaluation per line is JSON Lines (name the file .jsonl or give --input-format jsonl)");
  }

  @Test
  void textAfterTheOneJsonEvaluationIsReportedWithItsLine() {
    for (String trailing : new String[] {"trailing", "[1]", "5"}) {
      String json = "{\"id\": \"ev-1\"}\n  " + trailing + "\n";
      List<ObservationRecord> records = ObservationReader.create()
          .read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ObservationFormat.JSON, "x.json").toList();
      assertThat(records).as(trailing).hasSize(2);
      assertThat(records.get(0)).isInstanceOf(ObservationRecord.Valid.class);
      assertThat(records.get(1)).isInstanceOfSatisfying(ObservationRecord.Invalid.class, i -> {
        assertThat(i.line()).isEqualTo(2);
        assertThat(i.reason()).isNotBlank();
      });
    }
  }

  @Test
  void withoutARubricOnlyTheStructureIsChecked() {
    String csv = "id,anything,flag.x\nev-1,85,yes\nev-2,85,true\n";
    List<ObservationRecord> records = ObservationReader.create()
        .read(new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ObservationFormat.CSV, "x.csv").toList();
    assertThat(records.stream().map(ObservationReaderTest::summary).toList()).containsExactly(
        "2 ev-1 column flag.x: `yes` is not a flag; write true or false (yes, on, 1 and the like are not flags)",
        "3 ev-2 ok");
  }

  @Test
  void aCsvWithAnUnclosedQuoteStopsWithAReportInsteadOfAnException() {
    String csv = "id,solution-quality\nev-1,4\nev-2,\"4\nev-3,5\n";
    List<ObservationRecord> records = ObservationReader.forRubric(rubric)
        .read(new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ObservationFormat.CSV, "x.csv").toList();
    assertThat(records).hasSize(2);
    assertThat(records.get(0)).isInstanceOf(ObservationRecord.Valid.class);
    assertThat(records.get(1).toString()).contains("CSV syntax error").contains("reading stopped here");
  }

  @Test
  void aBadCsvRowIsReportedAtItsLineAndTheRowsAfterItAreRead() {
    String longCell = "x".repeat(ObservationSources.MAX_RECORD_CHARS + 1);
    byte[] head = ("id,fcr\nev-1,\"90%\"x\nev-2," + longCell + "\nev-3,\"80%\"\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'e', 'v', '-', '4', ',', (byte) 0xC3, (byte) 0x28, '\n'};
    byte[] tail = "ev-5,\"a\nb\"\nev-6,70%\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);

    List<ObservationRecord> records = ObservationReader.create()
        .read(new java.io.ByteArrayInputStream(all), ObservationFormat.CSV, "x.csv").toList();

    assertThat(records.stream().map(ObservationReaderTest::summary).toList()).containsExactly(
        "2 ev-1 CSV syntax error: cell 2 has text after its closing quote; quote the whole cell",
        "3 ev-2 CSV syntax error: cell 2 is longer than " + ObservationSources.MAX_RECORD_CHARS + " characters",
        "4 ev-3 ok",
        "5 - the row is not valid UTF-8; save the file as UTF-8",
        "6 ev-5 ok",
        "8 ev-6 ok");
  }

  @Test
  void aJsonLinesLineThatIsNotUtf8IsReportedAndTheNextLinesRead() {
    byte[] jsonl = "{\"id\":\"a\"}\r\n{\"id\":\"\u00ff\"}\n{\"id\":\"c\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    List<ObservationRecord> records = ObservationReader.create()
        .read(new java.io.ByteArrayInputStream(jsonl), ObservationFormat.JSON_LINES, "x.jsonl").toList();
    assertThat(records.stream().map(ObservationReaderTest::summary).toList()).containsExactly(
        "1 a ok", "2 - the line is not valid UTF-8; save the file as UTF-8", "3 c ok");
  }

  @Test
  void invalidUtf8IsReportedNotThrown() {
    byte[] bytes = {'i', 'd', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
    List<ObservationRecord> records = ObservationReader.create()
        .read(new java.io.ByteArrayInputStream(bytes), ObservationFormat.CSV, "x.csv").toList();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).toString()).contains("not valid UTF-8");
  }

  @Test
  void invalidUtf8IsReportedAtTheLineOfTheBadByteInEveryFormat() {
    // Found by GarbageInputPropertiesTest: these records came with line 0 ("fuzz:0: error: ...").
    byte[] csv = {'i', 'd', '\n', 'e', 'v', '-', '1', '\r', '\n', 'e', 'v', '-', (byte) 0xC3, (byte) 0x28, '\n'};
    byte[] jsonl = "{\"id\":\"a\"}\n\n{\"id\":\"\u00ff\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] json = "[{\"id\":\"a\"},\n{\"id\":\"\u00ff\"}]".getBytes(StandardCharsets.ISO_8859_1);
    List<ObservationRecord> csvRecords = ObservationReader.create()
        .read(new java.io.ByteArrayInputStream(csv), ObservationFormat.CSV, "x").toList();
    assertThat(csvRecords.get(csvRecords.size() - 1).toString())
        .isEqualTo("x:3: error: the row is not valid UTF-8; save the file as UTF-8");
    List<ObservationRecord> jsonlRecords = ObservationReader.create()
        .read(new java.io.ByteArrayInputStream(jsonl), ObservationFormat.JSON_LINES, "x").toList();
    assertThat(jsonlRecords.get(jsonlRecords.size() - 1).toString())
        .isEqualTo("x:3: error: the line is not valid UTF-8; save the file as UTF-8");
    for (Object[] c : new Object[][] {{json, ObservationFormat.JSON, 2L}}) {
      List<ObservationRecord> records = ObservationReader.create()
          .read(new java.io.ByteArrayInputStream((byte[]) c[0]), (ObservationFormat) c[1], "x").toList();
      ObservationRecord last = records.get(records.size() - 1);
      assertThat(last).as("%s", c[1]).isInstanceOf(ObservationRecord.Invalid.class);
      assertThat(last.line()).as("%s", c[1]).isEqualTo((long) c[2]);
      assertThat(last.toString()).as("%s", c[1]).isEqualTo("x:" + c[2] + ": error: cannot read the input: the input is not valid UTF-8; save it as UTF-8");
    }
  }

  @Test
  void aMillionRowCsvStreamsInConstantMemory() {
    long rows = 300_000;
    InputStream generated = new InputStream() {
      private final byte[] header = "id,solution-quality,tag.team\n".getBytes(StandardCharsets.US_ASCII);
      private long row = -1;
      private byte[] current = header;
      private int pos;

      @Override
      public int read() {
        if (pos == current.length) {
          row++;
          if (row >= rows) {
            return -1;
          }
          current = ("ev-" + row + "," + (1 + row % 5) + ",team-" + (row % 7) + "\n").getBytes(StandardCharsets.US_ASCII);
          pos = 0;
        }
        return current[pos++];
      }
    };
    AtomicLong valid = new AtomicLong();
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long[] peak = {before};
    try (Stream<ObservationRecord> s = ObservationReader.forRubric(rubric).read(generated, ObservationFormat.CSV, "gen.csv")) {
      s.forEach(r -> {
        if (r instanceof ObservationRecord.Valid) {
          valid.incrementAndGet();
        }
        if (valid.get() % 50_000 == 0) {
          System.gc();
          peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
        }
      });
    }
    assertThat(valid.get()).isEqualTo(rows);
    assertThat(peak[0] - before).as("heap growth while streaming").isLessThan(64L * 1024 * 1024);
  }
}
