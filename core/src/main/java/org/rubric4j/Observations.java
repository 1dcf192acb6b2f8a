package org.rubric4j;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.internal.DecimalLongs;
import org.rubric4j.internal.ValueScanner;


/**
 * What one evaluation measured: its id, the subject (agent, team, customer), the period,
 * tags, one {@link Value} per indicator, flags, and free-text evidence per indicator.
 *
 * <pre>{@code
 * Observations o = Observations.builder("ev-1")
 *     .subject("agent-007").period("2024-09-17").tag("team", "after-sales")
 *     .value("first-response-time", Duration.ofHours(4))
 *     .value("fcr", "85%")
 *     .value("solution-quality", 5)
 *     .notApplicable("communication-clarity")
 *     .flag("review-manipulated", false)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #builder(String)} is the way to build one: each value
 * costs a map entry, so n values cost O(n). The {@code withX} methods return a new observation
 * that differs in one part (O(size) each, for an occasional change); the original is never
 * modified, so their result must be used. Maps keep their insertion order. Whether the values
 * fit a rubric is checked by {@link Rubric#evaluate}, which names every misfit.
 */
public final class Observations {

  private final String id;
  private final Optional<String> subject;
  private final Optional<String> period;
  private final Map<String, String> tags;
  private final Map<String, Value> values;
  private final Map<String, Boolean> flags;
  private final Map<String, String> evidence;
  /** The values' ids and values in insertion order, so an evaluator can read them by position. */
  private final String[] orderedValueIds;
  private final Value[] orderedValues;
  /**
   * Each value's amount as digits and a shape: measure ordinal × 32 + decimal scale (five bits), or −1
   * when the value is not a quantity of at most 18 digits. Lets the evaluator compare longs.
   */
  private final long[] orderedDigits;
  private final short[] orderedShapes;
  /** The flags' ids and values in insertion order. */
  private final String[] orderedFlagIds;
  private final boolean[] orderedFlagValues;

  private static final boolean[] NO_FLAG_VALUES = new boolean[0];
  private static final String[] NO_IDS = new String[0];

  private Observations(Builder b) {
    this.id = b.id;
    this.subject = Optional.ofNullable(b.subject);
    this.period = Optional.ofNullable(b.period);
    // One copy of each array the builder collected: the maps and the ordered views share them.
    this.tags = Builder.toMap(b.tags);
    this.flags = Builder.toMap(b.flags);
    this.evidence = Builder.toMap(b.evidence);
    this.orderedValueIds = b.values.keys();
    this.orderedValues = (Value[]) b.values.values();
    this.values = new ArrayMap<>(orderedValueIds, orderedValues);
    this.orderedDigits = new long[orderedValues.length];
    this.orderedShapes = new short[orderedValues.length];
    for (int k = 0; k < orderedValues.length; k++) {
      orderedShapes[k] = -1;
      if (orderedValues[k] instanceof Quantity q) {
        long digits = DecimalLongs.unscaled(q.amount());
        if (digits != FastScorer.NONE && q.amount().scale() <= 18) {
          orderedDigits[k] = digits;
          orderedShapes[k] = (short) (q.measure().ordinal() << 5 | q.amount().scale());
        }
      } else if (orderedValues[k] instanceof Value.Text t) {
        if (isPlainWhole(t.text())) {
          orderedDigits[k] = Long.parseLong(t.text());
          orderedShapes[k] = PLAIN_WHOLE;
        } else {
          scanText(k, t.text());
        }
      } else if (orderedValues[k] instanceof Value.Whole w && w.value() >= 0 && w.value() <= MAX_PLAIN_WHOLE) {
        orderedDigits[k] = w.value();
        orderedShapes[k] = PLAIN_WHOLE;
      }
    }
    this.orderedFlagIds = b.flags == null ? NO_IDS : b.flags.keys();
    Boolean[] flagValues = b.flags == null ? Builder.NO_FLAGS : (Boolean[]) b.flags.values();
    this.orderedFlagValues = flagValues.length == 0 ? NO_FLAG_VALUES : new boolean[flagValues.length];
    for (int k = 0; k < flagValues.length; k++) {
      orderedFlagValues[k] = flagValues[k];
    }
  }

  /**
   * Observations with id {@code id} and nothing measured yet.
   *
   * @throws InvalidValueException when the id is blank
   */
  public static Observations of(String id) {
    return builder(id).build();
  }

