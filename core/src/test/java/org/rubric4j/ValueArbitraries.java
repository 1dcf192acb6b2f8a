package org.rubric4j;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of legal amounts, quantities and intervals of every {@link Measure}, for the property tests. */
public final class ValueArbitraries {

  private ValueArbitraries() {}

  /** Amounts in the measure's canonical units and domain, from small to very large. */
  public static Arbitrary<BigDecimal> amounts(Measure measure) {
    return switch (measure) {
      case DURATION -> Arbitraries.frequencyOf(
          net.jqwik.api.Tuple.of(6, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(10_000_000))
              .ofScale(3)),
          net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 400 * 86_400L).map(BigDecimal::valueOf)),
          net.jqwik.api.Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(25))
              .map(BigDecimal::new)));
      case PERCENT -> Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(6);
      case NUMBER -> Arbitraries.bigDecimals()
          .between(BigDecimal.valueOf(-1_000_000), BigDecimal.valueOf(1_000_000)).ofScale(4);
      case COUNT -> Arbitraries.longs().between(0, 1_000_000).map(BigDecimal::valueOf);
      case LEVEL -> Arbitraries.integers().between(-10, 10).map(BigDecimal::valueOf);
      case FLAG -> Arbitraries.of(BigDecimal.ZERO, BigDecimal.ONE);
    };
  }

  public static Arbitrary<Quantity> quantities() {
    return Arbitraries.of(Measure.class).flatMap(m -> amounts(m).map(a -> Quantity.of(m, a)));
  }

  /** Intervals of every measure, with every kind of end. */
  public static Arbitrary<Interval> intervals() {
    return Arbitraries.of(Measure.class).flatMap(ValueArbitraries::intervals);
  }

  public static Arbitrary<Interval> intervals(Measure measure) {
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 2); // inclusive, exclusive, unbounded
    return Combinators.combine(amounts(measure), amounts(measure), kind, kind)
        .as((a, b, lowKind, highKind) -> interval(measure, a.min(b), a.max(b), lowKind, highKind))
        .filter(Optional::isPresent)
        .map(Optional::get);
  }

  private static Optional<Interval> interval(Measure m, BigDecimal lo, BigDecimal hi, int lowKind, int highKind) {
    Bound lower = lowKind == 0 ? Bound.inclusive(lo) : lowKind == 1 ? Bound.exclusive(lo) : Bound.unbounded();
    Bound upper = highKind == 0 ? Bound.inclusive(hi) : highKind == 1 ? Bound.exclusive(hi) : Bound.unbounded();
    try {
      return Optional.of(new Interval(m, lower, upper));
    } catch (InvalidValueException empty) {
      return Optional.empty();
    }
  }
}
