package org.rubric4j.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a careful developer would write by hand, in one pass, instead of
 * {@code rubric4j score crm-service-quality.yaml DATA --format csv -o OUT}: the baseline the
 * command-line tool is measured against end to end. It reads seed 000's observations CSV as
 * bytes, reads each cell with hand-written scanners ({@link ValueScanners}), scores in long
 * arithmetic and writes, buffered, exactly the bytes the tool writes (a test checks it).
 *
 * <p>Honest: it does the tool's work, no less. It takes the columns in any order, checks the
 * header, refuses what rubric4j's reader refuses (values it cannot read or score, bad periods,
 * blank ids, bytes that are not UTF-8, CSV syntax errors), keeps only the first row of each id,
 * shares an {@code n/a} indicator's weight among its applicable siblings as rubric4j does, and
 * reports every row it cannot score on standard error as {@code DATA:LINE: ID: REASON} (the
 * reasons in its own words) and goes on; exit code 1 then, 0 when every row was scored.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.rubric4j.benchmarks.HandWrittenPipeline in.csv out.csv</pre>
 */
public final class HandWrittenPipeline {

  private static final String[] INDICATORS = {"first-response-time", "resolution-time", "first-contact-resolution",
      "solution-quality", "communication-clarity", "expertise", "emotion-care", "follow-up-visits"};
  /** The dimension of each indicator, and each dimension's declared weight in percent (the rubric's 20/30/20/15/15). */
  private static final int[] DIMENSION_OF = {0, 0, 1, 1, 2, 2, 3, 4};
  private static final long[] WEIGHT = {20, 30, 20, 15, 15};
  private static final byte[][] GRADES = ascii("fail", "basic-pass", "pass", "good", "excellent");
  private static final byte[] HEADER = ("id,subject,period,total,rawTotal,grade,vetoes,"
      + "responsiveness,problem-solving,communication,emotional-care,follow-up\n").getBytes(StandardCharsets.US_ASCII);

  /** What a column holds: an indicator (0 to 7) or one of these. */
  private static final int ID = -1;
  private static final int SUBJECT = -2;
  private static final int PERIOD = -3;
  private static final int IGNORED = -4; // tags and evidence: kept by rubric4j, written by neither
  /** A point value meaning no value was given, and one meaning n/a. */
  private static final int MISSING = -1;
  private static final int NOT_APPLICABLE = 0;

  private final String source;
  private final CsvRowScanner csv;
  private final OutputStream out;
  private final PrintStream err;
  private final ValueScanners scanners = new ValueScanners();
  private final Set<String> ids = new HashSet<>();
  private int[] kinds;
  private int idColumn;
  private final int[] points = new int[INDICATORS.length];
  private final long[] sum = new long[WEIGHT.length];
  private final long[] count = new long[WEIGHT.length];
  private final ByteSlice id = new ByteSlice();
  private final ByteSlice subject = new ByteSlice();
  private final ByteSlice period = new ByteSlice();
  private final ByteSlice value = new ByteSlice();
  private long scored;
  private long bad;

  private HandWrittenPipeline(String source, InputStream in, OutputStream out, PrintStream err) {
    this.source = source;
    this.csv = new CsvRowScanner(in);
    this.out = out;
    this.err = err;
  }

  /** Scores {@code args[0]} into {@code args[1]} and exits with the exit code of {@link #run}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: HandWrittenPipeline IN.csv OUT.csv");
      System.exit(2);
    }
    PrintStream err = new PrintStream(new BufferedOutputStream(System.err), false, StandardCharsets.UTF_8);
    int exit = run(Path.of(args[0]), Path.of(args[1]), err);
    err.flush();
    System.exit(exit);
  }

  /** Scores every row of {@code data} into {@code output}; 0 when every row was scored, 1 otherwise. */
  public static int run(Path data, Path output, PrintStream err) throws IOException {
    try (InputStream in = Files.newInputStream(data);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
      HandWrittenPipeline p = new HandWrittenPipeline(data.toString(), in, out, err);
      p.out.write(HEADER);
      if (p.csv.next()) {
        if (p.header()) {
          while (p.csv.next()) {
            p.row();
          }
        }
      }
      if (p.bad > 0) {
        err.println("handwritten: " + p.bad + " of " + (p.scored + p.bad) + " rows could not be scored");
        return 1;
      }
      return 0;
    }
  }