  /** A builder for observations with id {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder holding a copy of these observations. */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.subject = subject.orElse(null);
    b.period = period.orElse(null);
    tags.forEach(b::tag);
    b.values.putAll(values);
    flags.forEach(b::flag);
    evidence.forEach(b::evidence);
    return b;
  }

  /** The evaluation's id, unique in its data set. */
  public String id() {
    return id;
  }

  /** Who or what was evaluated: an agent, a team, a customer. */
  public Optional<String> subject() {
    return subject;
  }

  /** When: an ISO date, ISO week ({@code 2024-W38}), month, quarter ({@code 2024-Q3}) or year. */
  public Optional<String> period() {
    return period;
  }

  /** Free tags, such as {@code team → after-sales}; {@code appliesWhen} conditions read them. */
  public Map<String, String> tags() {
    return tags;
  }

  /** One value per indicator id. */
  public Map<String, Value> values() {
    return values;
  }

  /**
   * The shape of a non-negative whole number given without a unit ({@code value(id, 5)}, or a
   * text of digits only such as CSV cells give levels and counts): it reads as that whole number as a level, count or number, and as
   * nothing else without its unit.
   */
  static final short PLAIN_WHOLE = (short) (Measure.values().length << 5);

  /** The largest plain whole number the plan reads: 18 digits, as for text, so its keys fit a long. */
  private static final long MAX_PLAIN_WHOLE = 999_999_999_999_999_999L;

  private static boolean isPlainWhole(String text) {
    int n = text.length();
    if (n == 0 || n > 18) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Gives a text that can only be a duration ({@code 1h45m53s}) or a percent ({@code 88.4%}) the
   * digits and shape of that quantity, so that the evaluator reads it as it reads a typed one:
   * only the rubric knows the measure, and the plan compares it with the shape's.
   */
  private void scanText(int k, String text) {
    long seconds = ValueScanner.wholeUnitSeconds(text);
    if (seconds >= 0) {
      orderedDigits[k] = seconds;
      orderedShapes[k] = (short) (Measure.DURATION.ordinal() << 5);
      return;
    }
    long fraction = ValueScanner.percentWithSignPacked(text);
    if (fraction >= 0 && !ValueScanner.negative(fraction) && ValueScanner.scale(fraction) <= 18
        && ValueScanner.digits(fraction) <= DecimalLongs.tenTo(ValueScanner.scale(fraction))) {
      orderedDigits[k] = ValueScanner.digits(fraction);
      orderedShapes[k] = (short) (Measure.PERCENT.ordinal() << 5 | ValueScanner.scale(fraction));
    }
  }

  /** The ids of {@link #values()} in order; shared, never to be modified. */
  String[] orderedValueIds() {
    return orderedValueIds;
  }

  /** The values of {@link #values()} in order; shared, never to be modified. */
  Value[] orderedValues() {
    return orderedValues;
  }

  /** The digits of each value's amount, in order; see {@link #orderedShapes()}. Shared, never to be modified. */
  long[] orderedDigits() {
    return orderedDigits;
  }

  /** Each value's measure ordinal × 32 + scale, {@link #PLAIN_WHOLE}, or −1; shared, never to be modified. */
  short[] orderedShapes() {
    return orderedShapes;
  }

  /** The ids of {@link #flags()} in order; shared, never to be modified. */
  String[] orderedFlagIds() {
    return orderedFlagIds;
  }

  /** The values of {@link #flags()} in order; shared, never to be modified. */
  boolean[] orderedFlagValues() {
    return orderedFlagValues;
  }

  /** Flags by id; an absent flag is false. */
  public Map<String, Boolean> flags() {
    return flags;
  }

  /** Free-text evidence per indicator id (the seeds' "备注(具体事例)"). */
  public Map<String, String> evidence() {
    return evidence;
  }

  /** A new observation equal to this one but for its subject; this one is unchanged. O(size). */
  public Observations withSubject(String subject) {
    return toBuilder().subject(subject).build();
  }

  /** A new observation equal to this one but for its period; this one is unchanged. O(size). */
  public Observations withPeriod(String period) {
    return toBuilder().period(period).build();
  }

  /** A new observation with the tag {@code name} set to {@code value}; this one is unchanged. O(size). */
  public Observations withTag(String name, String value) {
    return toBuilder().tag(name, value).build();
  }

  /** A new observation with the value of {@code indicator} set; this one is unchanged. O(size). */
  public Observations withValue(String indicator, Value value) {
    return toBuilder().value(indicator, value).build();
  }

  /** A new observation with {@code indicator} measured as the duration {@code value}; this one is unchanged. */
  public Observations withValue(String indicator, Duration value) {
    return toBuilder().value(indicator, value).build();
  }

  /** A new observation with {@code indicator} given as a whole number; this one is unchanged. */
  public Observations withValue(String indicator, long value) {
    return toBuilder().value(indicator, value).build();
  }

  /**
   * A new observation with {@code indicator} given as text ({@code "4h"}, {@code "85%"},
   * {@code "n/a"}), read with the indicator's measure; this one is unchanged.
   */
  public Observations withValue(String indicator, String value) {
    return toBuilder().value(indicator, value).build();
  }

  /** A new observation with {@code indicator} not applicable; this one is unchanged. */
  public Observations withNotApplicable(String indicator) {
    return toBuilder().notApplicable(indicator).build();
  }

  /** A new observation with the flag set; this one is unchanged. */
  public Observations withFlag(String flag, boolean value) {
    return toBuilder().flag(flag, value).build();
  }

  /** A new observation with evidence for {@code indicator}; this one is unchanged. */
  public Observations withEvidence(String indicator, String text) {
    return toBuilder().evidence(indicator, text).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Observations other && id.equals(other.id) && subject.equals(other.subject)
        && period.equals(other.period) && tags.equals(other.tags) && values.equals(other.values)
        && flags.equals(other.flags) && evidence.equals(other.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, subject, period, tags, values, flags, evidence);
  }

  @Override
  public String toString() {
    return "Observations[" + id + subject.map(s -> ", subject " + s).orElse("")
        + period.map(p -> ", period " + p).orElse("") + ", values " + values + "]";
  }

  /**
   * Collects observations without copying at every step. Mutable and not thread-safe.
   * Values are kept in arrays in the order given (a later value for an id replaces the earlier
   * one in its place); {@link #build()} copies them once, so built observations never change.
   */
  public static final class Builder {
    private static final Value[] NO_VALUES = new Value[0];
    private static final Boolean[] NO_FLAGS = new Boolean[0];
    private final String id;
    private String subject;
    private String period;
    private final ArrayMap.Growing values = new ArrayMap.Growing(NO_VALUES);
    /** Made by the first tag, flag or evidence: most observations have none of some. */
    private ArrayMap.Growing tags;
    private ArrayMap.Growing flags;
    private ArrayMap.Growing evidence;

    private static <V> Map<String, V> toMap(ArrayMap.Growing entries) {
      return entries == null ? ArrayMap.empty() : entries.toMap();
    }

    private Builder(String id) {
      Objects.requireNonNull(id, "id");
      if (id.isBlank()) {
        throw InvalidValueException.of(id, "an observation needs a non-blank id");
      }
      this.id = id;
    }

    /**
     * Who or what was evaluated; leading and trailing white space is removed, so {@code "bob "} and
     * {@code "bob"} are one subject in every report.
     */
    public Builder subject(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject").strip();
      return this;
    }

    /**
     * When: any form {@link ReportingPeriod#parse} reads: a date {@code 2024-09-17}, an ISO week
     * {@code 2024-W38}, a month {@code 2024-09}, a quarter {@code 2024-Q3} or a year {@code 2024}.
     *
     * @throws InvalidValueException for any other form, with {@code ReportingPeriod}'s message
     */
    public Builder period(String period) {
      ReportingPeriod.parse(Objects.requireNonNull(period, "period"));
      this.period = period.strip();
      return this;
    }

    /**
     * A tag; leading and trailing white space is removed from its name and value, so
     * {@code "complaint "} meets an {@code appliesWhen} on {@code complaint}.
     */
    public Builder tag(String name, String value) {
      String n = Objects.requireNonNull(name, "name").strip();
      String v = Objects.requireNonNull(value, "value").strip();
      (tags == null ? tags = new ArrayMap.Growing() : tags).put(n, v);
      return this;
    }

    /** The value of {@code indicator}. */
    public Builder value(String indicator, Value value) {
      values.put(Objects.requireNonNull(indicator, "indicator"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** {@code indicator} measured as the duration {@code value}. */
    public Builder value(String indicator, Duration value) {
      return value(indicator, Quantity.of(value));
    }

    /**
     * {@code indicator} given as a whole number ({@link Value.Whole}): a level, a count, or a number,
     * as the indicator's measure says.
     */
    public Builder value(String indicator, long value) {
      return value(indicator, new Value.Whole(value));
    }

    /** {@code indicator} given as text, read with the indicator's measure; {@code n/a} is not applicable. */
    public Builder value(String indicator, String value) {
      return value(indicator, Value.parse(Objects.requireNonNull(value, "value")));
    }

    /** The items {@code ticked} on the checklist {@code indicator}; none ticks nothing. */
    public Builder items(String indicator, String... ticked) {
      return value(indicator, Value.items(Objects.requireNonNull(ticked, "ticked")));
    }

    /** {@code indicator} not applicable. */
    public Builder notApplicable(String indicator) {
      return value(indicator, Value.notApplicable());
    }

    /** A flag. */
    public Builder flag(String flag, boolean value) {
      Objects.requireNonNull(flag, "flag");
      (flags == null ? flags = new ArrayMap.Growing(NO_FLAGS) : flags).put(flag, value);
      return this;
    }

    /** Evidence for {@code indicator}. */
    public Builder evidence(String indicator, String text) {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(text, "text");
      (evidence == null ? evidence = new ArrayMap.Growing() : evidence).put(indicator, text);
      return this;
    }

    /** The observations collected so far: O(n), one copy of the values collected. */
    public Observations build() {
      return new Observations(this);
    }
  }
}
