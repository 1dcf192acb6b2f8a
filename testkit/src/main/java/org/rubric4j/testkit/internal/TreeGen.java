package org.rubric4j.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.rubric4j.BandsBuilder;
import org.rubric4j.Condition;
import org.rubric4j.DeductionBuilder;
import org.rubric4j.DimensionBuilder;
import org.rubric4j.IndicatorBuilder;
import org.rubric4j.NotApplicablePolicy;
import org.rubric4j.LevelsBuilder;
import org.rubric4j.OccurrencesBuilder;
import org.rubric4j.RubricBuilder;
import org.rubric4j.Weight;
import org.rubric4j.Weighting;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.ChecklistRule;
import org.rubric4j.rule.DeductionRule;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.rule.OccurrenceRule;
import org.rubric4j.rule.ScoringRule;

/**
 * Generates the tree of a rubric, dimensions nested over indicators with their weights and
 * {@code appliesWhen} conditions, as a plan jqwik can shrink, and writes a plan through the
 * public builder; also the sibling weights on their own, for {@code RubricArbitraries.weights}.
 *
 * <p>Ids follow the position: dimensions {@code d1}, {@code d1-2}, indicators {@code d1-2-i1};
 * the one condition tag is {@code channel}. The first child at every level never has a
 * condition, so some indicator can always apply.
 */
public final class TreeGen {

  /** The tag that generated {@code appliesWhen} conditions read. */
  static final String TAG = "channel";

  /** The values generated conditions choose from. */
  static final List<String> TAG_VALUES = List.of("phone", "chat", "email");

  record IndPlan(Optional<Condition> condition, ScoringRule rule, boolean critical,
      Optional<NotApplicablePolicy> notApplicable) {}

  record DimPlan(Optional<Condition> condition, Weights weights, List<DimPlan> dimensions,
      List<IndPlan> indicators, Optional<BonusPlan> bonus) {}

  /** A bonus question after a dimension's indicators: its rule, and its weight in percent (or relative). */
  record BonusPlan(ScoringRule rule, int percent) {}

  /**
   * How the children of a node share it, and their weights: fractions adding up to 1 (or none)
   * under {@code declared}, whole numbers 0–100, the first above 0, under {@code relative}, none under
   * {@code points}.
   */
  record Weights(Weighting weighting, List<BigDecimal> values) {
    Optional<Weight> of(int child) {
      if (values.isEmpty()) {
        return Optional.empty();
      }
      BigDecimal v = values.get(child);
      return Optional.of(weighting == Weighting.RELATIVE ? Weight.relative(v) : Weight.of(v));
    }
  }

  /**
   * What {@link #write} wrote, in the order written, for vetoes to refer to.
   *
   * @param dimensionIds every dimension, depth first
   * @param indicatorIds every indicator, depth first
   * @param indicatorRules the rule of each of {@code indicatorIds}
   */
  record Written(List<String> dimensionIds, List<String> indicatorIds, List<ScoringRule> indicatorRules) {}

  private final RubricGen.Config config;

  TreeGen(RubricGen.Config config) {
    this.config = config;
  }

  // ---- the plan ---------------------------------------------------------------------------

