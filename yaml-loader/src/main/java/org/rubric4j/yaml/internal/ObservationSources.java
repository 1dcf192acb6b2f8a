package org.rubric4j.yaml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.rubric4j.yaml.ObservationRecord;
import tools.jackson.core.StreamReadConstraints;

/**
 * Streaming readers of observations: each is an {@link Iterator} that holds one evaluation at a
 * time, so memory does not grow with the file. A bad row, line or element gives an
 * {@link ObservationRecord.Invalid} and reading goes on with the next one; only input that
 * breaks the syntax itself (an unclosed quote, a truncated array) ends the reading, with a
 * last invalid record saying so.
 *
 * <p>This class is the door to them and holds what they share (the UTF-8 decoding, the parser
 * limits); the readers are {@link JsonSource}, {@link JsonLinesSource} and {@link CsvSource},
 * built on {@link RecordSource}.
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

  private ObservationSources() {}

  /**
   * A UTF-8 reader of {@code in} that drops a BOM and refuses malformed input, naming the line
   * of the first byte that is not UTF-8.
   */
  public static Reader utf8(InputStream in) {
    return new Utf8Reader(withoutBom(in));
  }

  /** The bytes of {@code in} after the UTF-8 BOM it starts with, if it does. */
  public static InputStream withoutBom(InputStream in) {
    try {
      PushbackInputStream p = new PushbackInputStream(in, 3);
      byte[] head = p.readNBytes(3);
      boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
      if (!bom && head.length > 0) {
        p.unread(head);
      }
      return p;
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

  /** The evaluations of a CSV document with a header row, from its UTF-8 bytes without a BOM ({@link #withoutBom}). */
  public static Iterator<ObservationRecord> csv(InputStream in, String source, ObservationChecks checks) {
    return new CsvSource(in, source, checks);
  }
}
