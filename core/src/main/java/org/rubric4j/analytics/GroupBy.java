package org.rubric4j.analytics;

import java.io.Serializable;
import java.util.Objects;
import org.rubric4j.Evaluation;
import org.rubric4j.InvalidValueException;
import org.rubric4j.PeriodUnit;

/**
 * One way to group evaluations in an {@link Aggregator}: by subject, by the value of a tag, by
 * period at a given {@link PeriodUnit}, or by rubric version.
 *
 * <p>The text form, also used on the command line, is {@code subject}, {@code tag.NAME},
 * {@code period:UNIT} ({@code period:quarter}) or {@code version}; {@link #parse} reads what
 * {@code toString()} writes. Immutable, thread-safe and serializable.
 */
public sealed interface GroupBy extends Serializable
    permits GroupBy.BySubject, GroupBy.ByTag, GroupBy.ByPeriod, GroupBy.ByVersion {

  /** Group by {@link Evaluation#subject()}. */
  static GroupBy subject() {
    return new BySubject();
  }

  /** Group by the value of the tag {@code name}. */
  static GroupBy tag(String name) {
    return new ByTag(name);
  }

  /** Group by the period of {@code unit} that contains the evaluation's period. */
  static GroupBy period(PeriodUnit unit) {
    return new ByPeriod(unit);
  }

  /**
   * Group by {@link Evaluation#rubricVersion()}: the one way to aggregate evaluations of several
   * versions of a rubric together, each version in its own groups ({@link Aggregate} refuses to
   * mix them). An evaluation without a version is in the group {@link Aggregate#NO_VERSION}.
   */
  static GroupBy version() {
    return new ByVersion();
  }

  /**
   * Reads {@code subject}, {@code tag.NAME}, {@code period:UNIT} or {@code version}.
   *
   * @throws InvalidValueException for any other text
   */
  static GroupBy parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if (t.equals("subject")) {
      return subject();
    }
    if (t.startsWith("tag.") && t.length() > 4) {
      return tag(t.substring(4));
    }
    if (t.startsWith("period:")) {
      return period(PeriodUnit.ofKey(t.substring(7)));
    }
    if (t.equals("version")) {
      return version();
    }
    throw InvalidValueException.of(text, "cannot group by \"" + text
        + "\"; write subject, tag.NAME (tag.team) or period:UNIT (period:quarter)");
  }

  /** The name of this grouping in a {@link GroupKey}: {@code subject}, {@code tag.team}, {@code period:quarter}. */
  String key();

  /** Grouping by subject. */
  record BySubject() implements GroupBy {
    @Override
    public String key() {
      return "subject";
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /**
   * Grouping by a tag's value.
   *
   * @param name the tag's name
   */
  record ByTag(String name) implements GroupBy {
    /** Checks the name is present and not blank. */
    public ByTag {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw InvalidValueException.of(name, "group by tag needs a tag name");
      }
    }

    @Override
    public String key() {
      return "tag." + name;
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /**
   * Grouping by period.
   *
   * @param unit the length of the groups' periods
   */
  record ByPeriod(PeriodUnit unit) implements GroupBy {
    /** Checks the unit is present. */
    public ByPeriod {
      Objects.requireNonNull(unit, "unit");
    }

    @Override
    public String key() {
      return "period:" + unit.key();
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /** Grouping by rubric version. */
  record ByVersion() implements GroupBy {
    @Override
    public String key() {
      return "version";
    }

    @Override
    public String toString() {
      return key();
    }
  }
}
