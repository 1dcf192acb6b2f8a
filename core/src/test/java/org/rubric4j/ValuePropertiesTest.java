package org.rubric4j;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Round trips of quantities and weights, and robustness of the value readers. */
class ValuePropertiesTest {

  @Provide
  Arbitrary<Quantity> quantities() {
    return ValueArbitraries.quantities();
  }

  @Provide
  Arbitrary<Weight> weights() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(6)
        .filter(f -> f.signum() > 0).map(Weight::of);
  }

  @Provide
  Arbitrary<String> valueLikeTexts() {
    return Arbitraries.strings().withChars("0123456789.-+ dhmsPTHMSDWY%eE/natrufls").ofMaxLength(24);
  }

  @Property
  void aQuantityReadsBackFromItsTextToAnEqualQuantity(@ForAll("quantities") Quantity quantity) {
    assertThat(Quantity.parse(quantity.measure(), quantity.toString())).isEqualTo(quantity);
  }

  @Property
  void aQuantityKeepsItsAmountExactly(@ForAll("quantities") Quantity quantity) {
    assertThat(Quantity.parse(quantity.measure(), quantity.toString()).amount())
        .isEqualByComparingTo(quantity.amount());
  }

  @Property
  void equalAmountsOfAnyScaleMakeEqualQuantities(@ForAll("quantities") Quantity quantity) {
    BigDecimal rescaled = quantity.amount().setScale(quantity.amount().scale() + 3);

    assertThat(Quantity.of(quantity.measure(), rescaled)).isEqualTo(quantity);
  }

  @Property
  void aWeightReadsBackFromItsTextToAnEqualWeight(@ForAll("weights") Weight weight) {
    assertThat(Weight.parse(weight.toString())).isEqualTo(weight);
  }

  @Property
  void aWeightWrittenAsAFractionReadsAsThatFraction(@ForAll("weights") Weight weight) {
    assertThat(Weight.parse(weight.fraction().toPlainString())).isEqualTo(weight);
  }

  @Property
  void anyTextEitherReadsOrIsRefusedWithAnInvalidValueException(
      @ForAll Measure measure, @ForAll("valueLikeTexts") String text) {
    assertThatCode(() -> {
      try {
        Quantity q = measure.parse(text);
        assertThat(measure.parse(q.toString())).isEqualTo(q);
      } catch (InvalidValueException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }).doesNotThrowAnyException();
  }
}
