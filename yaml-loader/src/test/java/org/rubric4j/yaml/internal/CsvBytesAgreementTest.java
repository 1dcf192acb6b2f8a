package org.rubric4j.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The byte splitter ({@link CsvRecordReader}) gives the very records the character splitter
 * before it gave ({@link CharCsvRecordReader} over {@link Utf8Reader}): lines, cells and
 * problems, on inputs of CSV's own characters, multi-byte characters and bytes that are not
 * UTF-8, whatever the cell limit and however the input arrives (a few bytes at a time, so that
 * cells cross the end of the buffer).
 */
class CsvBytesAgreementTest {

  private static final List<byte[]> TOKENS = List.of(
      bytes(","), bytes(","), bytes(","), bytes("\""), bytes("\"\""), bytes("\n"), bytes("\n"), bytes("\r\n"),
      bytes("\r"), bytes("a"), bytes("id"), bytes("4h"), bytes("85%"), bytes(" "), bytes("x\"y"), bytes("é"),
      bytes("分"), bytes("😀"), bytes("\uFEFF"), bytes("\u0000"),
      new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xE2, (byte) 0x82},
      new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0x80},
      new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xF0, (byte) 0x9F},
      new byte[] {(byte) 0xFF}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      new byte[] {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, new byte[] {(byte) 0xF5, (byte) 0x80});

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Provide
  Arbitrary<byte[]> soups() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(120).map(tokens -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      tokens.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }

  @Property(tries = 3000)
  void tokenSoupsSplitAsTheCharacterSplitterSplitThem(@ForAll("soups") byte[] input,
      @ForAll @IntRange(min = 1, max = 12) int maxCell, @ForAll @IntRange(min = 1, max = 9) int chunk) {
    assertThat(byBytes(input, maxCell, chunk)).isEqualTo(byCharacters(input, maxCell));
  }

  @Property(tries = 300)
  void randomBytesSplitAsTheCharacterSplitterSplitThem(@ForAll @Size(max = 3000) byte[] input,
      @ForAll @IntRange(min = 1, max = 40) int maxCell, @ForAll @IntRange(min = 1, max = 5000) int chunk) {
    assertThat(byBytes(input, maxCell, chunk)).isEqualTo(byCharacters(input, maxCell));
  }

  @Property(tries = 2000)
  void theUtf8CheckAgreesWithJavasDecoder(@ForAll("soups") byte[] input) {
    assertThat(Utf8Check.wellFormed(input, 0, input.length)).isEqualTo(decodes(input));
    assertThat(Utf8Check.after(Utf8Check.WHOLE, input, 0, input.length) == Utf8Check.WHOLE).isEqualTo(decodes(input));
  }

  @Property(tries = 2000)
  void theUtf8CheckAgreesWithJavasDecoderOnRandomBytes(@ForAll @Size(max = 12) byte[] input) {
    assertThat(Utf8Check.wellFormed(input, 0, input.length)).isEqualTo(decodes(input));
    assertThat(Utf8Check.after(Utf8Check.WHOLE, input, 0, input.length) == Utf8Check.WHOLE).isEqualTo(decodes(input));
  }

  @Test
  void cellsLongerThanTheBufferAndTheLimitAreReadAsBefore() {
    StringBuilder csv = new StringBuilder("id,note\n");
    csv.append("a,").append("é".repeat(50_000)).append("\n"); // 100 000 bytes: crosses the buffer
    csv.append("b,\"").append("x".repeat(70_000)).append("\"\"y\"\n"); // quoted, over two buffers
    csv.append("c,").append("分".repeat(40_000)).append("\n");
    byte[] input = bytes(csv.toString());
    for (int maxCell : new int[] {39_999, 40_000, 60_000, 80_000}) {
      assertThat(byBytes(input, maxCell, Integer.MAX_VALUE)).as("limit %d", maxCell)
          .isEqualTo(byCharacters(input, maxCell));
    }
  }

  @Test
  void aBadByteBeyondTheLimitStillRefusesTheRowAsNotUtf8() {
    byte[] head = bytes("id\n" + "x".repeat(100));
    byte[] tail = {(byte) 0xE2, (byte) 0x28, '\n', 'o', 'k', '\n'};
    byte[] input = new byte[head.length + tail.length];
    System.arraycopy(head, 0, input, 0, head.length);
    System.arraycopy(tail, 0, input, head.length, tail.length);
    List<String> records = byBytes(input, 10, 7);
    assertThat(records).containsExactly("1 [id] null", "2 1 cells " + CsvRecordReader.NOT_UTF8, "3 [ok] null");
    assertThat(records).isEqualTo(byCharacters(input, 10));
  }

  private static boolean decodes(byte[] input) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static List<String> byBytes(byte[] input, int maxCell, int chunk) {
    CsvRecordReader reader = new CsvRecordReader(trickling(input, chunk), maxCell);
    List<String> records = new ArrayList<>();
    for (CsvRecordReader.Raw r = reader.next(); r != null; r = reader.next()) {
      records.add(describe(r));
    }
    return records;
  }

  private static List<String> byCharacters(byte[] input, int maxCell) {
    Utf8Reader utf8 = new Utf8Reader(new ByteArrayInputStream(input));
    utf8.tolerateMalformed();
    CharCsvRecordReader reader = new CharCsvRecordReader(utf8, maxCell);
    List<String> records = new ArrayList<>();
    for (CsvRecordReader.Raw r = reader.next(); r != null; r = reader.next()) {
      records.add(describe(r));
    }
    return records;
  }

  /** A record as text; the cells of a record that is not UTF-8 are not trusted, so only their number counts. */
  private static String describe(CsvRecordReader.Raw r) {
    Object cells = CsvRecordReader.NOT_UTF8.equals(r.problem()) ? r.cells().size() + " cells" : r.cells();
    return r.line() + " " + cells + " " + r.problem();
  }

  /** {@code input}, at most {@code chunk} bytes a read. */
  private static InputStream trickling(byte[] input, int chunk) {
    return new ByteArrayInputStream(input) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
