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
import java.util.Optional;
import java.util.Set;
import org.rubric4j.internal.Text;
import org.rubric4j.yaml.ObservationRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
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
        return JsonObservationDecoder.decode(this, line, TreeReader.readValue(parser, t));
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

  private static final class JsonLinesSource extends RecordSource {
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
        return JsonObservationDecoder.decode(this, lineNumber, tree);
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
