package org.rubric4j;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.rubric4j.rule.Level;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.rule.ScoringRule;
import org.rubric4j.rule.StepCounting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The compiled fast path ({@link FastPlan}, {@link FastScorer}) gives exactly what the
 * general path on rationals gives: the same evaluation, the same details, the same problems.
 * Rubrics and observations come from a seed so a failure prints both; values sit on and next
 * to every band boundary, target end and level, where integer shortcuts would go wrong.
 */
class FastPathAgreementTest {

  private static final String[] DURATION_CUTS = {"30s", "45.5s", "2h", "6h", "12h", "1d", "3d"};
  private static final String[] PERCENT_CUTS = {"60%", "62.5%", "70%", "75%", "85%", "90%", "99.99%"};
  private static final String[] NUMBER_CUTS = {"-2.5", "0", "1", "2.25", "10", "30"};
  private static final String[] COUNT_CUTS = {"1", "2", "3", "5", "10"};
  private static final String[] SCORES = {"0", "1", "2", "2.5", "3", "4", "5", "0.25", "10", "30"};

  @Property(tries = 1500)
  void theFastPathAgreesWithTheGeneralPath(@ForAll long seed) {
    checkAgreement(seed);
  }

  /** The property above is only worth something if the fast path is often taken. */
  @Test
  void generatedObservationsOftenTakeTheFastPath() {
    int fast = 0;
    for (long seed = 0; seed < 300; seed++) {
      fast += checkAgreement(seed);
    }
    assertThat(fast).isGreaterThan(300 * 20 / 4);
  }

  /** Checks 20 observations on the rubric from {@code seed}; how many took the fast path. */
  private static int checkAgreement(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Rubric rubric = rubric(random);
    int fastCount = 0;
    for (int k = 0; k < 20; k++) {
      Observations o = observations(rubric, random, "ev-" + k);
      Evaluation fast = rubric.evaluateOnFastPath(o);
      fastCount += fast != null ? 1 : 0;
      Object general = outcome(() -> rubric.evaluateOnGeneralPath(o));
      Object usual = outcome(() -> rubric.evaluate(o));
      String context = rubric + " " + rubric.allIndicators().map(i -> i.id() + "=" + i.rule()).toList()
          + " " + rubric.vetoes() + "\n" + o;
      if (fast != null) {
        assertThat(general).as(context).isInstanceOf(Evaluation.class);
        assertSameEvaluation(fast, (Evaluation) general, context);
      }
      if (general instanceof Evaluation g) {
        assertThat(usual).as(context).isInstanceOf(Evaluation.class);
        assertSameEvaluation((Evaluation) usual, g, context);
      } else {
        assertThat(usual).as(context).isInstanceOf(ObservationException.class);
        assertThat(((ObservationException) usual).problems()).as(context)
            .isEqualTo(((ObservationException) general).problems());
      }
    }
    return fastCount;
  }

  /** The seed rubrics take the fast path on ordinary observations, and agree with the general one. */
  @Test
  void theSeedRubricsTakeTheFastPath() {
    Rubric seed000 = SeedRubrics.crmServiceQuality();
    Observations o = Observations.builder("ev-1")
        .value("first-response-time", java.time.Duration.ofHours(4)).value("resolution-time", "20h")
        .value("first-contact-resolution", "82%").value("solution-quality", 5).value("clarity", 4)
        .value("expertise", 3).value("emotion-care", 4).value("follow-up-visit", 5).build();
    Evaluation fast = seed000.evaluateOnFastPath(o);
    assertThat(fast).isNotNull();
    assertSameEvaluation(fast, seed000.evaluateOnGeneralPath(o), "seed 000");
    // Values in another order than the rubric's are looked up by id and still take the fast path.
    List<String> ids = new ArrayList<>(o.values().keySet());
    Collections.reverse(ids);
    Observations.Builder b = Observations.builder("ev-1");
    ids.forEach(id -> b.value(id, o.values().get(id)));
    Observations reversed = b.build();
    assertThat(seed000.evaluateOnFastPath(reversed)).isEqualTo(fast);
  }

