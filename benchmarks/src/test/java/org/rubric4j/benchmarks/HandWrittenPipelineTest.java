package org.rubric4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rubric4j.Rubric;
import org.rubric4j.cli.Main;
import org.rubric4j.cli.SampleDataGenerator;
import org.rubric4j.yaml.RubricReader;

/**
 * The hand-written pipeline writes, byte for byte, what {@code rubric4j score RUBRIC DATA --format
 * csv -o OUT} writes, and refuses the same rows (at the same lines, with the same exit code), so
 * that measuring one against the other is honest.
 */
class HandWrittenPipelineTest {

  private static final String HEADER = "id,subject,period,tag.team,tag.customerType,tag.channel,first-response-time,"
      + "resolution-time,first-contact-resolution,solution-quality,communication-clarity,expertise,emotion-care,"
      + "follow-up-visits,evidence.first-response-time";
  /** A row's cells after the id: subject, period, three tags, the eight values, evidence. */
  private static final String[] BASE = {"agent-01", "2024-03-22", "vip-care", "new", "online", "1h45m53s", "14h11m56s",
      "88.4%", "5", "3", "4", "5", "2", ""};

  @TempDir
  Path dir;

  private Path rubricFile;

  @BeforeEach
  void rubricAsAFile() throws IOException {
    rubricFile = dir.resolve("crm-service-quality.yaml");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("rubrics/crm-service-quality.yaml")) {
      Files.write(rubricFile, in.readAllBytes());
    }
  }

  @Test
  void generatedRowsWithManyNotApplicableValuesScoreByteForByteAsTheTool() throws IOException {
    Rubric rubric = RubricReader.create().read(rubricFile).rubric();
    SampleDataGenerator.Profile sample = SampleDataGenerator.profiles().get("crm-service-quality");
    // A high n/a rate, so that whole dimensions drop out and their weight is shared in every combination.
    SampleDataGenerator.Profile profile = new SampleDataGenerator.Profile(4000, sample.subjectPrefix(), 50,
        sample.tags(), false, 0.2, 0, 7);
    Path data = dir.resolve("generated.csv");
    Files.writeString(data, SampleDataGenerator.csv(rubric, profile), StandardCharsets.UTF_8);

    Outcome tool = tool(data);
    Outcome hand = handWritten(data);

    assertThat(tool.exit()).isZero();
    assertThat(hand.exit()).isZero();
    assertThat(hand.output()).isEqualTo(tool.output());
    List<String> rows = tool.output().lines().skip(1).toList();
    assertThat(rows).hasSize(4000);
    // The data reach what the comparison is about: dimensions left out, totals that needed rounding.
    assertThat(rows).filteredOn(r -> r.endsWith(",") || r.contains(",,,")).hasSizeGreaterThan(500);
    assertThat(rows).map(r -> r.split(",")[3]).filteredOn(t -> !t.endsWith("0") && !t.endsWith("5"))
        .hasSizeGreaterThan(100);
  }

  @Test
  void everyValueSyntaxIsReadAndRefusedAsTheToolDoes() throws IOException {
    List<String> rows = new ArrayList<>(List.of(HEADER));
    String[] durations = {"0", "2h", "2h0m1s", "1.5h", "7200s", "7200.000000001s", "1.99999999999999999999h",
        "2.00000000000000000001h", "0.000277777777999h", "PT2H", "pt2h", "P1DT12H", "PT0.5H", "P0.5D", "PT2H-1S",
        "PT-1H", "PT1,5S", "PT1.S", "P", "PT", "P1DT", "PT1D", "2H", "4", "0.0", "00", "-5m", "+2h", "24h1m",
        "1d", "3d", "5d", "5d0.0000000000001s", "99999999999999999999999d", " 2h ", "\u30002h", "2h\u3000",
        "1d12h30m15.5s", "30m2h", "2h2h", "1.h", ".5h", "12h", "43200.5s", "n/a", "N/A", " n/a ", "x",
        "0".repeat(62) + "2h", "0".repeat(63) + "2h", "2 h"};
    String[] percents = {"60%", "59.99%", "0.6", "0.5999", "1", "1.0", "1.01", "85", "100%", "100.0%",
        "100.01%", "-0%", "-0.0%", "-0.5%", "-0", "85 %", "85\t%", "85\u3000%", "%", "0.0", "89.999%", "90%",
        "0.9", "0.89999999999999999999", " 70% ", "abc", "7e1%", "060%", "1e-1", ".5", "5.%", "n/a", "0%"};
    String[] levels = {"1", "2", "3", "4", "5", "0", "6", "05", "-1", "+3", "3.0", "n/a", " 4 ", "\u0663",
        "99999999999999999999", "-0", ""};
    int n = 0;
    for (String d : durations) {
      rows.add(row("frt-" + n++, 5, d));
      rows.add(row("res-" + n++, 6, d));
    }
    for (String p : percents) {
      rows.add(row("fcr-" + n++, 7, p));
    }
    for (String l : levels) {
      for (int column = 8; column <= 12; column++) {
        rows.add(row("lvl-" + n++, column, l));
      }
    }
    for (String period : new String[] {"2024", "2024-02", "2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29",
        "2024-13", "2024-00", "2024-04-31", "2024-Q4", "2024-Q5", "2024-q1", "2026-W53", "2024-W53", "2024-W00",
        "2024-W01", " 2024-01 ", "24-01", "2024-1", "2024-01-1", "\u30002024", "", " ", "0000-02-29"}) {
      rows.add(row("per-" + n++, 1, period));
    }
    for (String subject : new String[] {" s ", "=s", "s,t", "\u3000s\u3000", "+1.5", "-x", "@x", "a\"b", "", "\ts"}) {
      rows.add(row("sub-" + n++, 0, subject));
    }
    for (String id : new String[] {" x1 ", "=x2", "-3", "+4.5", "@5", "a,6", "a\"7", "", "  ", "\u3000x8", "-9.5.5"}) {
      rows.add(csvLine(withCell(id, -1, null)));
    }
    // Every indicator n/a: nothing to score.
    rows.add(csvLine(withCells("all-na", "n/a")));
    // n/a everywhere but one indicator, for each indicator.
    for (int keep = 5; keep <= 12; keep++) {
      List<String> cells = withCells("one-" + keep, "n/a");
      cells.set(keep + 1, keep <= 6 ? "30h" : keep == 7 ? "77%" : "4");
      rows.add(csvLine(cells));
    }
    Outcome[] both = compare(String.join("\n", rows) + "\n");
    assertThat(both[0].badLines()).hasSizeGreaterThan(100);
    assertThat(both[0].output().lines().count()).isGreaterThan(150);
  }

  @Test
  void idsRowsAndBytesAreTakenAndRefusedAsTheToolDoes() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a BOM
    write(file, HEADER + "\r\n");
    write(file, row("a", 5, "2h") + "\r\n");
    write(file, row("a", 5, "3h") + "\n"); // the id again: refused
    write(file, row("b", 5, "4 hours") + "\n"); // refused by the reader: b is not claimed
    write(file, row("b", 5, "4h") + "\r"); // so this one is scored; a lone \r ends a line
    write(file, row("c", 5, "") + "\n"); // no value: read, so c is claimed, but not scored
    write(file, row("c", 5, "2h") + "\n"); // refused as a repeat
    write(file, csvLine(withCells("d", "n/a")) + "\n"); // nothing to score; d claimed
    write(file, row("d", 5, "1h") + "\n");
    write(file, "\n\n" + row("e", 13, "line one\r\nline two, \"quoted\"") + "\n"); // empty lines, a cell over lines
    write(file, row("f", 13, "after") + "\n");
    write(file, "g,agent-01,2024-01-01\n"); // too few cells
    write(file, row("h", 0, "x").replace(",x,", ",\"x\"y,") + "\n"); // text after a closing quote
    file.write(row("i", 13, "caf").getBytes(StandardCharsets.UTF_8));
    file.write(new byte[] {(byte) 0xC3, '\n'}); // a truncated sequence: not UTF-8
    write(file, row("j", 13, "caf\u00e9 \u5ba2\u6237 \ud83d\ude00") + "\n");
    file.write(row("k", 13, "x").getBytes(StandardCharsets.UTF_8));
    file.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}); // a surrogate in UTF-8: refused
    file.write(row("l", 13, "x").getBytes(StandardCharsets.UTF_8));
    file.write(new byte[] {(byte) 0xC0, (byte) 0xAF, '\n'}); // an overlong form: refused
    write(file, row("m", 1, "2024-05") + "\n");
    write(file, row("n", 13, "") + ",\n"); // one cell too many
    write(file, row("o", 5, "2h")); // the last row without a line break
    compare(file.toByteArray());
  }

  @Test
  void aQuoteNeverClosedStopsBothAtTheSameRow() throws IOException {
    compare(HEADER + "\n" + row("a", 5, "2h") + "\n" + row("b", 13, "x").replace(",x", ",\"open") + "\n"
        + row("c", 5, "2h") + "\n");
  }

  @Test
  void aBadHeaderReadsNoRowInEither() throws IOException {
    compare(HEADER.replace("expertise", "expertize") + "\n" + row("a", 5, "2h") + "\n");
    compare(HEADER.replace("tag.team", "tag.") + "\n" + row("a", 5, "2h") + "\n");
    compare(HEADER.replace("tag.team", "flag.team") + "\n" + row("a", 5, "2h") + "\n");
    compare(HEADER.replace("tag.channel", "tag.team") + "\n" + row("a", 5, "2h") + "\n");
    compare(HEADER.replace("id,", "ident,") + "\n" + row("a", 5, "2h") + "\n");
  }

  @Test
  void columnsInAnotherOrderAndMissingOnesAsTheTool() throws IOException {
    compare("period,follow-up-visits,emotion-care,expertise,communication-clarity,solution-quality,"
        + "first-contact-resolution,resolution-time,first-response-time,id\n2024-01,5,4,3,2,1,75%,3d,5h,x\n");
    compare("id,first-response-time\nx,2h\n"); // every other value missing
    compare("id\n");
    compare("");
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** What one program did: its exit code, the output file's text, and the lines it refused. */
  record Outcome(int exit, String output, List<Long> badLines) {}

  private Outcome[] compare(String csv) throws IOException {
    return compare(csv.getBytes(StandardCharsets.UTF_8));
  }

  private Outcome[] compare(byte[] csv) throws IOException {
    Path data = Files.createTempFile(dir, "data-", ".csv");
    Files.write(data, csv);
    Outcome tool = tool(data);
    Outcome hand = handWritten(data);
    // Line by line first, for a readable failure; then byte for byte, line breaks included.
    assertThat(hand.output().lines()).as("the output rows").containsExactlyElementsOf(tool.output().lines().toList());
    assertThat(hand.output()).as("the output file").isEqualTo(tool.output());
    assertThat(hand.badLines()).as("the lines refused").isEqualTo(tool.badLines());
    assertThat(hand.exit()).as("the exit code").isEqualTo(tool.exit());
    return new Outcome[] {tool, hand};
  }

  private Outcome tool(Path data) throws IOException {
    Path out = dir.resolve("tool-out.csv");
    StringWriter err = new StringWriter();
    int exit = Main.execute(InputStream.nullInputStream(), new PrintWriter(new StringWriter()), new PrintWriter(err),
        "score", rubricFile.toString(), data.toString(), "--format", "csv", "-o", out.toString());
    return new Outcome(exit, Files.readString(out, StandardCharsets.UTF_8), badLines(data, err.toString()));
  }

  private Outcome handWritten(Path data) throws IOException {
    Path out = dir.resolve("hand-out.csv");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = HandWrittenPipeline.run(data, out, e);
    }
    return new Outcome(exit, Files.readString(out, StandardCharsets.UTF_8),
        badLines(data, err.toString(StandardCharsets.UTF_8)));
  }

  /** The line numbers of the {@code DATA:LINE: ...} reports. */
  private static List<Long> badLines(Path data, String err) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(data.toString()) + ":(\\d+):").matcher(err);
    List<Long> lines = new ArrayList<>();
    while (m.find()) {
      lines.add(Long.parseLong(m.group(1)));
    }
    return lines;
  }

  /** A valid row with id {@code id} but for cell {@code column} of {@link #BASE}, set to {@code text}. */
  private static String row(String id, int column, String text) {
    return csvLine(withCell(id, column, text));
  }

  private static List<String> withCell(String id, int column, String text) {
    List<String> cells = new ArrayList<>(List.of(BASE));
    if (column >= 0) {
      cells.set(column, text);
    }
    cells.add(0, id);
    return cells;
  }

  /** A row whose eight values are all {@code value}. */
  private static List<String> withCells(String id, String value) {
    List<String> cells = withCell(id, -1, null);
    for (int k = 6; k <= 13; k++) {
      cells.set(k, value);
    }
    return cells;
  }

  /** The cells as a CSV line, quoted where RFC 4180 needs it. */
  private static String csvLine(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (String c : cells) {
      if (line.length() > 0) {
        line.append(',');
      }
      boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r");
      line.append(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    return line.toString();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