  /** Reads the header: every column known, none twice, an id; otherwise nothing is read. */
  private boolean header() {
    Map<String, Integer> known = new HashMap<>();
    known.put("id", ID);
    known.put("subject", SUBJECT);
    known.put("period", PERIOD);
    for (int k = 0; k < INDICATORS.length; k++) {
      known.put(INDICATORS[k], k);
      known.put("evidence." + INDICATORS[k], IGNORED);
    }
    String problem = csv.problem();
    kinds = new int[csv.cells()];
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < kinds.length && problem == null; c++) {
      String name = new String(csv.bytes(), csv.start(c), csv.end(c) - csv.start(c), StandardCharsets.UTF_8);
      Integer kind = name.startsWith("tag.") && name.length() > 4 ? Integer.valueOf(IGNORED) : known.get(name);
      if (kind == null || !seen.add(name)) {
        problem = "column `" + name + "` is unknown or repeated";
      } else {
        kinds[c] = kind;
      }
    }
    if (problem == null && !seen.contains("id")) {
      problem = "there is no `id` column";
    }
    if (problem != null) {
      bad(csv.firstLine(), null, "header: " + problem + "; no row was read");
      return false;
    }
    idColumn = indexOf(ID);
    return true;
  }

  /** Reads, checks, scores and writes one row, or reports why not. */
  private void row() throws IOException {
    long line = csv.firstLine();
    byte[] b = csv.bytes();
    int cells = csv.cells();
    if (csv.problem() != null) {
      bad(line, null, csv.problem());
      return;
    }
    if (cells == 1 && csv.end(0) == csv.start(0)) {
      return; // an empty line
    }
    if (cells != kinds.length) {
      bad(line, null, "the row has " + cells + " cells, the header has " + kinds.length);
      return;
    }
    String problem = id.strip(b, csv.start(idColumn), csv.end(idColumn)).isEmpty() ? "the row has no id" : null;
    subject.set(b, 0, 0);
    period.set(b, 0, 0);
    java.util.Arrays.fill(points, MISSING);
    for (int c = 0; c < cells; c++) {
      int start = csv.start(c);
      int end = csv.end(c);
      int kind = kinds[c];
      if (start == end || kind == ID || kind == IGNORED) {
        continue; // an empty cell is no value
      }
      if (kind == SUBJECT) {
        subject.strip(b, start, end);
      } else if (kind == PERIOD) {
        if (!asciiOnly(period.strip(b, start, end)) || !ValueScanners.isPeriod(period)) {
          problem = "column period: \"" + period + "\" is not a date, ISO week, month, quarter or year";
        }
      } else {
        int p = points(kind, value.strip(b, start, end));
        if (p < 0) {
          problem = "column " + INDICATORS[kind] + ": \"" + value + "\" cannot be read or scored";
        } else {
          points[kind] = p;
        }
      }
    }
    if (problem != null) {
      bad(line, id, problem);
      return;
    }
    // Only rows that could be read claim their id, as in rubric4j: a later row of the same id is refused.
    if (!ids.add(id.key())) {
      bad(line, id, "repeats the id of an earlier row; only the first row of an id is used");
      return;
    }
    score(line);
  }

  /** The points of a value of indicator {@code k}: 1 to 5, {@link #NOT_APPLICABLE}, or -1 when refused. */
  private int points(int k, ByteSlice v) {
    if (v.isNotApplicable()) {
      return NOT_APPLICABLE;
    }
    if (v.isEmpty() || v.chars() > ValueScanners.MAX_VALUE_CHARS || !asciiOnly(v) && !percentWithWideSpace(v)) {
      return -1;
    }
    if (k <= 1) {
      long seconds = scanners.durationCeilSeconds(v);
      return seconds < 0 ? -1 : k == 0 ? HandWritten.firstResponseBand(seconds) : HandWritten.resolutionBand(seconds);
    }
    if (k == 2) {
      long percent = ValueScanners.percentFloor(v);
      return percent < 0 ? -1 : percent < 60 ? 1 : percent < 70 ? 2 : percent < 80 ? 3 : percent < 90 ? 4 : 5;
    }
    long level = ValueScanners.wholeNumber(v);
    return level >= 1 && level <= 5 ? (int) level : -1; // the declared levels are 1 to 5
  }

  /**
   * total = 5 × Σ w_d · mean_d / (5 · Σ w_d) over the applicable dimensions: with two indicators
   * at most per dimension, Σ w_d · (2 · sum_d / n_d) / (2 · Σ w_d) is a ratio of longs, rounded
   * half up to cents once. Dimension scores are sum_d / n_d, halves at most, so exact in cents.
   */
  private void score(long line) throws IOException {
    java.util.Arrays.fill(sum, 0);
    java.util.Arrays.fill(count, 0);
    for (int k = 0; k < points.length; k++) {
      if (points[k] == MISSING) {
        bad(line, id, "no value for indicator " + INDICATORS[k]);
        return;
      }
      if (points[k] != NOT_APPLICABLE) {
        sum[DIMENSION_OF[k]] += points[k];
        count[DIMENSION_OF[k]]++;
      }
    }
    long numerator = 0;
    long weights = 0;
    for (int d = 0; d < 5; d++) {
      if (count[d] > 0) {
        numerator += WEIGHT[d] * sum[d] * (2 / count[d]);
        weights += WEIGHT[d];
      }
    }
    if (weights == 0) {
      bad(line, id, "every indicator is not applicable, so there is nothing to score");
      return;
    }
    long denominator = 2 * weights;
    long cents = (200 * numerator + denominator) / (2 * denominator); // round half up: floor(x + 1/2)
    writeText(id);
    out.write(',');
    writeText(subject);
    out.write(',');
    writeText(period);
    out.write(',');
    writeCents(cents);
    out.write(',');
    writeCents(cents); // rawTotal: seed 000 has no vetoes
    out.write(',');
    out.write(GRADES[cents >= 450 ? 4 : cents >= 350 ? 3 : cents >= 250 ? 2 : cents >= 150 ? 1 : 0]);
    out.write(','); // vetoes: none
    for (int d = 0; d < 5; d++) {
      out.write(',');
      if (count[d] > 0) {
        writeCents(100 * sum[d] / count[d]);
      }
    }
    out.write('\n');
    scored++;
  }

  /** {@code cents} as {@code 4.70}. */
  private void writeCents(long cents) throws IOException {
    long units = cents / 100;
    int rest = (int) (cents % 100);
    if (units >= 10) {
      out.write('0' + (int) (units / 10)); // never above 5 here, but correct if it were
    }
    out.write('0' + (int) (units % 10));
    out.write('.');
    out.write('0' + rest / 10);
    out.write('0' + rest % 10);
  }

  /**
   * A text cell as the tool writes it: with a leading {@code '} when it begins like a formula
   * ({@code = + - @}, a tab, a carriage return) and is not a number, then quoted when it holds a
   * comma, a quote or a line break (the tool's CsvSink.quote).
   */
  private void writeText(ByteSlice t) throws IOException {
    boolean formula = !t.isEmpty() && "=+-@\t\r".indexOf(t.at(0)) >= 0 && !isNumber(t);
    boolean quote = false;
    for (int i = t.from; i < t.to && !quote; i++) {
      byte c = t.bytes[i];
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (quote) {
      out.write('"');
    }
    if (formula) {
      out.write('\'');
    }
    if (!quote) {
      out.write(t.bytes, t.from, t.length());
    } else {
      for (int i = t.from; i < t.to; i++) {
        out.write(t.bytes[i]);
        if (t.bytes[i] == '"') {
          out.write('"');
        }
      }
      out.write('"');
    }
  }

  /** {@code [+-]?digits(.digits)?}, a number the formula guard leaves alone. */
  private static boolean isNumber(ByteSlice t) {
    int i = t.from;
    if (t.bytes[i] == '+' || t.bytes[i] == '-') {
      i++;
    }
    int digits = i;
    while (i < t.to && t.bytes[i] >= '0' && t.bytes[i] <= '9') {
      i++;
    }
    if (i == digits) {
      return false;
    }
    if (i < t.to && t.bytes[i] == '.') {
      int fraction = ++i;
      while (i < t.to && t.bytes[i] >= '0' && t.bytes[i] <= '9') {
        i++;
      }
      return i > fraction && i == t.to;
    }
    return i == t.to;
  }

  /**
   * Rewrites {@code 85\u3000%} as {@code 85%} in {@code v}, as rubric4j strips the number before a
   * percent sign (with {@link String#strip()}); false when the value is not of that form. Rare: slow.
   */
  private static boolean percentWithWideSpace(ByteSlice v) {
    String text = v.toString();
    if (!text.endsWith("%")) {
      return false;
    }
    byte[] rewritten = (text.substring(0, text.length() - 1).strip() + "%").getBytes(StandardCharsets.UTF_8);
    v.set(rewritten, 0, rewritten.length);
    return v.isAscii();
  }

  private static boolean asciiOnly(ByteSlice v) {
    return v.isAscii(); // every character the value syntax uses is ASCII: anything else is refused
  }

  private int indexOf(int kind) {
    for (int c = 0; c < kinds.length; c++) {
      if (kinds[c] == kind) {
        return c;
      }
    }
    return -1;
  }

  private void bad(long line, ByteSlice rowId, String reason) {
    String at = rowId == null || rowId.isEmpty() ? "" : rowId + ": ";
    err.println((source + ":" + line + ": " + at + reason).replace('\n', ' ').replace('\r', ' '));
    bad++;
  }

  private static byte[][] ascii(String... words) {
    byte[][] out = new byte[words.length][];
    for (int k = 0; k < words.length; k++) {
      out[k] = words[k].getBytes(StandardCharsets.US_ASCII);
    }
    return out;
  }
}
