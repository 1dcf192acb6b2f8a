package org.rubric4j.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.rubric4j.Bound;
import org.rubric4j.Indicator;
import org.rubric4j.Interval;
import org.rubric4j.InvalidValueException;
import org.rubric4j.Measure;
import org.rubric4j.MissingPolicy;
import org.rubric4j.NotApplicablePolicy;
import org.rubric4j.Observations;
import org.rubric4j.Quantity;
import org.rubric4j.Rubric;
import org.rubric4j.Value;
import org.rubric4j.rule.ChecklistRule;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.rule.ScoringRule;

/** Generates quantities of a measure, values for a rule, and observations valid under a rubric. */
public final class ObservationGen {

  /** The id of every generated observation. */
  public static final String ID = "generated";

  private ObservationGen() {}

  /** Amounts anywhere in {@code measure}'s domain, whole and fine-grained. */
  public static Arbitrary<Quantity> quantities(Measure measure) {
    Arbitrary<BigDecimal> amounts = switch (measure) {
      case DURATION -> Arbitraries.frequencyOf(
          Tuple.of(3, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(30L * 86_400)).ofScale(0)),
          Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(86_400)).ofScale(3)));
      case PERCENT -> Arbitraries.frequencyOf(
          Tuple.of(3, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2)),
          Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4)));
      case NUMBER -> Arbitraries.frequencyOf(
          Tuple.of(3, Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1_000), BigDecimal.valueOf(1_000)).ofScale(0)),
          Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1_000), BigDecimal.valueOf(1_000)).ofScale(3)));
      case COUNT -> Arbitraries.integers().between(0, 1_000).map(BigDecimal::valueOf);
      case LEVEL -> Arbitraries.integers().between(0, 10).map(BigDecimal::valueOf);
      case FLAG -> Arbitraries.of(BigDecimal.ZERO, BigDecimal.ONE);
    };
    return amounts.map(a -> Quantity.of(measure, a));
  }

  /** Non-empty intervals of {@code measure}: closed, open, half-open and one-sided. */
  public static Arbitrary<Interval> intervals(Measure measure) {
    return Combinators.combine(quantities(measure), quantities(measure), Arbitraries.integers().between(0, 7))
        .as((a, b, shape) -> {
          Quantity lo = a.amount().compareTo(b.amount()) <= 0 ? a : b;
          Quantity hi = lo == a ? b : a;
          try {
            return interval(measure, lo, hi, shape);
          } catch (InvalidValueException e) {
            return Interval.closed(lo, hi); // an open shape that holds no value of the measure
          }
        });
  }

  private static Interval interval(Measure measure, Quantity lo, Quantity hi, int shape) {
    boolean same = lo.amount().compareTo(hi.amount()) == 0;
    return switch (shape) {
      case 0 -> Interval.atMost(hi);
      case 1 -> Interval.below(hi);
      case 2 -> Interval.atLeast(lo);
      case 3 -> Interval.above(lo);
      case 4 -> same ? Interval.closed(lo, hi)
          : new Interval(measure, Bound.exclusive(lo.amount()), Bound.exclusive(hi.amount()));
      case 5 -> same ? Interval.closed(lo, hi)
          : new Interval(measure, Bound.inclusive(lo.amount()), Bound.exclusive(hi.amount()));
      case 6 -> same ? Interval.closed(lo, hi)
          : new Interval(measure, Bound.exclusive(lo.amount()), Bound.inclusive(hi.amount()));
      default -> Interval.closed(lo, hi);
    };
  }

  /**
   * Values {@code rule} scores: about a third exactly on its edges (band bounds, the smallest
   * step past them, step boundaries), the rest anywhere in its domain.
   */
  public static Arbitrary<Quantity> values(ScoringRule rule) {
    List<Quantity> edges = Probes.edges(rule);
    if (rule instanceof LevelRule) {
      return Arbitraries.of(edges);
    }
    Arbitrary<Quantity> anywhere = anywhere(rule, edges);
    if (edges.isEmpty()) {
      return anywhere;
    }
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(edges)), Tuple.of(2, anywhere));
  }

  private static Arbitrary<Quantity> anywhere(ScoringRule rule, List<Quantity> edges) {
    Measure m = rule.measure();
    BigDecimal lo;
    BigDecimal hi;
    if (edges.isEmpty()) {
      lo = BigDecimal.ZERO;
      hi = BigDecimal.valueOf(100);
    } else {
      lo = edges.get(0).amount();
      hi = edges.get(edges.size() - 1).amount();
      BigDecimal span = hi.subtract(lo).max(BigDecimal.ONE);
      if (rule instanceof BandRule b && Probes.hull(b).lower().isUnbounded() || !(rule instanceof BandRule)) {
        lo = lo.subtract(span);
      }
      if (rule instanceof BandRule b && Probes.hull(b).upper().isUnbounded() || !(rule instanceof BandRule)) {
        hi = hi.add(span);
      }
    }
    int places = m.isDiscrete() ? 0 : Probes.epsilon(m, BigDecimal.ONE).scale();
    BigDecimal min = lo.setScale(places, RoundingMode.CEILING);
    BigDecimal max = hi.setScale(places, RoundingMode.FLOOR).max(min);
    Quantity fallback = edges.isEmpty() ? null : edges.get(0);
    return Arbitraries.bigDecimals().between(min, max).ofScale(places).map(a -> {
      if (Probes.inDomain(rule, a)) {
        return Quantity.of(m, a);
      }
      BigDecimal clamped = clampToMeasure(m, a);
      return Probes.inDomain(rule, clamped) || fallback == null ? Quantity.of(m, clamped) : fallback;
    });
  }

  private static BigDecimal clampToMeasure(Measure m, BigDecimal a) {
    BigDecimal x = a;
    if ((m == Measure.DURATION || m == Measure.PERCENT || m == Measure.COUNT) && x.signum() < 0) {
      x = BigDecimal.ZERO;
    }
    if (m == Measure.PERCENT && x.compareTo(BigDecimal.ONE) > 0) {
      x = BigDecimal.ONE;
    }
    return x;
  }

  /** Observations valid under {@code rubric}; see {@code RubricArbitraries.observationsFor}. */
  public static Arbitrary<Observations> observationsFor(Rubric rubric) {
    Applicability app = new Applicability(rubric);
    List<Indicator> indicators = app.indicators();
    String rescue = null;
    Map<String, String> rescueTags = Map.of();
    for (Indicator i : indicators) {
      Optional<Map<String, String>> tags = app.tagsFor(i.id());
      if (tags.isPresent() && app.counts(i.id()) && !i.bonus()) { // a bonus alone makes nothing applicable
        rescue = i.id();
        rescueTags = tags.get();
        break;
      }
    }
    if (rescue == null) {
      throw new IllegalArgumentException("no indicator of rubric " + rubric.id()
          + " can ever count: the appliesWhen conditions on the way to each contradict each other,"
          + " or a relative weight 0 is on the way");
    }
    boolean mayOmit = rubric.missingPolicy() == MissingPolicy.NOT_APPLICABLE;
    List<Arbitrary<Optional<Value>>> perIndicator = new ArrayList<>();
    for (Indicator i : indicators) {
      List<Tuple.Tuple2<Integer, Arbitrary<Optional<Value>>>> choices = new ArrayList<>();
      Arbitrary<Value> value = i.rule() instanceof ChecklistRule c ? ticked(c)
          : Combinators.combine(values(i.rule()), Arbitraries.of(true, false))
              .as((q, asText) -> asText ? Value.parse(q.toString()) : q);
      choices.add(Tuple.of(8, value.map(Optional::of)));
      // n/a where it redistributes, and where the indicator itself says what n/a counts as.
      NotApplicablePolicy policy = rubric.notApplicablePolicyOf(i);
      if (policy == NotApplicablePolicy.REDISTRIBUTE
          || i.notApplicable().isPresent() && policy != NotApplicablePolicy.FORBID) {
        choices.add(Tuple.of(1, Arbitraries.just(Optional.of(Value.notApplicable()))));
      }
      if (mayOmit) {
        choices.add(Tuple.of(1, Arbitraries.just(Optional.empty())));
      }
      perIndicator.add(Arbitraries.frequencyOf(choices));
    }
    List<String> tagNames = List.copyOf(app.tagNames());
    List<Arbitrary<Optional<String>>> perTag = new ArrayList<>();
    for (String tag : tagNames) {
      List<String> options = new ArrayList<>(app.tagValues(tag));
      options.add("other");
      perTag.add(Arbitraries.of(options).optional(0.8));
    }
    List<String> flagIds = List.copyOf(rubric.flagIds());
    List<Arbitrary<Optional<Boolean>>> perFlag = new ArrayList<>();
    for (int k = 0; k < flagIds.size(); k++) {
      perFlag.add(Arbitraries.frequency(Tuple.of(2, Optional.<Boolean>empty()),
          Tuple.of(2, Optional.of(false)), Tuple.of(1, Optional.of(true))));
    }
    String rescueId = rescue;
    Map<String, String> rescueWith = rescueTags;
    org.rubric4j.rule.ScoringRule rescueRule = indicators.stream().filter(i -> i.id().equals(rescueId))
        .findFirst().orElseThrow().rule();
    Value rescueValue = rescueRule instanceof ChecklistRule ? Value.items() : Probes.edges(rescueRule).get(0);
    return Combinators.combine(all(perIndicator), all(perTag), all(perFlag))
        .as((vals, tags, flags) -> {
          Map<String, Value> values = new LinkedHashMap<>();
          for (int k = 0; k < indicators.size(); k++) {
            String id = indicators.get(k).id();
            vals.get(k).ifPresent(v -> values.put(id, v));
          }
          Map<String, String> tagMap = new LinkedHashMap<>();
          for (int k = 0; k < tagNames.size(); k++) {
            String name = tagNames.get(k);
            tags.get(k).ifPresent(v -> tagMap.put(name, v));
          }
          if (indicators.stream().noneMatch(i -> !i.bonus() && app.counts(i.id()) && app.applies(i.id(), tagMap, values))) {
            tagMap.putAll(rescueWith);
            values.put(rescueId, rescueValue);
          }
          Observations.Builder b = Observations.builder(ID);
          tagMap.forEach(b::tag);
          values.forEach(b::value);
          for (int k = 0; k < flagIds.size(); k++) {
            String flag = flagIds.get(k);
            flags.get(k).ifPresent(f -> b.flag(flag, f));
          }
          return b.build();
        });
  }

  /** Items ticked on a checklist: any subset, in declared order, as a list or as text with bars. */
  private static Arbitrary<Value> ticked(ChecklistRule c) {
    List<String> ids = List.copyOf(c.items().keySet());
    return Combinators.combine(Arbitraries.of(ids).set(), Arbitraries.of(true, false)).as((set, asText) -> {
      List<String> picked = ids.stream().filter(set::contains).toList();
      return asText ? Value.parse(String.join("|", picked)) : new Value.Items(picked);
    });
  }

  private static <T> Arbitrary<List<T>> all(List<Arbitrary<T>> parts) {
    return parts.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(parts).as(l -> l);
  }
}