  /**
   * Every seed rubric takes the fast path for every ordinary observation (readable, known,
   * applicable values, typed or as text, whole or with more decimals than the rules): a
   * shortcut that handed over too often would be slower without being wrong, which the
   * agreement property cannot see.
   */
  @Test
  void everySeedRubricScoresOrdinaryObservationsOnTheFastPath() {
    List<Rubric> seeds = List.of(SeedRubrics.crmServiceQuality(), SeedRubrics.crmMaintenanceMonitoring(),
        SeedRubrics.satisfactionTracking(), SeedRubrics.serviceStandardsMonthly(),
        SeedRubrics.serviceStandardsCombined(), SeedRubrics.contactCenterWorkflow());
    SplittableRandom random = new SplittableRandom(7);
    for (Rubric rubric : seeds) {
      for (int k = 0; k < 500; k++) {
        Observations.Builder b = Observations.builder("ev-" + k);
        for (Indicator i : rubric.allIndicators().toList()) {
          Quantity q = ordinary(i.rule(), random);
          if (random.nextBoolean()) {
            b.value(i.id(), q);
          } else {
            b.value(i.id(), q.toString());
          }
        }
        Observations o = b.build();
        Evaluation fast = rubric.evaluateOnFastPath(o);
        assertThat(fast).as("%s %s", rubric.id(), o).isNotNull();
        assertSameEvaluation(fast, rubric.evaluateOnGeneralPath(o), rubric.id() + " " + o);
      }
    }
  }

  /** A value any rule of its measure scores: a declared level, or an amount in the measure's domain. */
  private static Quantity ordinary(ScoringRule rule, SplittableRandom random) {
    return switch (rule.measure()) {
      case LEVEL -> {
        List<Level> levels = ((LevelRule) rule).levels();
        yield Quantity.level(levels.get(random.nextInt(levels.size())).value());
      }
      case COUNT -> Quantity.count(random.nextInt(6));
      case DURATION -> Quantity.of(java.time.Duration.ofSeconds(random.nextInt(7 * 86_400),
          random.nextBoolean() ? 0 : random.nextInt(1_000_000_000)));
      case PERCENT -> Quantity.of(Measure.PERCENT, BigDecimal.valueOf(random.nextInt(10_001), 4));
      case NUMBER -> Quantity.number(BigDecimal.valueOf(random.nextInt(4_001), 2));
      case FLAG -> Quantity.flag(random.nextBoolean());
    };
  }

  /** What the fast path hands over: an unknown id, flag or evidence; n/a and a rubric-wide flag veto it keeps. */
  @Test
  void theFastPathHandsOverWhatItDoesNotCover() {
    Rubric seed003 = SeedRubrics.serviceStandardsMonthly();
    Observations usual = seed003Usual();
    assertThat(seed003.evaluateOnFastPath(usual)).isNotNull();
    Observations vetoed = usual.withFlag("review-manipulated", true);
    assertThat(seed003.evaluateOnFastPath(vetoed)).isNotNull()
        .isEqualTo(seed003.evaluateOnGeneralPath(vetoed));
    assertThat(seed003.evaluateOnFastPath(usual.withFlag("review-manipulated", false))).isNotNull();
    assertThat(seed003.evaluateOnFastPath(usual.withFlag("no-such-flag", false))).isNull();
    assertThat(seed003.evaluateOnFastPath(usual.withEvidence("no-such-indicator", "x"))).isNull();
    String first = usual.values().keySet().iterator().next();
    Observations oneNotApplicable = usual.withNotApplicable(first);
    assertThat(seed003.evaluateOnFastPath(oneNotApplicable)).isNotNull()
        .isEqualTo(seed003.evaluateOnGeneralPath(oneNotApplicable));
    assertThat(seed003.evaluateOnFastPath(usual.withValue("no-such-indicator", 1))).isNull();
  }

