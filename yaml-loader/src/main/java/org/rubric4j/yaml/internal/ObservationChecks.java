package org.rubric4j.yaml.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.Indicator;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Measure;
import org.rubric4j.NotApplicablePolicy;
import org.rubric4j.Observations;
import org.rubric4j.Problem;
import org.rubric4j.Quantity;
import org.rubric4j.Rubric;
import org.rubric4j.Value;
import org.rubric4j.internal.DecimalLongs;
import org.rubric4j.internal.Text;
import org.rubric4j.internal.ValueScanner;

/**
 * Turns raw fields of one evaluation into {@link Observations}, collecting every reason it does
 * not fit: unreadable period, unknown indicator or flag (when a rubric is given), a value its
 * indicator cannot read or score (a percent written {@code 85}, a level not declared, a value
 * in no band).
 */
public final class ObservationChecks {

  /** The code of a problem with the shape of an evaluation: a wrong JSON type, an unknown key, a cell count. */
  public static final String INVALID = "invalid-observation";
  /** The code of an evaluation without an id. */
  public static final String NO_ID = "missing-id";

  private final Optional<Rubric> rubric;
  private final Map<String, Indicator> indicators = new LinkedHashMap<>();
  private final Set<String> flags;
  /** Per indicator id, what checking its values needs: one lookup a value. */
  private final Map<String, Known> known = new java.util.HashMap<>();
  private static final int GOOD_TEXTS = 16;

  /**
   * An indicator of the rubric and the texts already found to read and score as its values, by
   * hash (this reads one stream, in order; levels and counts repeat row after row).
   */
  private record Known(Indicator indicator, String[] goodTexts) {}

  /** Checks against {@code rubric}, or structure only when it is empty. */
  public ObservationChecks(Optional<Rubric> rubric) {
    this.rubric = rubric;
    rubric.ifPresent(r -> r.allIndicators().forEach(i -> {
      indicators.put(i.id(), i);
      known.put(i.id(), new Known(i, new String[GOOD_TEXTS]));
    }));
    this.flags = rubric.map(Rubric::flagIds).orElse(Set.of());
  }


  /** Null when the rubric knows indicator {@code id}; otherwise why not. */
  public String unknownIndicator(String id) {
    if (rubric.isEmpty() || indicators.containsKey(id)) {
      return null;
    }
    return "the rubric has no indicator `" + Text.shorten(id) + "`"
        + Text.didYouMean(id, indicators.keySet());
  }

  /** Null when the rubric knows flag {@code id}; otherwise why not. */
  public String unknownFlag(String id) {
    if (rubric.isEmpty() || flags.contains(id)) {
      return null;
    }
    return "the rubric has no flag `" + Text.shorten(id) + "`"
        + (flags.isEmpty() ? "" : Text.didYouMean(id, flags) + "; its flags: " + String.join(", ", flags));
  }

  /** Whether {@code column} is a checklist indicator of the rubric: there an empty CSV cell ticks nothing. */
  public boolean isChecklist(String column) {
    Indicator i = indicators.get(column);
    return i != null && i.rule() instanceof org.rubric4j.rule.ChecklistRule;
  }

  /** Collects the fields of one evaluation; {@link Draft#build()} gives the observations or the reasons. */
  public Draft draft() {
    return new Draft();
  }

  /**
   * The fields of one evaluation, checked as they are added: once the id is known they go to
   * the builder at once (a CSV row gives it first), before that they wait until it is.
   */
  public final class Draft {
    private String id;
    private Observations.Builder builder;
    private final List<Problem> problems = new ArrayList<>();
    private final List<java.util.function.Consumer<Observations.Builder>> pending = new ArrayList<>();

    /** The evaluation id; required. */
    public void id(String id) {
      if (id == null || id.isBlank()) {
        problem("", NO_ID, "the evaluation has no id");
        return;
      }
      if (builder != null) {
        throw new IllegalStateException("the id of an evaluation is given once, was " + this.id + " and " + id);
      }
      this.id = id;
      this.builder = Observations.builder(id);
    }

    /** The id, when one was given. */
    public Optional<String> id() {
      return Optional.ofNullable(id);
    }

    /** Records a reason the evaluation cannot be read that belongs to no one field. */
    public void problem(String reason) {
      problem("", INVALID, reason);
    }

    /** Records a reason the evaluation cannot be read, at {@code at} (a key path or a column). */
    public void problem(String at, String code, String message) {
      problems.add(Problem.error(at, code, message));
    }

    /** Gives {@code field} to the builder: at once when the id is known, otherwise once it is. */
    private void set(java.util.function.Consumer<Observations.Builder> field) {
      if (builder != null) {
        field.accept(builder);
      } else {
        pending.add(field);
      }
    }

    /** The subject. */
    public void subject(String subject) {
      set(b -> b.subject(subject));
    }

    /** The period, checked at once. */
    public void period(String at, String period) {
      try {
        if (builder != null) {
          builder.period(period); // which reads it, with ReportingPeriod's message
        } else {
          org.rubric4j.ReportingPeriod.parse(period);
          pending.add(b -> b.period(period));
        }
      } catch (InvalidValueException e) {
        problem(at, "invalid-value", e.getMessage());
      }
    }

