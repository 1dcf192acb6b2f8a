package org.rubric4j.internal;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written scanners accept only what the documented forms accept (the patterns below
 * are those of docs/rubric-format.md, "Values") and give exactly their amount: on random text
 * over the characters values are made of, and on generated well-formed values.
 */
class ValueScannerPropertiesTest {

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("-?\\d+");
  private static final Pattern DURATION = Pattern.compile(
      "(?:(\\d+(?:\\.\\d+)?)d)?(?:(\\d+(?:\\.\\d+)?)h)?(?:(\\d+(?:\\.\\d+)?)m)?(?:(\\d+(?:\\.\\d+)?)s)?");
  private static final BigDecimal[] UNITS = {BigDecimal.valueOf(86_400), BigDecimal.valueOf(3_600),
      BigDecimal.valueOf(60), BigDecimal.ONE};

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("0123456789.-%dhmsx ").ofMinLength(0).ofMaxLength(12);
  }

  @Property(tries = 5000)
  void durationsAreThoseOfThePattern(@ForAll("texts") String text) {
    BigDecimal scanned = ValueScanner.wholeUnitDuration(text);
    if (scanned != null) {
      Matcher m = DURATION.matcher(text);
      assertThat(m.matches()).as(text).isTrue();
      BigDecimal seconds = BigDecimal.ZERO;
      for (int g = 1; g <= 4; g++) {
        if (m.group(g) != null) {
          seconds = seconds.add(new BigDecimal(m.group(g)).multiply(UNITS[g - 1]));
        }
      }
      assertThat(scanned).as(text).isEqualTo(ValueText.canonical(seconds));
    }
  }

  @Property(tries = 5000)
  void decimalsAreThoseOfThePattern(@ForAll("texts") String text) {
    BigDecimal scanned = ValueScanner.decimal(text);
    if (scanned != null) {
      assertThat(DECIMAL.matcher(text).matches()).as(text).isTrue();
      assertThat(scanned).as(text).isEqualTo(ValueText.canonical(new BigDecimal(text)));
    }
    BigDecimal whole = ValueScanner.wholeNumber(text);
    if (whole != null) {
      assertThat(WHOLE.matcher(text).matches()).as(text).isTrue();
      assertThat(whole).as(text).isEqualTo(ValueText.canonical(new BigDecimal(text)));
    }
  }

  @Property(tries = 5000)
  void percentsAreThoseOfThePattern(@ForAll("texts") String text) {
    BigDecimal scanned = ValueScanner.percentWithSign(text);
    if (scanned != null) {
      String number = text.substring(0, text.length() - 1);
      assertThat(text).endsWith("%");
      assertThat(DECIMAL.matcher(number).matches()).as(text).isTrue();
      assertThat(scanned).as(text).isEqualTo(ValueText.canonical(new BigDecimal(number).movePointLeft(2)));
    }
  }

  @Property(tries = 2000)
  void wellFormedValuesAreScanned(@ForAll("wellFormed") String[] parts) {
    String kind = parts[0];
    String text = parts[1];
    BigDecimal scanned = switch (kind) {
      case "duration" -> ValueScanner.wholeUnitDuration(text);
      case "percent" -> ValueScanner.percentWithSign(text);
      default -> ValueScanner.decimal(text);
    };
    assertThat(scanned).as(text).isNotNull();
  }

  @Provide
  Arbitrary<String[]> wellFormed() {
    Arbitrary<String> number = Arbitraries.longs().between(0, 99_999).map(n -> Long.toString(n));
    Arbitrary<String[]> durations = Arbitraries.integers().between(1, 15).flatMap(units -> number.list().ofSize(4)
        .map(n -> {
          StringBuilder b = new StringBuilder();
          for (int u = 0; u < 4; u++) {
            if ((units & 1 << u) != 0) {
              b.append(n.get(u)).append("dhms".charAt(u));
            }
          }
          return new String[] {"duration", b.toString()};
        }));
    Arbitrary<String[]> decimals = Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000"))
        .ofScale(3).map(d -> new String[] {"decimal", d.toPlainString()});
    Arbitrary<String[]> percents = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100"))
        .ofScale(2).map(d -> new String[] {"percent", d.toPlainString() + "%"});
    return Arbitraries.oneOf(durations, decimals, percents);
  }

  @Test
  void theUsualFormsOfDataFiles() {
    assertThat(ValueScanner.wholeUnitDuration("1h45m53s")).isEqualTo(BigDecimal.valueOf(6353));
    assertThat(ValueScanner.wholeUnitDuration("3d")).isEqualTo(BigDecimal.valueOf(259_200));
    assertThat(ValueScanner.wholeUnitDuration("0s")).isEqualTo(BigDecimal.ZERO);
    assertThat(ValueScanner.wholeUnitDuration("1.5h")).isNull();
    assertThat(ValueScanner.wholeUnitDuration("1h1h")).isNull();
    assertThat(ValueScanner.wholeUnitDuration("1m1h")).isNull();
    assertThat(ValueScanner.wholeUnitDuration("12")).isNull();
    assertThat(ValueScanner.percentWithSign("88.4%")).isEqualTo(new BigDecimal("0.884"));
    assertThat(ValueScanner.percentWithSign("100%")).isEqualTo(BigDecimal.ONE);
    assertThat(ValueScanner.percentWithSign("85 %")).isNull();
    assertThat(ValueScanner.decimal("2.50")).isEqualTo(new BigDecimal("2.5"));
    assertThat(ValueScanner.decimal("2.")).isNull();
    assertThat(ValueScanner.decimal(".5")).isNull();
    assertThat(ValueScanner.wholeNumber("5.0")).isNull();
    assertThat(ValueScanner.wholeNumber("-3")).isEqualTo(BigDecimal.valueOf(-3));
  }
}
