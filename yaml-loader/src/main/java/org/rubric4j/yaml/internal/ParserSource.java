package org.rubric4j.yaml.internal;

import java.io.Reader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * A source read by a Jackson parser (the JSON and CSV sources), and the line lookup for its
 * records and syntax errors: a line is counted from the parser's character offset by the
 * {@link Utf8Reader} the input came through, because the parser's own line count can drift.
 */
abstract class ParserSource extends RecordSource {
  final JsonParser parser;
  /** The reader, when it counts lines itself; else null and the parser's count is used. */
  private final Utf8Reader lines;

  ParserSource(JsonParser parser, Reader in, String source, ObservationChecks checks) {
    super(source, checks);
    this.parser = parser;
    this.lines = in instanceof Utf8Reader u ? u : null;
  }

  @Override
  long currentLine() {
    return Math.max(1, lineOf(parser.currentLocation()));
  }

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
}