    /** A tag. */
    public void tag(String name, String value) {
      set(b -> b.tag(name, value));
    }

    /** The value of {@code indicator} as written: text, or a number's plain text. */
    public void value(String at, String indicator, String text) {
      Known k = known.get(indicator);
      if (k == null && rubric.isPresent()) {
        problem(at, "unknown-indicator", unknownIndicator(indicator));
        return;
      }
      Value parsed = Value.parse(text);
      Value value = parsed instanceof Value.Text t && k != null
          && k.indicator().rule() instanceof org.rubric4j.rule.ChecklistRule
          ? Value.Items.parse(t.text()) : parsed; // a CSV cell of ids separated by |
      if (k != null) {
        Indicator ind = k.indicator();
        try {
          if (value instanceof Value.Items items) {
            checkItems(ind, items);
          } else if (value instanceof Value.Text t) {
            checkText(k, t.text());
          } else if (rubric.get().notApplicablePolicyOf(ind) == NotApplicablePolicy.FORBID) {
            problem(at, "not-applicable-forbidden", "n/a is not allowed by this rubric (notApplicable: forbid)");
          }
        } catch (InvalidValueException e) {
          problem(at, "invalid-value", e.getMessage());
        }
      }
      set(b -> b.value(indicator, value));
    }

    /** The items ticked on {@code indicator}, given as a JSON array of ids. */
    public void items(String at, String indicator, java.util.List<String> ids) {
      String unknown = unknownIndicator(indicator);
      if (unknown != null) {
        problem(at, "unknown-indicator", unknown);
        return;
      }
      Value.Items items = new Value.Items(ids);
      rubric.ifPresent(r -> {
        try {
          checkItems(indicators.get(indicator), items);
        } catch (InvalidValueException e) {
          problem(at, "invalid-value", e.getMessage());
        }
      });
      set(b -> b.value(indicator, items));
    }

    /**
     * Checks that {@code text} reads as a value of {@code ind} that its rule scores; texts found
     * good are kept a while per indicator (levels and counts repeat row after row).
     */
    private void checkText(Known k, String text) {
      Indicator ind = k.indicator();
      if (ind.rule() instanceof org.rubric4j.rule.BandRule band && readsSurely(band.measure(), text)) {
        return; // a band rule's bands cover its measure's whole domain (checked when it is built)
      }
      String[] good = k.goodTexts();
      int slot = text.hashCode() & (GOOD_TEXTS - 1);
      if (text.equals(good[slot])) {
        return;
      }
      ind.rule().score(ind.rule().measure().parse(text));
      good[slot] = text;
    }

    private static void checkItems(Indicator ind, Value.Items items) {
      if (!(ind.rule() instanceof org.rubric4j.rule.ChecklistRule checklist)) {
        throw InvalidValueException.of(items.toString(), "a list of items is a checklist's value, but indicator "
            + ind.id() + " is scored by " + ind.rule().kind() + "; give one value");
      }
      checklist.score(items.ids());
    }

    /** A flag. */
    public void flag(String at, String flag, boolean value) {
      String unknown = unknownFlag(flag);
      if (unknown != null) {
        problem(at, "unknown-flag", unknown);
        return;
      }
      set(b -> b.flag(flag, value));
    }

    /** Evidence for {@code indicator}. */
    public void evidence(String at, String indicator, String text) {
      String unknown = unknownIndicator(indicator);
      if (unknown != null) {
        problem(at, "unknown-indicator", unknown);
        return;
      }
      set(b -> b.evidence(indicator, text));
    }

    /** The observations, or empty when there is any reason; then {@link #problems()} says why. */
    public Optional<Observations> build() {
      if (!problems.isEmpty() || builder == null) {
        return Optional.empty();
      }
      pending.forEach(field -> field.accept(builder));
      return Optional.of(builder.build());
    }

    /** Every problem found, in order; when there is none but no id either, that. */
    public List<Problem> problems() {
      return problems.isEmpty() ? List.of(Problem.error("", NO_ID, "the evaluation has no id")) : List.copyOf(problems);
    }
  }

  /**
   * Whether {@code text} is one of the usual forms of {@code measure} that the scanners read
   * without a decimal ({@code 1h45m53s}, {@code 88.4%}) and within its domain: then
   * {@code measure.parse(text)} reads it too. False says nothing: the full reader decides.
   */
  static boolean readsSurely(Measure measure, String text) {
    if (measure == Measure.DURATION) {
      return ValueScanner.wholeUnitSeconds(text) >= 0;
    }
    if (measure == Measure.PERCENT) {
      long p = ValueScanner.percentWithSignPacked(text);
      return p >= 0 && !ValueScanner.negative(p) && ValueScanner.scale(p) <= DecimalLongs.MAX_POWER
          && ValueScanner.digits(p) <= DecimalLongs.tenTo(ValueScanner.scale(p));
    }
    return false;
  }
}