  private static Observations seed003Usual() {
    Rubric seed003 = SeedRubrics.serviceStandardsMonthly();
    Observations.Builder b = Observations.builder("ev-1");
    for (Indicator i : seed003.allIndicators().toList()) {
      Measure m = i.rule().measure();
      b.value(i.id(), m == Measure.DURATION ? "40s" : m == Measure.PERCENT ? "80%" : "1");
    }
    return b.build();
  }

  static void assertSameEvaluation(Evaluation actual, Evaluation expected, String context) {
    assertThat(actual).as(context).isEqualTo(expected);
    assertThat(actual.total()).as(context).isEqualTo(expected.total());
    assertThat(actual.rawTotal()).as(context).isEqualTo(expected.rawTotal());
    assertThat(actual.grade()).as(context).isEqualTo(expected.grade());
    assertThat(actual.vetoes()).as(context).isEqualTo(expected.vetoes());
    assertThat(actual.unroundedTotal()).as(context).isEqualTo(expected.unroundedTotal());
    assertThat(actual.dimensions()).as(context).isEqualTo(expected.dimensions());
    assertThat(actual.explain()).as(context).isEqualTo(expected.explain());
  }

  private static Object outcome(java.util.function.Supplier<Evaluation> evaluation) {
    Throwable t = catchThrowable(evaluation::get);
    if (t == null) {
      return evaluation.get();
    }
    assertThat(t).isInstanceOf(ObservationException.class);
    return t;
  }

  // ---- generated rubrics ------------------------------------------------------------------------

  /** A valid generated rubric: drafts the builder rejects (such as equal scores under range) are redrawn. */
  static Rubric rubric(SplittableRandom random) {
    for (int attempt = 0; ; attempt++) {
      try {
        return draft(random);
      } catch (RubricDefinitionException rejected) {
        assertThat(attempt).as("generated rubrics keep being rejected: %s", rejected.getMessage()).isLessThan(50);
      }
    }
  }

  private static Rubric draft(SplittableRandom random) {
    long scale = new long[] {5, 7, 10, 100}[random.nextInt(4)];
    RubricBuilder b = Rubric.builder("generated")
        .scale(scale)
        .precision(random.nextInt(5))
        .normalize(random.nextBoolean() ? Normalization.RATIO : Normalization.RANGE)
        .missing(random.nextBoolean() ? MissingPolicy.ERROR : MissingPolicy.NOT_APPLICABLE)
        .notApplicable(random.nextInt(5) == 0 ? NotApplicablePolicy.FORBID : NotApplicablePolicy.REDISTRIBUTE)
        .flag("fraud").flag("abuse");
    boolean graded = random.nextBoolean();
    if (graded) {
      b.grade("high", g -> g.range("[" + scale / 2 + ", " + scale + "]"));
      b.grade("low", g -> g.range("[0, " + scale / 2 + ")"));
    }
    int dimensions = 1 + random.nextInt(3);
    int[] percents = split(random, dimensions);
    List<String> indicators = new ArrayList<>();
    for (int d = 0; d < dimensions; d++) {
      int dim = d;
      int count = 1 + random.nextInt(3);
      boolean weighted = random.nextBoolean();
      int[] shares = split(random, count);
      boolean conditional = random.nextInt(4) == 0;
      boolean nested = random.nextInt(4) == 0;
      b.dimension("d" + d, spec -> {
        spec.weight(percents[dim] + "%");
        if (conditional) {
          spec.appliesWhen("channel", "phone");
        }
        if (nested) {
          // Sub-dimensions of one or two indicators each, one of them at times conditional.
          for (int sub = 0; sub < count; sub++) {
            String subId = "d" + dim + "-s" + sub;
            int share = shares[sub];
            boolean subConditional = random.nextInt(3) == 0;
            int subCount = 1 + random.nextInt(2);
            spec.dimension(subId, sd -> {
              if (weighted) {
                sd.weight(share + "%");
              }
              if (subConditional) {
                sd.appliesWhen("channel", "chat");
              }
              for (int i = 0; i < subCount; i++) {
                String id = subId + "-i" + i;
                indicators.add(id);
                sd.indicator(id, ind -> rule(ind, random));
              }
            });
          }
          return;
        }
        for (int i = 0; i < count; i++) {
          String id = "d" + dim + "-i" + i;
          indicators.add(id);
          int share = shares[i];
          spec.indicator(id, ind -> {
            if (weighted) {
              ind.weight(share + "%");
            }
            rule(ind, random);
          });
        }
      });
    }
    if (random.nextBoolean()) {
      b.veto("fraud", v -> v.whenFlag("fraud").score(random.nextBoolean() ? 0 : 1));
    }
    if (random.nextBoolean()) {
      // Another flag veto: at times on one dimension only, at times with its own grade.
      int kind = random.nextInt(3);
      b.veto("abuse", v -> {
        v.whenFlag("abuse").score(kind == 0 ? 0 : 2);
        if (kind == 1) {
          v.scope("d0");
        } else if (kind == 2 && graded) {
          v.grade("high");
        }
      });
    }
    if (random.nextInt(3) == 0) {
      String target = indicators.get(random.nextInt(indicators.size()));
      b.veto("low", v -> v.whenScoreBelow(target, new BigDecimal(SCORES[random.nextInt(5)])).score(1));
    }
    return b.build();
  }

