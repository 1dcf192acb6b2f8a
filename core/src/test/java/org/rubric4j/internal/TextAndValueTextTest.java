package org.rubric4j.internal;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rubric4j.Measure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The text helpers: edit distance for hints, and the exact text forms of values. */
class TextAndValueTextTest {

  @Test
  void editDistanceCountsInsertionsDeletionsSubstitutionsAndTranspositions() {
    assertThat(Text.editDistance("", "")).isZero();
    assertThat(Text.editDistance("abc", "")).isEqualTo(3);
    assertThat(Text.editDistance("", "abc")).isEqualTo(3);
    assertThat(Text.editDistance("clarty", "clarity")).isEqualTo(1);
    assertThat(Text.editDistance("kitten", "sitting")).isEqualTo(3);
    assertThat(Text.editDistance("fcr", "fcr")).isZero();
    assertThat(Text.editDistance("ab", "ba")).as("a transposition is one edit").isEqualTo(1);
  }

  @Test
  void aSuggestionIsMadeOnlyForALikelyTypo() {
    java.util.List<String> ids = java.util.List.of("clarity", "mean", "needs-improvement", "abc", "abd");
    assertThat(Text.didYouMean("clarty", ids)).isEqualTo("; did you mean `clarity`?");
    assertThat(Text.didYouMean("CLARTY", ids)).as("case is ignored").isEqualTo("; did you mean `clarity`?");
    assertThat(Text.didYouMean("median", ids)).isEmpty();
    assertThat(Text.didYouMean("xyc", ids)).isEmpty();
    assertThat(Text.closest("abx", ids)).as("ties go to the first in order").contains("abc");
    assertThat(Text.closest("needs-improvment", ids)).contains("needs-improvement");
  }

  @Test
  void aShortenedTextKeepsOneLineAndSixtyFourCodePoints() {
    assertThat(Text.shorten("a\nb\rc\td\u0000")).isEqualTo("a\\nb\\rc\\td\\u0000");
    assertThat(Text.shorten("x".repeat(65))).isEqualTo("x".repeat(64) + "…");
    assertThat(Text.shorten("😀".repeat(64))).isEqualTo("😀".repeat(64));
  }

  @Test
  void canonicalAmountsHaveNoTrailingZerosAndNoExponent() {
    assertThat(ValueText.canonical(new BigDecimal("2.500"))).isEqualTo(new BigDecimal("2.5"));
    assertThat(ValueText.canonical(new BigDecimal("1E+2")).toPlainString()).isEqualTo("100");
    assertThat(ValueText.canonical(new BigDecimal("100")).scale()).isZero();
    assertThat(ValueText.canonical(new BigDecimal("0.00"))).isSameAs(BigDecimal.ZERO);
    assertThat(ValueText.canonical(new BigDecimal("-3.10"))).isEqualTo(new BigDecimal("-3.1"));
    assertThat(ValueText.isInteger(new BigDecimal("3.0"))).isTrue();
    assertThat(ValueText.isInteger(new BigDecimal("0.0"))).isTrue();
    assertThat(ValueText.isInteger(new BigDecimal("3.5"))).isFalse();
    assertThat(ValueText.isInteger(new BigDecimal("3E+1"))).isTrue();
  }

  @Test
  void durationsAreWrittenInTheFewestUnits() {
    assertThat(ValueText.format(Measure.DURATION, BigDecimal.ZERO)).isEqualTo("0");
    assertThat(ValueText.format(Measure.DURATION, BigDecimal.valueOf(86_400))).isEqualTo("24h");
    assertThat(ValueText.format(Measure.DURATION, BigDecimal.valueOf(172_800))).isEqualTo("2d");
    assertThat(ValueText.format(Measure.DURATION, BigDecimal.valueOf(172_801))).isEqualTo("48h1s");
    assertThat(ValueText.format(Measure.DURATION, BigDecimal.valueOf(3_660))).isEqualTo("1h1m");
    assertThat(ValueText.format(Measure.DURATION, new BigDecimal("0.5"))).isEqualTo("0.5s");
    assertThat(ValueText.format(Measure.FLAG, BigDecimal.ONE)).isEqualTo("true");
    assertThat(ValueText.format(Measure.FLAG, BigDecimal.ZERO)).isEqualTo("false");
    assertThat(ValueText.format(Measure.PERCENT, new BigDecimal("0.855"))).isEqualTo("85.5%");
  }

  @Test
  void flagsAreTrueOrFalseAndNothingElse() {
    assertThat(ValueText.parse(Measure.FLAG, "true")).isEqualByComparingTo("1");
    assertThat(ValueText.parse(Measure.FLAG, "false")).isEqualByComparingTo("0");
    assertThatThrownBy(() -> ValueText.parse(Measure.FLAG, "yes")).hasMessage("\"yes\" is not a flag; write true or false");
    assertThat(ValueText.domainViolation(Measure.FLAG, BigDecimal.ONE)).isNull();
    assertThat(ValueText.domainViolation(Measure.FLAG, BigDecimal.ZERO)).isNull();
    assertThat(ValueText.domainViolation(Measure.FLAG, new BigDecimal("0.5"))).isEqualTo("a flag is true or false");
  }

  @Test
  void aValueMayBeSixtyFourCharactersLongButNoLonger() {
    String longest = "1".repeat(Text.MAX_QUOTED);
    assertThat(ValueText.parse(Measure.NUMBER, longest)).isEqualTo(new BigDecimal(longest));
    assertThatThrownBy(() -> ValueText.parse(Measure.NUMBER, longest + "1"))
        .hasMessage("\"" + longest + "…\" is longer than 64 characters, too long for a number");
    assertThat(Text.shorten(longest)).isEqualTo(longest);
    assertThat(Text.shorten(longest + "23")).isEqualTo(longest + "…");
  }

  @Test
  void emptyTextNamesTheMeasure() {
    assertThatThrownBy(() -> ValueText.parse(Measure.COUNT, " "))
        .hasMessage("empty count; write a non-negative whole number such as 3");
    assertThatThrownBy(() -> ValueText.parse(Measure.FLAG, "")).hasMessage("empty flag; write true or false");
    assertThatThrownBy(() -> ValueText.parse(Measure.LEVEL, "")).hasMessage("empty level; write a whole number among the declared levels");
  }
}
