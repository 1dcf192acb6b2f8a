package org.rubric4j.yaml.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.internal.Text;
import org.rubric4j.yaml.ObservationRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.csv.CsvFactory;

/**
 * Streaming readers of observations: each is an {@link Iterator} that holds one evaluation at a
 * time, so memory does not grow with the file. A bad row, line or element gives an
 * {@link ObservationRecord.Invalid} and reading goes on with the next one; only input that
 * breaks the syntax itself (an unclosed quote, a truncated array) ends the reading, with a
 * last invalid record saying so.
 */
public final class ObservationSources {

  /** Longest JSON Lines line or CSV cell, in characters. */
  public static final int MAX_RECORD_CHARS = TreeReader.MAX_CHARS;

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(TreeReader.MAX_DEPTH + 2)
      .maxNumberLength(Scalars.MAX_NUMBER_LENGTH + 2)
      .maxStringLength(MAX_RECORD_CHARS)
      .maxNameLength(4096)
      .build();

  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  private static final CsvFactory CSV = CsvFactory.builder().streamReadConstraints(CONSTRAINTS).build();

  private static final List<String> KEYS = List.of("id", "subject", "period", "tags", "values", "flags", "evidence");

  private ObservationSources() {}

  /**
   * A UTF-8 reader of {@code in} that drops a BOM and refuses malformed input, naming the line
   * of the first byte that is not UTF-8.
   */
  public static Reader utf8(InputStream in) {
    try {
      PushbackInputStream p = new PushbackInputStream(in, 3);
      byte[] head = p.readNBytes(3);
      boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
      if (!bom && head.length > 0) {
        p.unread(head);
      }
      return new Utf8Reader(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The evaluations of a JSON document: one object, or an array of them. */
  public static Iterator<ObservationRecord> json(Reader in, String source, ObservationChecks checks) {
    return new JsonSource(in, source, checks);
  }

  /** The evaluations of a JSON Lines document. */
  public static Iterator<ObservationRecord> jsonLines(Reader in, String source, ObservationChecks checks) {
    return new JsonLinesSource(in, source, checks);
  }

  /** The evaluations of a CSV document with a header row. */
  public static Iterator<ObservationRecord> csv(Reader in, String source, ObservationChecks checks) {
    return new CsvSource(in, source, checks);
  }

  /** Fetches records one at a time. */
  private abstract static class Source implements Iterator<ObservationRecord> {
    final String source;
    final ObservationChecks checks;
    /** The reader, when it counts lines itself. */
    Utf8Reader lines;
    private ObservationRecord next;
    private boolean done;

    Source(String source, ObservationChecks checks) {
      this.source = source;
      this.checks = checks;
    }

    /** The next record, or null at the end. */
    abstract ObservationRecord fetch();

    /** The line being read, from 1: where an input failure is reported when it names no line itself. */
    abstract long currentLine();

    /** The line of a syntax error, or the line being read when the parser names none. */
    long syntaxLine(JacksonException e) {
      long line = e.getLocation() == null ? 0 : lineOf(e.getLocation());
      return line > 0 ? line : Math.max(1, currentLine());
    }

    /**
     * The line of a parser location: counted from its character offset by the {@link Utf8Reader}
     * when there is one (the parser's own count can drift), else the parser's; 0 when unknown.
     */
    long lineOf(TokenStreamLocation at) {
      if (lines != null) {
        long line = lines.lineAt(at.getCharOffset());
        if (line > 0) {
          return line;
        }
      }
      return Math.max(0, at.getLineNr());
    }

    /** The line of an input failure {@code e}: the line of a byte that is not UTF-8, or the line being read. */
    long failureLine(Throwable e) {
      return e instanceof Utf8Reader.Malformed m ? m.line() : Math.max(1, currentLine());
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        try {
          next = fetch();
        } catch (UncheckedIOException e) {
          next = invalid(failureLine(e.getCause()), Optional.empty(), "cannot read the input: " + ioMessage(e.getCause()));
          finish();
        }
        if (next == null) {
          done = true;
        }
      }
      return next != null;
    }

    @Override
    public ObservationRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ObservationRecord r = next;
      next = null;
      return r;
    }

    /** Stops after the record being returned. */
    void finish() {
      done = true;
    }

    ObservationRecord invalid(long line, Optional<String> id, String reason) {
      return new ObservationRecord.Invalid(source, line, id, reason);
    }

    ObservationRecord record(long line, ObservationChecks.Draft d) {
      return d.build().<ObservationRecord>map(o -> new ObservationRecord.Valid(source, line, o))
          .orElseGet(() -> invalid(line, d.id(), d.reasons()));
    }

    /** Builds one evaluation from a JSON object. */
    ObservationRecord fromTree(long line, TreeReader.Result tree) {
      ObservationChecks.Draft d = checks.draft();
      if (tree.root().isEmpty() || !(tree.root().get() instanceof Node.MapNode m)) {
        tree.issues().forEach(i -> d.problem(where(i)));
        if (tree.root().isPresent()) {
          d.problem("an evaluation must be a JSON object, found " + tree.root().get().describe());
        }
        return invalid(line, Optional.empty(), String.join("; ", reasonsOf(d, tree)));
      }
      tree.issues().forEach(i -> d.problem(where(i)));
      Optional<Node> id = m.get("id");
      if (id.isPresent() && id.get() instanceof Node.Scalar s && s.kind() == Node.Kind.STRING) {
        d.id(s.text());
      } else if (id.isPresent()) {
        d.problem("`id` must be text, found " + id.get().describe());
      } else {
        d.problem("the evaluation has no `id`");
      }
      for (Node.Entry e : m.entries()) {
        switch (e.key()) {
          case "id" -> { }
          case "subject" -> text(d, e).ifPresent(d::subject);
          case "period" -> text(d, e).ifPresent(p -> d.period("period", p));
          case "tags" -> entries(d, e).forEach(t -> text(d, t, "tags." + t.key()).ifPresent(v -> d.tag(t.key(), v)));
          case "values" -> entries(d, e).forEach(v -> {
            String at = "values." + v.key();
            if (v.value() instanceof Node.Scalar s && (s.kind() == Node.Kind.STRING || s.kind() == Node.Kind.NUMBER)) {
              d.value(at, v.key(), s.text());
            } else {
              d.problem(at + ": a value must be text such as \"4h\", \"85%\" or \"n/a\", or a number, found "
                  + v.value().describe());
            }
          });
          case "flags" -> entries(d, e).forEach(f -> {
            String at = "flags." + f.key();
            if (f.value() instanceof Node.Scalar s && s.kind() == Node.Kind.BOOLEAN) {
              d.flag(at, f.key(), Boolean.parseBoolean(s.text()));
            } else {
              d.problem(at + ": a flag must be true or false, found " + f.value().describe());
            }
          });
          case "evidence" -> entries(d, e).forEach(v -> text(d, v, "evidence." + v.key())
              .ifPresent(t -> d.evidence("evidence." + v.key(), v.key(), t)));
          default -> d.problem("unknown key `" + Text.shorten(e.key()) + "`"
              + Text.didYouMean(e.key(), KEYS) + "; an evaluation has " + String.join(", ", KEYS));
        }
      }
      return record(line, d);
    }

    private List<String> reasonsOf(ObservationChecks.Draft d, TreeReader.Result tree) {
      List<String> out = new ArrayList<>();
      out.add(d.reasons());
      return out;
    }

    private String where(TreeReader.Issue i) {
      return (i.path().isEmpty() ? "" : i.path() + ": ") + i.message();
    }

    private Optional<String> text(ObservationChecks.Draft d, Node.Entry e) {
      return text(d, e, e.key());
    }

    private Optional<String> text(ObservationChecks.Draft d, Node.Entry e, String at) {
      if (e.value() instanceof Node.Scalar s && s.kind() == Node.Kind.STRING) {
        return Optional.of(s.text());
      }
      d.problem(at + ": must be text, found " + e.value().describe());
      return Optional.empty();
    }

    private List<Node.Entry> entries(ObservationChecks.Draft d, Node.Entry e) {
      if (e.value() instanceof Node.MapNode m) {
        return m.entries();
      }
      d.problem(e.key() + ": must be an object, found " + e.value().describe());
      return List.of();
    }
  }

  private static String ioMessage(Throwable e) {
    if (e instanceof Utf8Reader.Malformed || e instanceof java.nio.charset.CharacterCodingException) {
      return "the input is not valid UTF-8; save it as UTF-8";
    }
    return e == null || e.getMessage() == null ? "input/output error" : TreeReader.clean(e.getMessage());
  }

  /** A source read by a Jackson parser, whose records are located by the parser's position. */
  private abstract static class ParserSource extends Source {
    final JsonParser parser;

    ParserSource(JsonParser parser, Reader in, String source, ObservationChecks checks) {
      super(source, checks);
      this.parser = parser;
      this.lines = in instanceof Utf8Reader u ? u : null;
    }

    @Override
    long currentLine() {
      return Math.max(1, lineOf(parser.currentLocation()));
    }
  }

  private static final class JsonSource extends ParserSource {
    private boolean array;
    private boolean started;

    JsonSource(Reader in, String source, ObservationChecks checks) {
      super(JSON.createParser(ObjectReadContext.empty(), in), in, source, checks);
    }

    @Override
    ObservationRecord fetch() {
      try {
        JsonToken t = parser.nextToken();
        if (!started) {
          started = true;
          if (t == null) {
            return null;
          }
          if (t == JsonToken.START_ARRAY) {
            array = true;
            t = parser.nextToken();
          } else {
            finish();
          }
        }
        if (t == null || (array && t == JsonToken.END_ARRAY)) {
          if (array && t == JsonToken.END_ARRAY && parser.nextToken() != null) {
            finish();
            return invalid(Math.max(1, lineOf(parser.currentTokenLocation())), Optional.empty(),
                "unexpected content after the array of evaluations");
          }
          return null;
        }
        long line = Math.max(1, lineOf(parser.currentTokenLocation()));
        return fromTree(line, TreeReader.readValue(parser, t));
      } catch (JacksonException e) {
        finish();
        if (e.getCause() instanceof IOException io) {
          return invalid(failureLine(io), Optional.empty(), "cannot read the input: " + ioMessage(io));
        }
        return invalid(syntaxLine(e), Optional.empty(), TreeReader.describe(e) + "; reading stopped here");
      } catch (UncheckedIOException e) {
        throw e;
      } catch (RuntimeException e) {
        finish();
        return invalid(currentLine(), Optional.empty(), "cannot read the input: " + ioMessage(e.getCause() != null ? e.getCause() : e));
      }
    }
  }

  private static final class JsonLinesSource extends Source {
    private final BufferedReader in;
    private long lineNumber;

    JsonLinesSource(Reader in, String source, ObservationChecks checks) {
      super(source, checks);
      this.in = new BufferedReader(in, 64 * 1024);
    }

    @Override
    long currentLine() {
      return lineNumber + 1;
    }

    @Override
    ObservationRecord fetch() {
      while (true) {
        String line = readLine();
        if (line == null) {
          return null;
        }
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        if (line.length() > MAX_RECORD_CHARS) {
          return invalid(lineNumber, Optional.empty(), "the line is longer than " + MAX_RECORD_CHARS + " characters");
        }
        TreeReader.Result tree = TreeReader.read(lineNumber == 1 ? Input.withoutBom(line) : line, TreeReader.Syntax.JSON);
        return fromTree(lineNumber, tree);
      }
    }

    /** The next line, cut at {@link #MAX_RECORD_CHARS} + 1 characters so a huge line cannot exhaust memory. */
    private String readLine() {
      try {
        StringBuilder b = new StringBuilder();
        int c;
        boolean any = false;
        while ((c = in.read()) >= 0) {
          any = true;
          if (c == '\n') {
            break;
          }
          if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
              in.reset();
            }
            break;
          }
          if (b.length() <= MAX_RECORD_CHARS) {
            b.append((char) c);
          }
        }
        return any ? b.toString() : null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class CsvSource extends ParserSource {
    private List<String> header;
    private boolean headerRead;

    CsvSource(Reader in, String source, ObservationChecks checks) {
      super(CSV.createParser(ObjectReadContext.empty(), in), in, source, checks);
    }

    @Override
    ObservationRecord fetch() {
      try {
        if (!headerRead) {
          headerRead = true;
          Row h = row();
          if (h == null) {
            return null;
          }
          String problem = checkHeader(h.cells());
          if (problem != null) {
            finish();
            return invalid(h.line(), Optional.empty(), "header: " + problem + "; no row was read");
          }
          header = h.cells();
        }
        while (true) {
          Row r = row();
          if (r == null) {
            return null;
          }
          if (r.cells().size() == 1 && r.cells().get(0).isEmpty()) {
            continue; // an empty line
          }
          return fromRow(r);
        }
      } catch (JacksonException e) {
        finish();
        if (e.getCause() instanceof IOException io) {
          return invalid(failureLine(io), Optional.empty(), "cannot read the input: " + ioMessage(io));
        }
        return invalid(syntaxLine(e), Optional.empty(), "CSV syntax error: "
            + TreeReader.clean(String.valueOf(e.getOriginalMessage())) + "; reading stopped here");
      } catch (UncheckedIOException e) {
        throw e;
      } catch (RuntimeException e) {
        finish();
        return invalid(currentLine(), Optional.empty(), "cannot read the input: " + ioMessage(e.getCause() != null ? e.getCause() : e));
      }
    }

    private record Row(long line, List<String> cells) {}

    private Row row() {
      JsonToken t = parser.nextToken();
      while (t != null && t != JsonToken.START_ARRAY) {
        t = parser.nextToken();
      }
      if (t == null) {
        return null;
      }
      List<String> cells = new ArrayList<>();
      long line = 0;
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
        if (line == 0) {
          line = Math.max(1, lineOf(parser.currentTokenLocation()));
        }
        cells.add(parser.getString());
      }
      return new Row(line, cells);
    }

    private String checkHeader(List<String> cells) {
      Set<String> seen = new HashSet<>();
      List<String> problems = new ArrayList<>();
      for (String c : cells) {
        if (!seen.add(c)) {
          problems.add("column `" + Text.shorten(c) + "` appears twice");
        }
        String unknown = columnProblem(c);
        if (unknown != null) {
          problems.add(unknown);
        }
      }
      if (!seen.contains("id")) {
        problems.add("there is no `id` column");
      }
      return problems.isEmpty() ? null : String.join("; ", problems);
    }

    private String columnProblem(String c) {
      if (c.equals("id") || c.equals("subject") || c.equals("period")) {
        return null;
      }
      if (c.startsWith("tag.")) {
        return c.length() > 4 ? null : "column `tag.` names no tag";
      }
      if (c.startsWith("flag.")) {
        String p = checks.unknownFlag(c.substring(5));
        return p == null ? null : "column `" + Text.shorten(c) + "`: " + p;
      }
      if (c.startsWith("evidence.")) {
        String p = checks.unknownIndicator(c.substring(9));
        return p == null ? null : "column `" + Text.shorten(c) + "`: " + p;
      }
      if (c.isBlank()) {
        return "a column has no name";
      }
      String p = checks.unknownIndicator(c);
      return p == null ? null : "column `" + Text.shorten(c) + "`: " + p;
    }

    private ObservationRecord fromRow(Row r) {
      ObservationChecks.Draft d = checks.draft();
      List<String> cells = r.cells();
      int idColumn = header.indexOf("id");
      if (idColumn < cells.size()) {
        d.id(cells.get(idColumn).strip());
      } else {
        d.problem("the row has no id");
      }
      if (cells.size() != header.size()) {
        d.problem("the row has " + cells.size() + (cells.size() == 1 ? " cell" : " cells") + ", the header has "
            + header.size());
        return invalid(r.line(), d.id(), d.reasons());
      }
      for (int i = 0; i < header.size(); i++) {
        String column = header.get(i);
        String cell = cells.get(i);
        if (cell.isEmpty() || column.equals("id")) {
          continue;
        }
        String at = "column " + column;
        if (column.equals("subject")) {
          d.subject(cell);
        } else if (column.equals("period")) {
          d.period(at, cell.strip());
        } else if (column.startsWith("tag.")) {
          d.tag(column.substring(4), cell);
        } else if (column.startsWith("flag.")) {
          String v = cell.strip();
          if (v.equals("true") || v.equals("false")) {
            d.flag(at, column.substring(5), Boolean.parseBoolean(v));
          } else {
            d.problem(at + ": `" + Text.shorten(cell) + "` is not a flag; write true or false"
                + (Scalars.ambiguityOfPlainText(v) != null ? " (yes, on, 1 and the like are not flags)" : ""));
          }
        } else if (column.startsWith("evidence.")) {
          d.evidence(at, column.substring(9), cell);
        } else {
          d.value(at, column, cell.strip());
        }
      }
      return record(r.line(), d);
    }
  }
}