  /** {@code n} whole percents adding up to 100, each at least 1. */
  private static int[] split(SplittableRandom random, int n) {
    int[] parts = new int[n];
    int left = 100;
    for (int k = 0; k < n - 1; k++) {
      parts[k] = 1 + random.nextInt(left - (n - k));
      left -= parts[k];
    }
    parts[n - 1] = left;
    return parts;
  }

  private static void rule(IndicatorBuilder ind, SplittableRandom random) {
    switch (random.nextInt(6)) {
      case 0, 1 -> bands(ind, random);
      case 2 -> {
        LevelsBuilder levels = ind.levels();
        for (int v = 1; v <= 6; v++) {
          if (v == 1 || random.nextInt(3) > 0) {
            levels.level(v);
          }
        }
      }
      case 3 -> ind.deduction(Measure.DURATION).max(20).target("<= 30s").step(random.nextBoolean() ? "10s" : "2.5s")
          .deduct(new BigDecimal(random.nextBoolean() ? "2" : "1.5")).zero(random.nextBoolean() ? "> 60s" : "> 600s")
          .steps(random.nextBoolean() ? StepCounting.STARTED : StepCounting.COMPLETED);
      case 4 -> ind.deduction(Measure.PERCENT).max(30).target(random.nextBoolean() ? ">= 85%" : "> 85%")
          .step(random.nextBoolean() ? "1%" : "0.5%").deduct(1).zero("< 75%")
          .steps(random.nextBoolean() ? StepCounting.STARTED : StepCounting.COMPLETED);
      default -> {
        OccurrencesBuilder o = ind.occurrences().max(random.nextBoolean() ? 15 : 25)
            .deduct(new BigDecimal(random.nextBoolean() ? "3" : "2.5"));
        if (random.nextBoolean()) {
          o.zeroAt(3);
        }
      }
    }
  }

  private static void bands(IndicatorBuilder ind, SplittableRandom random) {
    Measure measure = List.of(Measure.DURATION, Measure.PERCENT, Measure.NUMBER, Measure.COUNT)
        .get(random.nextInt(4));
    String[] cuts = cuts(measure);
    List<String> chosen = new ArrayList<>();
    for (String c : cuts) {
      if (random.nextInt(3) > 0) {
        chosen.add(c);
      }
    }
    if (chosen.isEmpty()) {
      chosen.add(cuts[cuts.length / 2]);
    }
    boolean upperInclusive = random.nextBoolean();
    BandsBuilder bands = ind.bands(measure);
    bands.band(score(random, true), (upperInclusive ? "<= " : "< ") + chosen.get(0));
    for (int k = 1; k < chosen.size(); k++) {
      String range = upperInclusive ? "(" + chosen.get(k - 1) + ", " + chosen.get(k) + "]"
          : "[" + chosen.get(k - 1) + ", " + chosen.get(k) + ")";
      bands.band(score(random, false), range);
    }
    bands.band(score(random, false), (upperInclusive ? "> " : ">= ") + chosen.get(chosen.size() - 1));
  }

