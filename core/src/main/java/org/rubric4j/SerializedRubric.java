package org.rubric4j;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rubric4j.rule.BandRule;
import org.rubric4j.rule.DeductionRule;
import org.rubric4j.rule.LevelRule;
import org.rubric4j.rule.OccurrenceRule;
import org.rubric4j.rule.ScoringRule;
import org.rubric4j.rule.StepCounting;

/**
 * The serialised form of a {@link Rubric}: plain data that is read back through
 * {@link Rubric#builder}, so a deserialised rubric passes every check a new one does and can
 * never be an invalid object smuggled in through a byte stream (the serialisation proxy
 * pattern). Intervals travel as their text, which {@link Interval#parse} reads back exactly.
 */
final class SerializedRubric implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String version;
  private final String name;
  private final String description;
  private final BigDecimal scale;
  private final int precision;
  private final String normalization;
  private final String notApplicable;
  private final String missing;
  private final String weighting;
  private final boolean aboveScale;
  private final List<GradeForm> grades;
  private final List<String[]> flags;
  private final List<VetoForm> vetoes;
  private final List<DimensionForm> dimensions;

  SerializedRubric(Rubric r) {
    id = r.id();
    version = r.version().orElse(null);
    name = r.name().orElse(null);
    description = r.description().orElse(null);
    scale = r.scale();
    precision = r.precision();
    normalization = r.normalization().name();
    notApplicable = r.notApplicablePolicy().name();
    missing = r.missingPolicy().name();
    weighting = r.weighting().name();
    aboveScale = r.aboveScaleAllowed();
    grades = r.grades().stream().map(GradeForm::new).toList();
    flags = r.declaredFlags().stream().map(f -> new String[] {f.id(), f.name().orElse(null)}).toList();
    vetoes = r.vetoes().stream().map(VetoForm::new).toList();
    dimensions = r.dimensions().stream().map(DimensionForm::new).toList();
  }

  private Object readResolve() throws ObjectStreamException {
    try {
      RubricBuilder b = Rubric.builder(id).scale(scale).precision(precision)
          .normalize(Normalization.valueOf(normalization))
          .notApplicable(NotApplicablePolicy.valueOf(notApplicable))
          .missing(MissingPolicy.valueOf(missing))
          .weighting(Weighting.valueOf(weighting)).aboveScale(aboveScale);
      if (version != null) {
        b.version(version);
      }
      if (name != null) {
        b.name(name);
      }
      if (description != null) {
        b.description(description);
      }
      grades.forEach(g -> b.grade(g.id, g::apply));
      flags.forEach(f -> {
        if (f[1] == null) {
          b.flag(f[0]);
        } else {
          b.flag(f[0], f[1]);
        }
      });
      dimensions.forEach(d -> b.dimension(d.id, d::apply));
      vetoes.forEach(v -> b.veto(v.id, v::apply));
      return b.build();
    } catch (RuntimeException e) {
      InvalidObjectException invalid = new InvalidObjectException("not a valid rubric: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  private static final class GradeForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String name;
    private final String range;
    private final LinkedHashMap<String, Object> attributes;

    GradeForm(Grade g) {
      id = g.id();
      name = g.name().orElse(null);
      range = g.range().toString();
      attributes = new LinkedHashMap<>(g.attributes());
    }

    void apply(GradeBuilder g) {
      if (name != null) {
        g.name(name);
      }
      g.range(range);
      attributes.forEach((k, v) -> {
        if (v instanceof BigDecimal d) {
          g.attribute(k, d);
        } else if (v instanceof Boolean flag) {
          g.attribute(k, flag);
        } else {
          g.attribute(k, (String) v);
        }
      });
    }
  }

  private static final class VetoForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String name;
    private final String flag;
    private final String indicator;
    private final BigDecimal below;
    private final String grade;
    private final BigDecimal score;
    private final String scope;
    private final boolean keepsScore;
    private final ArrayList<BigDecimal> answers;

    VetoForm(Veto v) {
      keepsScore = v.keepsScore();
      answers = v.trigger() instanceof Veto.OnAnswer a ? new ArrayList<>(a.in()) : null;
      id = v.id();
      name = v.name().orElse(null);
      flag = v.trigger() instanceof Veto.OnFlag f ? f.flag() : null;
      indicator = v.trigger() instanceof Veto.OnScoreBelow s ? s.indicator()
          : v.trigger() instanceof Veto.OnAnswer a ? a.indicator() : null;
      below = v.trigger() instanceof Veto.OnScoreBelow s ? s.below() : null;
      grade = v.grade().orElse(null);
      score = v.score();
      scope = v.scope().orElse(null);
    }

    void apply(VetoBuilder v) {
      if (name != null) {
        v.name(name);
      }
      if (flag != null) {
        v.whenFlag(flag);
      } else if (answers != null) {
        v.whenAnswerIn(indicator, answers);
      } else {
        v.whenScoreBelow(indicator, below);
      }
      if (grade != null) {
        v.grade(grade);
      }
      if (keepsScore) {
        v.keepScore();
      } else {
        v.score(score);
      }
      if (scope != null) {
        v.scope(scope);
      }
    }
  }

  /** What dimensions and indicators share: name, description, weight, condition. */
  private abstract static class NodeForm implements Serializable {
    private static final long serialVersionUID = 1L;
    final String id;
    final String name;
    final String description;
    final BigDecimal weight;
    final boolean relativeWeight;
    final String notApplicable;
    /** Serializable records all the way down; the builder checks it again on the way back. */
    final Condition condition;
    final boolean bonus;

    NodeForm(String id, java.util.Optional<String> name, java.util.Optional<String> description,
        java.util.Optional<Weight> weight, java.util.Optional<Condition> condition,
        java.util.Optional<NotApplicablePolicy> notApplicable, boolean bonus) {
      this.bonus = bonus;
      this.notApplicable = notApplicable.map(NotApplicablePolicy::name).orElse(null);
      this.id = id;
      this.name = name.orElse(null);
      this.description = description.orElse(null);
      this.weight = weight.map(Weight::fraction).orElse(null);
      this.relativeWeight = weight.map(Weight::relative).orElse(false);
      this.condition = condition.orElse(null);
    }

    Weight weight() {
      return new Weight(weight, relativeWeight);
    }

  }

  private static final class DimensionForm extends NodeForm {
    private static final long serialVersionUID = 1L;
    private final List<GradeForm> grades;
    private final List<DimensionForm> dimensions;
    private final List<IndicatorForm> indicators;
    private final String weighting;

    DimensionForm(Dimension d) {
      super(d.id(), d.name(), d.description(), d.weight(), d.appliesWhen(), d.notApplicable(), d.bonus());
      weighting = d.weighting().map(Weighting::name).orElse(null);
      grades = d.grades().stream().map(GradeForm::new).toList();
      dimensions = d.dimensions().stream().map(DimensionForm::new).toList();
      indicators = d.indicators().stream().map(IndicatorForm::new).toList();
    }

    void apply(DimensionBuilder d) {
      if (name != null) {
        d.name(name);
      }
      if (description != null) {
        d.description(description);
      }
      if (weight != null) {
        d.weight(weight());
      }
      if (weighting != null) {
        d.weighting(Weighting.valueOf(weighting));
      }
      if (notApplicable != null) {
        d.notApplicable(NotApplicablePolicy.valueOf(notApplicable));
      }
      d.bonus(bonus);
      if (condition != null) {
        d.appliesWhen(condition);
      }
      grades.forEach(g -> d.grade(g.id, g::apply));
      dimensions.forEach(sub -> d.dimension(sub.id, sub::apply));
      indicators.forEach(i -> d.indicator(i.id, i::apply));
    }
  }

  private static final class IndicatorForm extends NodeForm {
    private static final long serialVersionUID = 1L;
    private final String kind;
    private final String measure;
    private final List<Object[]> bands = new ArrayList<>();
    private final Map<Integer, String> levels = new LinkedHashMap<>();
    private final BigDecimal outOf;
    private final BigDecimal max;
    private final BigDecimal deduct;
    private final String target;
    private final String step;
    private final String zero;
    private final String counting;
    private final Integer zeroAt;
    private final boolean critical;
    private final LinkedHashMap<String, BigDecimal> checklist = new LinkedHashMap<>();

    IndicatorForm(Indicator i) {
      super(i.id(), i.name(), i.description(), i.weight(), i.appliesWhen(), i.notApplicable(), i.bonus());
      critical = i.critical();
      ScoringRule rule = i.rule();
      kind = rule.kind();
      measure = rule.measure().name();
      BigDecimal outOfValue = null;
      BigDecimal maxValue = null;
      BigDecimal deductValue = null;
      String targetText = null;
      String stepText = null;
      String zeroText = null;
      String countingName = null;
      Integer zeroAtValue = null;
      if (rule instanceof BandRule b) {
        b.bands().forEach(band -> bands.add(new Object[] {band.score(), band.range().toString()}));
        outOfValue = b.outOf().orElse(null);
      } else if (rule instanceof LevelRule l) {
        l.levels().forEach(level -> levels.put(level.value(), level.anchor()));
      } else if (rule instanceof DeductionRule d) {
        maxValue = d.max();
        deductValue = d.deduct();
        targetText = d.target().toString();
        stepText = d.step().toString();
        zeroText = d.zero().map(Interval::toString).orElse(null);
        countingName = d.counting().name();
      } else if (rule instanceof OccurrenceRule o) {
        maxValue = o.max();
        deductValue = o.deduct();
        zeroAtValue = o.zeroAt().orElse(null);
      } else if (rule instanceof org.rubric4j.rule.ChecklistRule c) {
        checklist.putAll(c.items());
        maxValue = c.max().orElse(null);
      }
      outOf = outOfValue;
      max = maxValue;
      deduct = deductValue;
      target = targetText;
      step = stepText;
      zero = zeroText;
      counting = countingName;
      zeroAt = zeroAtValue;
    }

    void apply(IndicatorBuilder i) {
      if (name != null) {
        i.name(name);
      }
      if (description != null) {
        i.description(description);
      }
      if (weight != null) {
        i.weight(weight());
      }
      if (notApplicable != null) {
        i.notApplicable(NotApplicablePolicy.valueOf(notApplicable));
      }
      i.critical(critical);
      i.bonus(bonus);
      if (condition != null) {
        i.appliesWhen(condition);
      }
      Measure m = Measure.valueOf(measure);
      switch (kind) {
        case "bands" -> {
          BandsBuilder b = i.bands(m);
          bands.forEach(band -> b.band((BigDecimal) band[0], (String) band[1]));
          if (outOf != null) {
            b.outOf(outOf);
          }
        }
        case "levels" -> {
          LevelsBuilder l = i.levels();
          levels.forEach(l::level);
        }
        case "deduction" -> {
          DeductionBuilder d = i.deduction(m).max(max).target(target).step(step).deduct(deduct)
              .steps(StepCounting.valueOf(counting));
          if (zero != null) {
            d.zero(zero);
          }
        }
        case "occurrences" -> {
          OccurrencesBuilder o = i.occurrences().max(max).deduct(deduct);
          if (zeroAt != null) {
            o.zeroAt(zeroAt);
          }
        }
        case "checklist" -> {
          ChecklistBuilder c = i.checklist();
          checklist.forEach(c::item);
          if (max != null) {
            c.max(max);
          }
        }
        default -> throw new IllegalStateException("unknown rule kind " + kind);
      }
    }
  }
}
