package org.rubric4j;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.internal.Coverage;
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
  private final String path;
  private final List<Problem> parseProblems;
  private final List<Optional<Band>> bands = new ArrayList<>();
  private Optional<BigDecimal> outOf = Optional.empty();

  BandsBuilder(Measure measure, String path, List<Problem> parseProblems) {
    this.measure = measure;
    this.path = path;
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
    if (range.measure() != measure) {
      parseProblems.add(Problem.error(at + ".range", "wrong-measure", "band " + range + " is a "
          + range.measure().key() + ", but the indicator measures a " + measure.key()));
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
    if (score.signum() < 0) {
      parseProblems.add(Problem.error(at + ".score", "negative-score",
          "a band score must be at least 0, was " + ValueText.plain(score)));
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
    if (measure == Measure.FLAG) {
      sink.error(path, "flag-bands",
          "flags cannot be banded; score a yes/no item with levels, or use a veto");
      return Optional.empty();
    }
    if (bands.isEmpty()) {
      sink.error(path, "no-bands", "a band rule needs at least one band");
      return Optional.empty();
    }
    if (bands.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty(); // already reported where it was read
    }
    List<Band> list = bands.stream().map(Optional::get).toList();
    boolean ok = true;
    for (Coverage.Issue issue : Coverage.check(Coverage.Domain.of(measure),
        list.stream().map(Band::range).toList(), "band")) {
      sink.error(path + "[" + issue.index() + "]", "band-" + issue.code(), issue.message());
      ok = false;
    }
    BigDecimal highest = list.stream().map(Band::score).max(Comparator.naturalOrder()).orElseThrow();
    String indicatorPath = path.substring(0, Math.max(0, path.lastIndexOf('.')));
    if (outOf.isPresent() && outOf.get().compareTo(highest) < 0) {
      sink.error(ProblemSink.join(indicatorPath, "outOf"), "out-of-below-band",
          "outOf " + ValueText.plain(outOf.get()) + " is below the highest band score "
              + ValueText.plain(highest));
      ok = false;
    }
    if (outOf.orElse(highest).signum() <= 0) {
      sink.error(path, "zero-maximum", "the highest band score must be above 0");
      ok = false;
    }
    if (!ok) {
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
