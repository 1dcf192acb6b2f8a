package org.rubric4j.yaml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a whole document with a size limit and decodes it as strict UTF-8, dropping a BOM. */
public final class Input {

  private Input() {}

  /** Thrown when the input is too large or not UTF-8; the message is fit for the user. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    Refused(String message) {
      this(message, 0, 0);
    }

    Refused(String message, int line, int column) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }

    /** The line the refusal is about, from 1; 0 when it is about the whole input (its size). */
    public int line() {
      return line;
    }

    /** The column, from 1, counted in characters; 0 with line 0. */
    public int column() {
      return column;
    }
  }

  /** Reads at most {@code maxBytes} bytes of {@code in} and decodes them. */
  public static String read(InputStream in, int maxBytes) throws IOException, Refused {
    byte[] bytes = in.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new Refused("the document is larger than " + (maxBytes / 1024) + " KiB; split it or remove what is not needed");
    }
    return decode(bytes);
  }

  /** Decodes {@code bytes} as UTF-8, refusing malformed input, and drops a leading BOM. */
  public static String decode(byte[] bytes) throws Refused {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError() || in.hasRemaining()) {
      // the decoded characters end where the bad byte starts: its line and column
      int line = 1;
      int column = 1;
      out.flip();
      for (int i = 0; i < out.limit(); i++) {
        char c = out.get(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= out.limit() || out.get(i + 1) != '\n'))) {
          line++;
          column = 1;
        } else if (c != '\r' && !Character.isLowSurrogate(c)) {
          column++;
        }
      }
      throw new Refused("the document is not valid UTF-8 (line " + line + ", column " + column
          + "); save it as UTF-8", line, column);
    }
    return out.flip().toString();
  }

  /** Drops a leading BOM from already decoded text. */
  public static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
