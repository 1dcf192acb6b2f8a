package org.rubric4j.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.rubric4j.Bound;
import org.rubric4j.Interval;
import org.rubric4j.Measure;
import org.rubric4j.RubricBuilder;

/**
 * Generates what a rubric has beside its tree, grades, flags and vetoes, as a plan jqwik can
 * shrink, and writes a plan through the public builder.
 *
 * <p>Grades {@code g0} (lowest) up cover [0, scale] at the rubric's precision; flags are
 * {@code f0}...; vetoes {@code v0}... fire on a flag or on an indicator's score, for the whole
 * rubric or one dimension, and sometimes impose a grade. A veto's indices are taken modulo
 * the number of flags, indicators, grades and dimensions actually written.
 */
final class ExtrasGen {

  record VetoPlan(boolean onFlag, int flag, int indicator, int belowPermille, int scorePermyriad,
      int grade, int scope, boolean keep, boolean onAnswer) {}

  record Extras(boolean grades, List<Integer> gradeCuts, List<VetoPlan> vetoes, int flags, boolean declareFlags) {}

  private ExtrasGen() {}

  // ---- the plan ---------------------------------------------------------------------------

  /**
   * Grades, flags and, when {@code vetoes}, up to three vetoes; with {@code qaForms} also vetoes
   * that keep the score and vetoes on a level answer.
   */
  static Arbitrary<Extras> extras(boolean vetoes, boolean qaForms) {
    Arbitrary<List<VetoPlan>> planned = vetoes
        ? veto(qaForms).list().ofMaxSize(3)
        : Arbitraries.just(List.of());
    return Combinators.combine(Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false)),
            Arbitraries.integers().between(1, 9_999).list().ofMaxSize(4), planned,
            Arbitraries.integers().between(0, 2), Arbitraries.of(true, false))
        .as(Extras::new);
  }

  private static Arbitrary<VetoPlan> veto(boolean qaForms) {
    Arbitrary<Integer> index = Arbitraries.integers().between(0, 1_000);
    Arbitrary<Boolean> sometimes = qaForms ? Arbitraries.frequency(Tuple.of(2, false), Tuple.of(1, true))
        : Arbitraries.just(false);
    Arbitrary<VetoPlan> plain = Combinators.combine(Arbitraries.of(true, false), index, index,
            Arbitraries.integers().between(1, 1_000), Arbitraries.integers().between(0, 10_000),
            Arbitraries.integers().between(-1, 5), Arbitraries.frequency(Tuple.of(3, -1), Tuple.of(1, 0),
                Tuple.of(1, 1), Tuple.of(1, 2)))
        .as((onFlag, flag, indicator, below, score, grade, scope) ->
            new VetoPlan(onFlag, flag, indicator, below, score, grade, scope, false, false));
    return Combinators.combine(plain, sometimes, sometimes)
        .as((v, keep, onAnswer) -> new VetoPlan(v.onFlag(), v.flag(), v.indicator(), v.belowPermille(),
            v.scorePermyriad(), v.grade(), keep ? -1 : v.scope(), keep, onAnswer));
  }

  // ---- building ---------------------------------------------------------------------------

  /** Grades {@code g0} = [0, c1), {@code g1} = [c1, c2), ..., the last up to the scale inclusive. */
  /** A grade written to the rubric: its id and range. */
  record GradeRange(String id, Interval range) {}

  static List<GradeRange> grades(RubricBuilder b, Extras x, BigDecimal scale, int precision) {
    if (!x.grades()) {
      return List.of();
    }
    List<BigDecimal> cuts = x.gradeCuts().stream()
        .map(p -> scale.multiply(BigDecimal.valueOf(p, 4)).setScale(precision, RoundingMode.HALF_UP))
        .filter(c -> c.signum() > 0 && c.compareTo(scale) < 0)
        .distinct().sorted().toList();
    List<BigDecimal> distinct = new ArrayList<>();
    for (BigDecimal c : cuts) {
      if (distinct.isEmpty() || distinct.get(distinct.size() - 1).compareTo(c) != 0) {
        distinct.add(c);
      }
    }
    List<GradeRange> ids = new ArrayList<>();
    BigDecimal from = BigDecimal.ZERO;
    for (int k = 0; k <= distinct.size(); k++) {
      Interval range = k < distinct.size()
          ? new Interval(Measure.NUMBER, Bound.inclusive(from), Bound.exclusive(distinct.get(k)))
          : new Interval(Measure.NUMBER, Bound.inclusive(from), Bound.inclusive(scale));
      String id = "g" + k;
      b.grade(id, g -> g.name("grade " + id).range(range));
      ids.add(new GradeRange(id, range));
      if (k < distinct.size()) {
        from = distinct.get(k);
      }
    }
    return ids;
  }

  /**
   * The flags, when declared, then the vetoes, referring to the grades {@code gradeIds} and to
   * the dimensions and indicators of {@code tree}; a veto's score lies in [0, scale] at
   * {@code precision}, and a rubric-wide veto that imposes a grade imposes the one holding its score.
   */
  static void flagsAndVetoes(RubricBuilder b, Extras x, BigDecimal scale, int precision, List<GradeRange> grades,
      TreeGen.Written tree) {
    boolean declared = x.declareFlags() && x.flags() > 0;
    if (declared) {
      for (int f = 0; f < x.flags(); f++) {
        b.flag("f" + f, "flag " + f);
      }
    }
    for (int j = 0; j < x.vetoes().size(); j++) {
      VetoPlan v = x.vetoes().get(j);
      b.veto("v" + j, vb -> {
        if (v.onFlag()) {
          vb.whenFlag("f" + (v.flag() % (declared ? x.flags() : 2)));
        } else {
          int i = v.indicator() % tree.indicatorIds().size();
          if (v.onAnswer() && tree.indicatorRules().get(i) instanceof org.rubric4j.rule.LevelRule levels) {
            vb.whenAnswerIn(tree.indicatorIds().get(i), levels.levels().get(0).value()); // the auto-fail option
          } else {
            BigDecimal below = tree.indicatorRules().get(i).maximum().multiply(BigDecimal.valueOf(v.belowPermille(), 3));
            vb.whenScoreBelow(tree.indicatorIds().get(i), below);
          }
        }
        if (v.keep()) { // the total kept, the grade imposed (evaluagent's "outcome fail")
          vb.keepScore();
          if (v.grade() >= 0 && !grades.isEmpty()) {
            vb.grade(grades.get(v.grade() % grades.size()).id());
          }
          return;
        }
        BigDecimal score = scale.multiply(BigDecimal.valueOf(v.scorePermyriad(), 4)).setScale(precision, RoundingMode.DOWN);
        vb.score(score);
        if (v.grade() >= 0 && !grades.isEmpty()) {
          vb.grade(v.scope() >= 0 ? grades.get(v.grade() % grades.size()).id()
              : grades.stream().filter(g -> g.range().contains(score)).findFirst().orElseThrow().id());
        }
        if (v.scope() >= 0) {
          vb.scope(tree.dimensionIds().get(v.scope() % tree.dimensionIds().size()));
        }
      });
    }
  }
}
