package org.rubric4j.yaml.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.rubric4j.internal.Text;
import org.rubric4j.yaml.ObservationRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

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

  /**
   * The limits of the JSON and CSV parsers: those of a rubric document but for its length and
   * token count, since a stream of observations may be of any length (it is read one evaluation
   * at a time).
   */
  static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(TreeReader.MAX_DEPTH + 2)
      .maxNumberLength(Scalars.MAX_NUMBER_LENGTH + 2)
      .maxStringLength(MAX_RECORD_CHARS)
      .maxNameLength(4096)
      .build();

  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

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
}
