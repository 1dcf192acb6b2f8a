package org.rubric4j;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rubric4j.internal.DecimalLongs;


/**
 * What one evaluation measured: its id, the subject (agent, team, customer), the period,
 * tags, one {@link Value} per indicator, flags, and free-text evidence per indicator.
 *
 * <pre>{@code
 * Observations o = Observations.of("ev-1")
 *     .subject("agent-007").period("2024-09-17").tag("team", "after-sales")
 *     .value("first-response-time", Duration.ofHours(4))
 *     .value("fcr", "85%")
 *     .value("solution-quality", 5)
 *     .notApplicable("communication-clarity")
 *     .flag("review-manipulated", false);
 * }</pre>
 *
 * <p>Immutable and thread-safe: every fluent method returns a new instance, as
 * {@link java.math.BigDecimal#add} does. For many values at once, {@link #builder(String)}
 * avoids the copies. Maps keep their insertion order. Whether the values fit a rubric is
 * checked by {@link Rubric#evaluate}, which names every misfit.
 */
public final class Observations {

  /** ISO date {@code 2024-09-17}, month {@code 2024-09}, quarter {@code 2024-Q3}, or year {@code 2024}. */
  private static final Pattern PERIOD =
      Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?|-Q[1-4])?");

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

  private Observations(Builder b) {
    this.id = b.id;
    this.subject = Optional.ofNullable(b.subject);
    this.period = Optional.ofNullable(b.period);
    this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(b.tags));
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(b.values));
    this.flags = Collections.unmodifiableMap(new LinkedHashMap<>(b.flags));
    this.evidence = Collections.unmodifiableMap(new LinkedHashMap<>(b.evidence));
    this.orderedValueIds = b.values.keySet().toArray(new String[0]);
    this.orderedValues = b.values.values().toArray(new Value[0]);
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
      } else if (orderedValues[k] instanceof Value.Text t && isPlainWhole(t.text())) {
        orderedDigits[k] = Long.parseLong(t.text());
        orderedShapes[k] = PLAIN_WHOLE;
      }
    }
    this.orderedFlagIds = b.flags.keySet().toArray(new String[0]);
    this.orderedFlagValues = new boolean[orderedFlagIds.length];
    for (int k = 0; k < orderedFlagIds.length; k++) {
      orderedFlagValues[k] = b.flags.get(orderedFlagIds[k]);
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
    b.tags.putAll(tags);
    b.values.putAll(values);
    b.flags.putAll(flags);
    b.evidence.putAll(evidence);
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

  /** When: an ISO date, month, quarter ({@code 2024-Q3}) or year. */
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
   * The shape of a text of digits only ({@code "5"}, as {@code value(id, 5)} and CSV cells give
   * levels and counts): it reads as that whole number as a level, count or number, and as
   * nothing else without its unit.
   */
  static final short PLAIN_WHOLE = (short) (Measure.values().length << 5);

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

  /** A copy with the subject set. */
  public Observations subject(String subject) {
    return toBuilder().subject(subject).build();
  }

  /** A copy with the period set. */
  public Observations period(String period) {
    return toBuilder().period(period).build();
  }

  /** A copy with the tag set. */
  public Observations tag(String name, String value) {
    return toBuilder().tag(name, value).build();
  }

  /** A copy with the value of {@code indicator} set. */
  public Observations value(String indicator, Value value) {
    return toBuilder().value(indicator, value).build();
  }

  /** A copy with {@code indicator} measured as the duration {@code value}. */
  public Observations value(String indicator, Duration value) {
    return toBuilder().value(indicator, value).build();
  }

  /** A copy with {@code indicator} given as a level or count. */
  public Observations value(String indicator, long value) {
    return toBuilder().value(indicator, value).build();
  }

  /** A copy with {@code indicator} given as text ({@code "4h"}, {@code "85%"}, {@code "n/a"}), read with the indicator's measure. */
  public Observations value(String indicator, String value) {
    return toBuilder().value(indicator, value).build();
  }

  /** A copy with {@code indicator} not applicable. */
  public Observations notApplicable(String indicator) {
    return toBuilder().notApplicable(indicator).build();
  }

  /** A copy with the flag set. */
  public Observations flag(String flag, boolean value) {
    return toBuilder().flag(flag, value).build();
  }

  /** A copy with evidence for {@code indicator}. */
  public Observations evidence(String indicator, String text) {
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
   */
  public static final class Builder {
    private final String id;
    private String subject;
    private String period;
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final Map<String, Value> values = new LinkedHashMap<>();
    private final Map<String, Boolean> flags = new LinkedHashMap<>();
    private final Map<String, String> evidence = new LinkedHashMap<>();

    private Builder(String id) {
      Objects.requireNonNull(id, "id");
      if (id.isBlank()) {
        throw InvalidValueException.of(id, "an observation needs a non-blank id");
      }
      this.id = id;
    }

    /** Who or what was evaluated. */
    public Builder subject(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /**
     * When: {@code 2024-09-17}, {@code 2024-09}, {@code 2024-Q3} or {@code 2024}.
     *
     * @throws InvalidValueException for any other form
     */
    public Builder period(String period) {
      Objects.requireNonNull(period, "period");
      if (!PERIOD.matcher(period).matches() || !validDate(period)) {
        throw InvalidValueException.of(period, "period \"" + period + "\" is not a date (2024-09-17),"
            + " month (2024-09), quarter (2024-Q3) or year (2024)");
      }
      this.period = period;
      return this;
    }

    /** A tag. */
    public Builder tag(String name, String value) {
      tags.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
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

    /** {@code indicator} given as a whole number: a level, a count, or a number. */
    public Builder value(String indicator, long value) {
      return value(indicator, new Value.Text(Long.toString(value)));
    }

    /** {@code indicator} given as text, read with the indicator's measure; {@code n/a} is not applicable. */
    public Builder value(String indicator, String value) {
      return value(indicator, Value.parse(Objects.requireNonNull(value, "value")));
    }

    /** {@code indicator} not applicable. */
    public Builder notApplicable(String indicator) {
      return value(indicator, Value.notApplicable());
    }

    /** A flag. */
    public Builder flag(String flag, boolean value) {
      flags.put(Objects.requireNonNull(flag, "flag"), value);
      return this;
    }

    /** Evidence for {@code indicator}. */
    public Builder evidence(String indicator, String text) {
      evidence.put(Objects.requireNonNull(indicator, "indicator"), Objects.requireNonNull(text, "text"));
      return this;
    }

    /** The observations collected so far. */
    public Observations build() {
      return new Observations(this);
    }

    private static boolean validDate(String period) {
      if (period.length() != 10) {
        return true;
      }
      try {
        java.time.LocalDate.parse(period);
        return true;
      } catch (java.time.format.DateTimeParseException e) {
        return false;
      }
    }
  }
}