  /** Children of one node: dimensions when {@code depth > 1} may nest, with their weights. */
  Arbitrary<DimPlan> children(int depth, boolean guaranteed) {
    return Arbitraries.integers().between(1, config.maxChildren()).flatMap(n -> {
      List<Arbitrary<DimPlan>> parts = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        parts.add(dimension(depth, guaranteed && k == 0));
      }
      return Combinators.combine(Combinators.combine(parts).as(l -> l), weights(n))
          .as((dims, w) -> new DimPlan(Optional.empty(), w, dims, List.of(), Optional.empty()));
    });
  }

  private Arbitrary<DimPlan> dimension(int depth, boolean guaranteed) {
    Arbitrary<DimPlan> leaf = Arbitraries.integers().between(1, config.maxChildren()).flatMap(n -> {
      List<Arbitrary<IndPlan>> parts = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        parts.add(Combinators.combine(condition(guaranteed && k == 0), rule(), critical(),
            notApplicable()).as(IndPlan::new));
      }
      return Combinators.combine(Combinators.combine(parts).as(l -> l), weights(n), bonus())
          .as((inds, w, b) -> new DimPlan(Optional.empty(), w, List.of(), inds, b));
    });
    Arbitrary<DimPlan> shape = depth <= 1 ? leaf : Arbitraries.frequencyOf(
        Tuple.of(1, leaf), Tuple.of(2, Arbitraries.lazy(() -> children(depth - 1, guaranteed))));
    return Combinators.combine(condition(guaranteed), shape)
        .as((c, d) -> new DimPlan(c, d.weights(), d.dimensions(), d.indicators(), d.bonus()));
  }

  /** A scoring rule; with {@link RubricGen.Config#qaForms()} a checklist one time in six. */
  private Arbitrary<ScoringRule> rule() {
    return config.qaForms() ? Arbitraries.frequencyOf(Tuple.of(5, RuleGen.rule()), Tuple.of(1, checklist()))
        : RuleGen.rule();
  }

  /** A checklist of one to five items worth -5 to 10 points, one of them above 0, with or without max. */
  private static Arbitrary<ScoringRule> checklist() {
    return Arbitraries.integers().between(-5, 10).list().ofMinSize(1).ofMaxSize(5)
        .filter(points -> points.stream().anyMatch(p -> p > 0))
        .flatMap(points -> {
          int positive = points.stream().filter(p -> p > 0).mapToInt(Integer::intValue).sum();
          return Arbitraries.integers().between(1, positive).optional(0.5).map(max -> {
            java.util.Map<String, BigDecimal> items = new java.util.LinkedHashMap<>();
            for (int k = 0; k < points.size(); k++) {
              items.put("item-" + (k + 1), BigDecimal.valueOf(points.get(k)));
            }
            return (ScoringRule) new ChecklistRule(items, max.map(BigDecimal::valueOf));
          });
        });
  }

  /** A bonus question on about one dimension in four, with {@link RubricGen.Config#qaForms()}. */
  private Arbitrary<Optional<BonusPlan>> bonus() {
    if (!config.qaForms()) {
      return Arbitraries.just(Optional.empty());
    }
    Arbitrary<Optional<BonusPlan>> some = Combinators.combine(RuleGen.rule(), Arbitraries.integers().between(1, 30))
        .as((rule, percent) -> Optional.of(new BonusPlan(rule, percent)));
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Optional.<BonusPlan>empty())), Tuple.of(1, some));
  }

  /** A critical mark on about one indicator in three, with {@link RubricGen.Config#qaForms()}. */
  private Arbitrary<Boolean> critical() {
    return config.qaForms()
        ? Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true)))
        : Arbitraries.just(false);
  }

  /** An indicator's own n/a policy on about one indicator in three, with {@link RubricGen.Config#qaForms()}. */
  private Arbitrary<Optional<NotApplicablePolicy>> notApplicable() {
    return config.qaForms()
        ? Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(Optional.<NotApplicablePolicy>empty())),
            Tuple.of(2, Arbitraries.of(NotApplicablePolicy.class).map(Optional::of)))
        : Arbitraries.just(Optional.empty());
  }

  private Arbitrary<Optional<Condition>> condition(boolean guaranteed) {
    if (guaranteed || !config.conditions()) {
      return Arbitraries.just(Optional.empty());
    }
    Arbitrary<Condition> tag = Arbitraries.of(TAG_VALUES).set().ofMinSize(1).ofMaxSize(2)
        .map(s -> new Condition.TagIn(TAG, TAG_VALUES.stream().filter(s::contains).toList()));
    // With QA tools' forms also combinations: not, and any with a flag (which only widens where it applies,
    // so what the tags alone say applies does apply).
    Arbitrary<Condition> shaped = !config.qaForms() ? tag : Arbitraries.frequencyOf(Tuple.of(3, tag),
        Tuple.of(1, tag.map(Condition::not)), Tuple.of(1, tag.map(t -> Condition.any(t, Condition.flag("f0")))));
    return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Optional.<Condition>empty())),
        Tuple.of(1, shaped.map(Optional::of)));
  }

  /**
   * Weights of {@code n} siblings: none (equal shares), or all of them adding up to exactly 100 %;
   * with {@link RubricGen.Config#weightings()} also relative weights and points.
   */
  Arbitrary<Weights> weights(int n) {
    Arbitrary<Weights> declared = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<BigDecimal>of())),
        Tuple.of(2, fractions(n))).map(w -> new Weights(Weighting.DECLARED, w));
    if (!config.weightings()) {
      return declared;
    }
    Arbitrary<Weights> relative = Arbitraries.integers().between(0, 100).list().ofSize(n)
        .filter(l -> l.get(0) > 0) // the first child is the one that always applies: it must count
        .map(l -> new Weights(Weighting.RELATIVE, l.stream().map(BigDecimal::valueOf).toList()));
    Arbitrary<Weights> points = Arbitraries.just(new Weights(Weighting.POINTS, List.of()));
    return Arbitraries.frequencyOf(Tuple.of(3, declared), Tuple.of(2, relative), Tuple.of(2, points));
  }

  /** {@code n} fractions above 0 adding up to exactly 1, in whole percents or basis points. */
  public static Arbitrary<List<BigDecimal>> fractions(int n) {
    if (n == 1) {
      return Arbitraries.just(List.of(BigDecimal.ONE));
    }
    Arbitrary<Integer> places = n < 100 ? Arbitraries.of(2, 4) : Arbitraries.just(4);
    return places.flatMap(p -> {
      int whole = BigDecimal.ONE.movePointRight(p).intValueExact();
      return Arbitraries.integers().between(1, whole - 1).set().ofSize(n - 1).map(cuts -> {
        List<Integer> sorted = new ArrayList<>(cuts);
        Collections.sort(sorted);
        List<BigDecimal> out = new ArrayList<>();
        int previous = 0;
        for (int c : sorted) {
          out.add(BigDecimal.valueOf(c - previous, p));
          previous = c;
        }
        out.add(BigDecimal.valueOf(whole - previous, p));
        return out;
      });
    });
  }

  // ---- building ---------------------------------------------------------------------------

  /** The rules of every indicator under {@code roots}, depth first. */
  static List<ScoringRule> rules(List<DimPlan> roots) {
    List<ScoringRule> rules = new ArrayList<>();
    roots.forEach(d -> collectRules(d, rules));
    return rules;
  }

  private static void collectRules(DimPlan d, List<ScoringRule> rules) {
    d.indicators().forEach(i -> rules.add(i.rule()));
    d.bonus().ifPresent(b -> rules.add(b.rule()));
    d.dimensions().forEach(s -> collectRules(s, rules));
  }

  /** Writes the top-level dimensions {@code roots} through {@code b}, weighted by {@code weights}. */
  static Written write(RubricBuilder b, List<DimPlan> roots, Weights weights) {
    if (weights.weighting() != Weighting.DECLARED) {
      b.weighting(weights.weighting());
    }
    List<String> dimIds = new ArrayList<>();
    List<String> indIds = new ArrayList<>();
    List<ScoringRule> indRules = new ArrayList<>();
    for (int k = 0; k < roots.size(); k++) {
      DimPlan d = roots.get(k);
      String id = "d" + (k + 1);
      Optional<Weight> w = weights.of(k);
      Weighting parent = weights.weighting();
      b.dimension(id, db -> fill(db, id, d, w, parent, dimIds, indIds, indRules));
    }
    return new Written(List.copyOf(dimIds), List.copyOf(indIds), List.copyOf(indRules));
  }

  private static void fill(DimensionBuilder db, String id, DimPlan d, Optional<Weight> weight, Weighting parent,
      List<String> dimIds, List<String> indIds, List<ScoringRule> indRules) {
    dimIds.add(id);
    weight.ifPresent(db::weight);
    Weighting own = d.weights().weighting();
    if (own != parent) {
      db.weighting(own);
    }
    d.condition().ifPresent(db::appliesWhen);
    for (int k = 0; k < d.dimensions().size(); k++) {
      DimPlan sub = d.dimensions().get(k);
      String subId = id + "-" + (k + 1);
      Optional<Weight> w = d.weights().of(k);
      db.dimension(subId, sb -> fill(sb, subId, sub, w, own, dimIds, indIds, indRules));
    }
    for (int k = 0; k < d.indicators().size(); k++) {
      IndPlan ind = d.indicators().get(k);
      String indId = id + "-i" + (k + 1);
      Optional<Weight> w = d.weights().of(k);
      indIds.add(indId);
      indRules.add(ind.rule());
      db.indicator(indId, ib -> {
        w.ifPresent(ib::weight);
        ind.condition().ifPresent(ib::appliesWhen);
        ind.notApplicable().ifPresent(ib::notApplicable);
        ib.critical(ind.critical());
        describe(ib, ind.rule());
      });
    }
    // Not among the written indicators: no veto may fire on a bonus. Under relative weights it needs
    // weighted siblings to be read against.
    d.bonus().filter(b -> own != Weighting.RELATIVE || !d.weights().values().isEmpty()).ifPresent(b ->
        db.indicator(id + "-bonus", ib -> {
          ib.bonus();
          if (own == Weighting.DECLARED) {
            ib.weight(Weight.of(BigDecimal.valueOf(b.percent(), 2)));
          } else if (own == Weighting.RELATIVE) {
            ib.weight(Weight.relative(BigDecimal.valueOf(b.percent())));
          }
          describe(ib, b.rule());
        }));
  }

  /** Describes {@code rule} through the fluent builder, as a user would write it. */
  private static void describe(IndicatorBuilder ib, ScoringRule rule) {
    if (rule instanceof BandRule r) {
      BandsBuilder bb = ib.bands(r.measure());
      r.bands().forEach(band -> bb.band(band.score(), band.range()));
      r.outOf().ifPresent(bb::outOf);
    } else if (rule instanceof LevelRule r) {
      LevelsBuilder lb = ib.levels();
      r.levels().forEach(l -> lb.level(l.value(), l.anchor()));
    } else if (rule instanceof DeductionRule r) {
      DeductionBuilder db = ib.deduction(r.measure()).max(r.max()).target(r.target()).step(r.step())
          .deduct(r.deduct()).steps(r.counting());
      r.zero().ifPresent(db::zero);
    } else if (rule instanceof ChecklistRule r) {
      org.rubric4j.ChecklistBuilder cb = ib.checklist();
      r.items().forEach(cb::item);
      r.max().ifPresent(cb::max);
    } else if (rule instanceof OccurrenceRule r) {
      OccurrencesBuilder ob = ib.occurrences().max(r.max()).deduct(r.deduct());
      r.zeroAt().ifPresent(ob::zeroAt);
    }
  }
}
