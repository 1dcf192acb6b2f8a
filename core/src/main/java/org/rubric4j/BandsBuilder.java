package org.rubric4j;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.internal.Coverage;
import org.rubric4j.internal.RuleChecks;
import org.rubric4j.internal.ValueText;
import org.rubric4j.rule.Band;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.ScoringRule;

/**
 * Adds the bands of a {@link BandRule}: {@code .band(5, "<= 2h").band(4, "(2h, 6h]")}.
 *
 * <p>At {@link RubricBuilder#build()} the bands must cover the measure's domain without gap
 * or overlap; a band whose scores are not monotonic in the measure gives a lint warning.
 */
public final class BandsBuilder {

  private final Measure measure;
  private final String indicatorPath;
  private final String path;
  private final List<Problem> parseProblems;
  private final List<Optional<Band>> bands = new ArrayList<>();
  private Optional<BigDecimal> outOf = Optional.empty();

  BandsBuilder(Measure measure, String indicatorPath, List<Problem> parseProblems) {
    this.measure = measure;
    this.indicatorPath = indicatorPath;
    this.path = ProblemSink.join(indicatorPath, "bands");
    this.parseProblems = parseProblems;
  }

  /** A band: values in {@code range} (such as {@code "(2h, 6h]"}) score {@code score}. */
  public BandsBuilder band(long score, String range) {
    return band(BigDecimal.valueOf(score), range);
  }

  /** A band: values in {@code range} (such as {@code "(2h, 6h]"}) score {@code score}. */
  public BandsBuilder band(BigDecimal score, String range) {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(range, "range");
    String at = path + "[" + bands.size() + "]";
    Optional<Interval> interval = readInterval(at + ".range", range);
    bands.add(interval.flatMap(i -> makeBand(at, score, i)));
    return this;
  }

  /** A band: values in {@code range} score {@code score}. */
  public BandsBuilder band(long score, Interval range) {
    return band(BigDecimal.valueOf(score), range);
  }

  /** A band: values in {@code range} score {@code score}. */
  public BandsBuilder band(BigDecimal score, Interval range) {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(range, "range");
    String at = path + "[" + bands.size() + "]";
    String wrongMeasure = RuleChecks.bandMeasureProblem(range, measure);
    if (wrongMeasure != null) {
      parseProblems.add(Problem.error(at + ".range", "wrong-measure", wrongMeasure));
      bands.add(Optional.empty());
    } else {
      bands.add(makeBand(at, score, range));
    }
    return this;
  }

  /** The maximum, when it is above the highest band score (a rule whose best band scores 4 of 5). */
  public BandsBuilder outOf(BigDecimal outOf) {
    this.outOf = Optional.of(Objects.requireNonNull(outOf, "outOf"));
    return this;
  }

  /** The maximum, when it is above the highest band score. */
  public BandsBuilder outOf(long outOf) {
    return outOf(BigDecimal.valueOf(outOf));
  }

  private Optional<Band> makeBand(String at, BigDecimal score, Interval range) {
    String negative = RuleChecks.bandScoreProblem(score);
    if (negative != null) {
      parseProblems.add(Problem.error(at + ".score", "negative-score", negative));
      return Optional.empty();
    }
    return Optional.of(new Band(score, range));
  }

  private Optional<Interval> readInterval(String at, String text) {
    try {
      return Optional.of(Interval.parse(measure, text));
    } catch (InvalidValueException e) {
      String message = e.getMessage();
      try {
        Interval other = Interval.parse(text);
        // A missing unit also reads as a number; only a unit of another measure is a wrong measure.
        if (other.measure() != measure && other.measure() != Measure.NUMBER) {
          message = "band " + text.strip() + " is a " + other.measure().key()
              + ", but the indicator measures a " + measure.key();
          parseProblems.add(Problem.error(at, "wrong-measure", message));
          return Optional.empty();
        }
      } catch (InvalidValueException ignored) {
        // the first message is the better one
      }
      parseProblems.add(Problem.error(at, "invalid-value", message));
      return Optional.empty();
    }
  }

  Optional<ScoringRule> validate(ProblemSink sink) {
    if (bands.stream().anyMatch(Optional::isEmpty) && measure != Measure.FLAG) {
      return Optional.empty(); // already reported where it was read
    }
    List<Band> list = bands.stream().flatMap(Optional::stream).toList();
    if (sink.addAll(indicatorPath, RuleChecks.bands(measure, list.stream().map(Band::range).toList(),
        list.stream().map(Band::score).toList(), outOf.orElse(null)))) {
      return Optional.empty();
    }
    warnIfNotMonotonic(sink, list);
    return Optional.of(new BandRule(measure, list, outOf));
  }

  private void warnIfNotMonotonic(ProblemSink sink, List<Band> list) {
    List<Band> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.comparing(b -> b.range().lower().amountOrNull(),
        Comparator.nullsFirst(Comparator.naturalOrder())));
    boolean up = false;
    boolean down = false;
    for (int i = 1; i < sorted.size(); i++) {
      int c = sorted.get(i).score().compareTo(sorted.get(i - 1).score());
      up |= c > 0;
      down |= c < 0;
    }
    if (up && down) {
      sink.warning(path, "non-monotonic", "band scores go up and down along the measure ("
          + String.join(", ", sorted.stream().map(Band::toString).toList())
          + "); a better value should never score less");
    }
  }
}
