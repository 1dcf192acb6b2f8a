package org.rubric4j.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * The kept texts of {@link KeptTexts} are always the ones formatting the value afresh gives,
 * however values share and overwrite the cache's slots.
 */
class KeptTextsPropertiesTest {

  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
        Arbitraries.longs().between(-2_000, 2_000).map(BigInteger::valueOf),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-3, 14))
        .as(BigDecimal::new);
  }

  /** More values than the cache has slots, asked for twice, so slots are shared and replaced. */
  @Property(tries = 60)
  void numbersAreFormattedAsIfAfresh(
      @ForAll @Size(min = 1500, max = 3000) List<@From("decimals") BigDecimal> values,
      @ForAll @IntRange(min = 0, max = 6) int precision) {
    for (int pass = 0; pass < 2; pass++) {
      for (BigDecimal value : values) {
        assertThat(KeptTexts.plain(value)).isEqualTo(value.toPlainString());
        assertThat(KeptTexts.exact(value)).isEqualTo(plain(value));
        assertThat(KeptTexts.rounded(value, precision))
            .isEqualTo(value.setScale(precision, RoundingMode.HALF_UP).toPlainString());
        BigDecimal cut = value.scale() > KeptTexts.WEIGHT_DECIMALS
            ? value.setScale(KeptTexts.WEIGHT_DECIMALS, RoundingMode.HALF_UP) : value;
        assertThat(KeptTexts.weight(value)).isEqualTo(plain(cut));
      }
    }
  }

  @Property(tries = 300)
  void wordsAreWrittenAsTheGeneratorWritesAString(
      @ForAll @Size(max = 40) List<@StringLength(max = 12) String> words) {
    for (int pass = 0; pass < 2; pass++) {
      for (String word : words) {
        assertThat(json(g -> g.writeString(KeptTexts.word(word))))
            .isEqualTo(json(g -> g.writeString(word)));
      }
    }
  }

  @Property(tries = 50)
  void escapesAndNonAsciiAreWrittenAsTheGeneratorWritesThem(
      @ForAll("awkward") String word) {
    assertThat(json(g -> g.writeString(KeptTexts.word(word))))
        .isEqualTo(json(g -> g.writeString(word)));
  }

  @Provide
  Arbitrary<String> awkward() {
    return Arbitraries.strings().withChars("\"\\\n\t\u0000\u001f/<>&'首次响应é\u2028\uD83D\uDE00a")
        .ofMinLength(1).ofMaxLength(10);
  }

  private static String plain(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
  }

  private static String json(Consumer<JsonGenerator> write) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = TreeWriter.json().createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartArray();
      write.accept(g);
      g.writeEndArray();
    }
    return out.toString();
  }
}