  private static BigDecimal score(SplittableRandom random, boolean positive) {
    String s = SCORES[random.nextInt(SCORES.length)];
    return new BigDecimal(positive && s.equals("0") ? "1" : s);
  }

  private static String[] cuts(Measure measure) {
    return switch (measure) {
      case DURATION -> DURATION_CUTS;
      case PERCENT -> PERCENT_CUTS;
      case NUMBER -> NUMBER_CUTS;
      default -> COUNT_CUTS;
    };
  }

  // ---- generated observations -------------------------------------------------------------------

  static Observations observations(Rubric rubric, SplittableRandom random, String id) {
    List<Indicator> indicators = new ArrayList<>(rubric.allIndicators().toList());
    if (random.nextInt(4) == 0) {
      Collections.shuffle(indicators, new java.util.Random(random.nextLong()));
    }
    Observations.Builder b = Observations.builder(id);
    for (Indicator i : indicators) {
      int pick = random.nextInt(16);
      if (pick == 0) {
        continue; // missing
      } else if (pick == 1) {
        b.notApplicable(i.id());
      } else {
        // Now and then digits alone, whatever the measure: a level or count, but no percent.
        String text = random.nextInt(25) == 0 ? Integer.toString(random.nextInt(100)) : value(i.rule(), random);
        Quantity typed = random.nextBoolean() ? typed(i.rule().measure(), text) : null;
        if (typed != null) {
          b.value(i.id(), typed);
        } else if (text.matches("\\d{1,18}") && random.nextBoolean()) {
          b.value(i.id(), Long.parseLong(text)); // a whole number given as a number, not as text
        } else {
          b.value(i.id(), text);
        }
      }
    }
    if (random.nextInt(10) == 0) {
      b.flag("fraud", random.nextBoolean());
    }
    if (random.nextInt(10) == 0) {
      b.flag("abuse", random.nextBoolean());
    }
    if (random.nextInt(30) == 0) {
      b.value("unknown", 1);
    }
    b.tag("channel", random.nextBoolean() ? "phone" : "chat");
    return b.build();
  }

  /** {@code text} read as a quantity of {@code measure} ahead of evaluation, or null if it is not one. */
  private static Quantity typed(Measure measure, String text) {
    try {
      return measure.parse(text);
    } catch (InvalidValueException notOne) {
      return null;
    }
  }

  /** A value as text: on a boundary, next to one, or anywhere in range. */
  private static String value(ScoringRule rule, SplittableRandom random) {
    Measure m = rule.measure();
    return switch (m) {
      case LEVEL -> Integer.toString(random.nextInt(8));
      case COUNT -> Integer.toString(random.nextInt(12));
      case DURATION -> near(random, random.nextInt(4) == 0 ? new BigDecimal(random.nextInt(400_000))
          : seconds(DURATION_CUTS[random.nextInt(DURATION_CUTS.length)]), "0.5", "0.000000001")
          .max(BigDecimal.ZERO).toPlainString() + "s";
      case PERCENT -> near(random, random.nextInt(4) == 0 ? new BigDecimal(random.nextInt(10_001)).movePointLeft(2)
          : new BigDecimal(PERCENT_CUTS[random.nextInt(PERCENT_CUTS.length)].replace("%", "")), "0.5", "0.001")
          .max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).toPlainString() + "%";
      default -> near(random, new BigDecimal(NUMBER_CUTS[random.nextInt(NUMBER_CUTS.length)]), "0.25", "0.0001")
          .toPlainString();
    };
  }

  private static BigDecimal near(SplittableRandom random, BigDecimal at, String far, String close) {
    return switch (random.nextInt(5)) {
      case 0 -> at.add(new BigDecimal(far));
      case 1 -> at.subtract(new BigDecimal(close));
      case 2 -> at.add(new BigDecimal(close));
      default -> at;
    };
  }

  private static BigDecimal seconds(String duration) {
    return Measure.DURATION.parse(duration).amount();
  }
}
