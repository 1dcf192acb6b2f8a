package org.rubric4j.yaml.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.rubric4j.yaml.ObservationRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The evaluations of a JSON document, which is one evaluation object or an array of them. The
 * array is streamed: each element is read into a tree of its own by {@link TreeReader#readValue}
 * and decoded by {@link JsonObservationDecoder}, so memory holds one evaluation at a time.
 */
final class JsonSource extends ParserSource {
  private static final JsonFactory JSON =
      JsonFactory.builder().streamReadConstraints(ObservationSources.CONSTRAINTS).build();

  private boolean array;
  private boolean started;
  /** One evaluation object was read and returned: whatever follows it is reported, never dropped. */
  private boolean objectRead;

  JsonSource(Reader in, String source, ObservationChecks checks) {
    super(JSON.createParser(ObjectReadContext.empty(), in), in, source, checks);
  }

  @Override
  ObservationRecord fetch() {
    try {
      JsonToken t = parser.nextToken();
      if (objectRead) {
        finish();
        if (t == null) {
          return null;
        }
        long line = Math.max(1, lineOf(parser.currentTokenLocation()));
        return invalid(line, Optional.empty(), t == JsonToken.START_OBJECT
            ? "another evaluation after the first: a JSON file holds one evaluation or an array of them;"
                + " one evaluation per line is JSON Lines (name the file .jsonl or give --input-format jsonl)"
            : "unexpected content after the evaluation");
      }
      if (!started) {
        started = true;
        if (t == null) {
          return null;
        }
        if (t == JsonToken.START_ARRAY) {
          array = true;
          t = parser.nextToken();
        } else {
          objectRead = true;
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
      return invalid(syntaxLine(e), Optional.empty(), ParserMessages.describe(e) + "; reading stopped here");
    } catch (UncheckedIOException e) {
      throw e;
    } catch (RuntimeException e) {
      finish();
      return invalid(currentLine(), Optional.empty(), "cannot read the input: " + ioMessage(e.getCause() != null ? e.getCause() : e));
    }
  }
}
