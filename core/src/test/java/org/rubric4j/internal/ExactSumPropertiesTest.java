package org.rubric4j.internal;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link ExactSum} equals BigDecimal addition, whatever the scales and however large. */
class ExactSumPropertiesTest {

  @Property(tries = 500)
  void sumsEqualBigDecimalSums(@ForAll("decimals") List<BigDecimal> values) {
    ExactSum sum = new ExactSum();
    ExactSum squares = new ExactSum();
    BigDecimal expected = BigDecimal.ZERO;
    BigDecimal expectedSquares = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      sum.add(v);
      squares.addSquareOf(v);
      expected = expected.add(v);
      expectedSquares = expectedSquares.add(v.multiply(v));
    }
    assertThat(sum.value()).isEqualByComparingTo(expected);
    assertThat(squares.value()).isEqualByComparingTo(expectedSquares);
  }

  @Property(tries = 200)
  void mergingPartialSumsEqualsOneSum(@ForAll("decimals") List<BigDecimal> left,
      @ForAll("decimals") List<BigDecimal> right) {
    ExactSum a = new ExactSum();
    ExactSum b = new ExactSum();
    ExactSum all = new ExactSum();
    left.forEach(a::add);
    right.forEach(b::add);
    left.forEach(all::add);
    right.forEach(all::add);
    a.add(b);
    assertThat(a.value()).isEqualByComparingTo(all.value());
  }

  @Test
  void overflowSpillsInsteadOfWrapping() {
    ExactSum sum = new ExactSum();
    BigDecimal big = BigDecimal.valueOf(Long.MAX_VALUE / 2 + 1);
    sum.add(big);
    sum.add(big);
    sum.add(new BigDecimal("0.000000000000000001"));
    assertThat(sum.value()).isEqualByComparingTo(big.add(big).add(new BigDecimal("0.000000000000000001")));
  }

  @Provide
  Arbitrary<List<BigDecimal>> decimals() {
    Arbitrary<BigDecimal> small = Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000"))
        .ofScale(4);
    Arbitrary<BigDecimal> whole = Arbitraries.longs().map(BigDecimal::valueOf);
    Arbitrary<BigDecimal> fine = Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L)
        .flatMap(d -> Arbitraries.integers().between(-3, 20).map(s -> BigDecimal.valueOf(d, s)));
    return Arbitraries.oneOf(small, whole, fine).list().ofMaxSize(40);
  }
}
