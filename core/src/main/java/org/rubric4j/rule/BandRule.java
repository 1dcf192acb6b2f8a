package org.rubric4j.rule;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Measure;
import org.rubric4j.Quantity;
import org.rubric4j.internal.RuleChecks;
import org.rubric4j.internal.ValueText;

/**
 * A value falls in exactly one band and gets that band's score: first response {@code <= 2h}
 * → 5, {@code (2h, 6h]} → 4, ... .
 *
 * <p>Invariants: at least one band; every band on this rule's measure; no two bands overlap;
 * the bands leave no gap over the measure's domain (a duration from 0 up, a percent over
 * [0 %, 100 %], a count from 0 up; for numbers and levels, between the lowest and highest
 * band). {@link #maximum()} is {@code outOf} when given, otherwise the highest band score.
 * Immutable and thread-safe.
 *
 * @param measure the measure of the banded values
 * @param bands the bands, in the order declared
 * @param outOf the maximum, when it is above the highest band score
 */
public record BandRule(Measure measure, List<Band> bands, Optional<BigDecimal> outOf)
    implements ScoringRule {

  /** Checks the invariants above and copies the bands. */
  public BandRule {
    Objects.requireNonNull(measure, "measure");
    bands = List.copyOf(bands);
    outOf = Objects.requireNonNull(outOf, "outOf").map(ValueText::canonical);
    RuleChecks.requireNone(RuleChecks.bands(measure, bands.stream().map(Band::range).toList(),
        bands.stream().map(Band::score).toList(), outOf.orElse(null)), bands.toString());
  }

  /** A rule over {@code measure} with {@code bands} and the highest band score as maximum. */
  public static BandRule of(Measure measure, List<Band> bands) {
    return new BandRule(measure, bands, Optional.empty());
  }

  @Override
  public BigDecimal maximum() {
    return outOf.orElseGet(() -> bands.stream().map(Band::score)
        .max(Comparator.naturalOrder()).orElseThrow());
  }

  @Override
  public BigDecimal minimum() {
    return bands.stream().map(Band::score).min(Comparator.naturalOrder()).orElseThrow();
  }

  @Override
  public RuleScore score(Quantity value) {
    ScoringRule.requireMeasure(this, value);
    for (Band band : bands) {
      if (band.range().contains(value.amount())) {
        return RuleScore.of(band);
      }
    }
    throw InvalidValueException.of(value.toString(), "\"" + value + "\" is in no band");
  }

  @Override
  public String kind() {
    return "bands";
  }

}
