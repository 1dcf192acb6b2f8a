package org.rubric4j.yaml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads a whole document with a size limit and decodes it as strict UTF-8, dropping a BOM. */
public final class Input {

  private Input() {}

  /** Thrown when the input is too large or not UTF-8; the message is fit for the user. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null, false, false);
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
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Arrays.copyOfRange(bytes, start, bytes.length)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Refused("the document is not valid UTF-8; save it as UTF-8");
    }
  }

  /** Drops a leading BOM from already decoded text. */
  public static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
