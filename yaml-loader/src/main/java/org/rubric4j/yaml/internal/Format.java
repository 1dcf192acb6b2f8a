package org.rubric4j.yaml.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rubric file format of docs/rubric-format.md as data: every object, its keys, what each key
 * holds and which are required. The binder refuses any key not listed here and the JSON Schema
 * is generated from it, so the reader and the schema cannot drift apart.
 */
public final class Format {

  /** What a scalar key holds. */
  public enum Type {
    /** Any text. */
    TEXT,
    /** A dimension, indicator, grade, veto or flag id. */
    ID,
    /** A rubric id. */
    RUBRIC_ID,
    /** A decimal number. */
    NUMBER,
    /** A whole number. */
    INTEGER,
    /** A weight: {@code 20%}, or a number at least 0 (a fraction in (0, 1] under declared weighting). */
    WEIGHT,
    /** An amount of the indicator's measure: {@code 10s}, {@code 1%}, {@code 2}. */
    QUANTITY,
    /** An interval: {@code "(2h, 6h]"}, {@code "<= 2h"}. */
    INTERVAL,
    /** One of fixed words. */
    ENUM,
    /** A veto's score: a number at least 0, or {@code keep}. */
    VETO_SCORE,
    /** Text, number or boolean. */
    SCALAR,
    /** {@code true} or {@code false}. */
    BOOLEAN
  }

  /** What a key holds. */
  public sealed interface Shape permits Scalar, Ref, ListOf, MapOf {}

  /**
   * A scalar of one type.
   *
   * @param type the type
   * @param values the allowed words, for {@link Type#ENUM}
   */
  public record Scalar(Type type, List<String> values) implements Shape {}

  /**
   * An object described in {@link #OBJECTS}.
   *
   * @param object its name
   */
  public record Ref(String object) implements Shape {}

  /**
   * A list.
   *
   * @param item what each item holds
   */
  public record ListOf(Shape item) implements Shape {}

  /**
   * A mapping with free keys.
   *
   * @param keyPattern the pattern keys must match, or empty for any
   * @param keyMeaning what a key means, for messages
   * @param value what each value holds
   */
  public record MapOf(String keyPattern, String keyMeaning, Shape value) implements Shape {}

  /**
   * One key of an object.
   *
   * @param name the key
   * @param shape what it holds
   * @param required whether it must be given
   * @param description what it means
   */
  public record Key(String name, Shape shape, boolean required, String description) {}

  /**
   * An object of the format.
   *
   * @param name its name, used in messages and as the schema definition's name
   * @param description what it is
   * @param keys its keys, in the order files usually write them
   * @param exactlyOneOf groups of keys of which exactly one must be given (may be empty)
   */
  public record Obj(String name, String description, List<Key> keys, List<List<String>> exactlyOneOf) {
    /** The key {@code name}. */
    public Optional<Key> key(String name) {
      return keys.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The names of all keys. */
    public List<String> keyNames() {
      return keys.stream().map(Key::name).toList();
    }
  }

  /** A level key: a whole number without leading zeros. */
  public static final String LEVEL_KEY = "-?(0|[1-9][0-9]{0,8})";

  /** Every object of the format, the root ({@code rubric}) first. */
  public static final Map<String, Obj> OBJECTS = objects();

  private Format() {}

  /** The object {@code name}. */
  public static Obj object(String name) {
    Obj o = OBJECTS.get(name);
    if (o == null) {
      throw new IllegalArgumentException("no object " + name + " in the format");
    }
    return o;
  }

  private static Scalar s(Type t) {
    return new Scalar(t, List.of());
  }

  private static Scalar oneOf(String... words) {
    return new Scalar(Type.ENUM, List.of(words));
  }

  private static Key req(String name, Shape shape, String description) {
    return new Key(name, shape, true, description);
  }

  private static Key opt(String name, Shape shape, String description) {
    return new Key(name, shape, false, description);
  }

  private static Map<String, Obj> objects() {
    Map<String, Obj> m = new LinkedHashMap<>();
    put(m, new Obj("rubric", "A rubric: a weighted tree of dimensions and indicators with grades, vetoes and policies.",
        List.of(
            opt("$schema", s(Type.TEXT), "The JSON Schema of this file, for editors; ignored by the reader."),
            req("rubric", s(Type.RUBRIC_ID), "The rubric's id: lowercase letters, digits and '-'."),
            opt("version", s(Type.TEXT), "A free version label, recorded in every result; quote it in YAML (\"1.0\")."),
            opt("name", s(Type.TEXT), "The display name, any Unicode."),
            opt("description", s(Type.TEXT), "What the rubric is for."),
            opt("scale", s(Type.NUMBER), "The total lies in [0, scale]; default 100."),
            opt("precision", s(Type.INTEGER), "Decimals of reported scores, 0 to 9; default 2."),
            opt("normalize", oneOf("ratio", "range"), "ratio (default): fraction = score / max; range: (score - min) / (max - min)."),
            opt("notApplicable", oneOf("redistribute", "forbid", "full-marks", "zero"),
                "What n/a means: redistribute (default) the weight, forbid it, count it as full marks, or as zero; dimensions and indicators may override it."),
            opt("weighting", oneOf("declared", "relative", "points"),
                "How siblings share their parent, here and below: declared (default) weights adding up to 100%, relative weights of any size, or points (shares by maximum points, no weights)."),
            opt("missing", oneOf("error", "not-applicable"), "What an absent value means: error (default) or not-applicable."),
            opt("aboveScale", oneOf("allowed", "capped"),
                "Whether bonus items may lift the total above the scale: capped (default) at the scale, or allowed (grades may then reach above it)."),
            opt("grades", new ListOf(new Ref("grade")), "Grades of the total, on the rubric's scale; together they cover [0, scale]."),
            opt("flags", new ListOf(new Ref("flag")), "Declared flags; once any is declared, vetoes and observations may use only declared flags."),
            req("dimensions", new ListOf(new Ref("dimension")), "The top-level dimensions."),
            opt("vetoes", new ListOf(new Ref("veto")), "Rules that override the total and the grade after scoring."),
            opt("kpis", new ListOf(new Ref("kpi")), "Targets for statistics over many evaluations, such as mean FCR >= 90%; used by reports."),
            opt("periodRules", new ListOf(new Ref("periodRule")),
                "Rules on a subject's grade in consecutive periods, such as needs-improvement in two quarters in a row."),
            opt("categories", new MapOf(Definition.NODE_ID, "category id", s(Type.INTERVAL)),
                "Named score ranges for distributions, in report order, such as satisfied: \"[4, 5]\".")),
        List.of()));
    put(m, new Obj("grade", "A named range of the score, such as 优秀 [4.5, 5].",
        List.of(
            req("id", s(Type.ID), "Unique among the grades of its list."),
            opt("name", s(Type.TEXT), "The display name."),
            req("range", s(Type.INTERVAL), "The scores that earn this grade, such as \"[4.5, 5]\"; quote it in YAML."),
            opt("attributes", new MapOf("", "attribute name", s(Type.SCALAR)), "Free attributes, such as bonusFactor: 1.2.")),
        List.of()));
    put(m, new Obj("flag", "A yes/no fact an observation may carry; vetoes fire on flags.",
        List.of(
            req("id", s(Type.ID), "Unique among the flags."),
            opt("name", s(Type.TEXT), "The display name.")),
        List.of()));
    put(m, new Obj("dimension", "A weighted group of indicators, or of sub-dimensions.",
        List.of(
            req("id", s(Type.ID), "Unique across the rubric's dimensions and indicators."),
            opt("name", s(Type.TEXT), "The display name."),
            opt("description", s(Type.TEXT), "What this dimension covers."),
            opt("weight", s(Type.WEIGHT),
                "The weight among sibling dimensions: 20% or 0.2 under declared weighting, any number at least 0 under relative, none under points; give all siblings a weight or none."),
            opt("weighting", oneOf("declared", "relative", "points"),
                "How this dimension's children share it, and below: declared, relative or points; default the parent's."),
            opt("notApplicable", oneOf("redistribute", "forbid", "full-marks", "zero"),
                "What n/a means for the indicators below: redistribute, forbid, full-marks or zero; default the parent's."),
            opt("bonus", s(Type.BOOLEAN),
                "A bonus section: takes no share of its siblings' weights; what it earns is added to its parent; default false."),
            opt("appliesWhen", new Ref("appliesWhen"), "Applies only when the condition holds: on a tag, another indicator's answer or a flag, or a combination."),
            opt("grades", new ListOf(new Ref("grade")), "Grades of this dimension's own score, on the rubric's scale."),
            opt("indicators", new ListOf(new Ref("indicator")), "The indicators (either indicators or dimensions)."),
            opt("dimensions", new ListOf(new Ref("dimension")), "The sub-dimensions (either indicators or dimensions).")),
        List.of(List.of("indicators", "dimensions"))));
    put(m, new Obj("appliesWhen", "A condition: on a tag, another indicator's answer or a flag, or several combined with all, any or not.",
        List.of(
            opt("tag", s(Type.TEXT), "The tag's name; with in."),
            opt("indicator", s(Type.ID), "Another indicator, whose answer (its level, or its band's score) is tested; with in or notIn."),
            opt("flag", s(Type.ID), "A flag that must be true (or false, with is: false)."),
            opt("all", new ListOf(new Ref("appliesWhen")), "Every one of these conditions holds."),
            opt("any", new ListOf(new Ref("appliesWhen")), "At least one of these conditions holds."),
            opt("not", new Ref("appliesWhen"), "This condition does not hold."),
            opt("in", new ListOf(s(Type.SCALAR)), "With tag: the values for which the node applies; with indicator: the answers, or a checklist's items (any ticked)."),
            opt("notIn", new ListOf(s(Type.SCALAR)), "With indicator: it was answered, with none of these answers (or items ticked)."),
            opt("is", s(Type.BOOLEAN), "With flag: the value it must have; default true.")),
        List.of(List.of("tag", "indicator", "flag", "all", "any", "not"))));
    put(m, new Obj("indicator", "One measured item and the rule that scores it.",
        List.of(
            req("id", s(Type.ID), "Unique across the rubric's dimensions and indicators."),
            opt("name", s(Type.TEXT), "The display name."),
            opt("description", s(Type.TEXT), "What is measured and how."),
            opt("weight", s(Type.WEIGHT),
                "The weight among sibling indicators, as the dimension's weighting reads it; default equal (or by points under points)."),
            opt("notApplicable", oneOf("redistribute", "forbid", "full-marks", "zero"),
                "What n/a means for this indicator: redistribute, forbid, full-marks or zero; default the dimension's."),
            opt("critical", s(Type.BOOLEAN),
                "Whether the indicator is critical: evaluations then also report criticalScore and nonCriticalScore; default false."),
            opt("bonus", s(Type.BOOLEAN),
                "A bonus question: takes no share of its siblings' weights; what it earns is added to its dimension; default false."),
            opt("appliesWhen", new Ref("appliesWhen"), "Applies only when the condition holds: on a tag, another indicator's answer or a flag, or a combination."),
            opt("measure", oneOf("duration", "percent", "number", "count", "level"),
                "What bands and deduction measure; required with them."),
            opt("bands", new ListOf(new Ref("band")), "A value falls in exactly one band and gets its score."),
            opt("outOf", s(Type.NUMBER), "The maximum of a band rule, when above the highest band score."),
            opt("levels", new MapOf(LEVEL_KEY, "level", s(Type.TEXT)), "Levels a reviewer picks from, each with its anchor text."),
            opt("deduction", new Ref("deduction"), "Full points within a target, minus points per step beyond it."),
            opt("occurrences", new Ref("occurrences"), "Full points minus points per occurrence."),
            opt("checklist", new Ref("checklist"), "The points of the items a reviewer ticks (a multi-select question).")),
        List.of(List.of("bands", "levels", "deduction", "occurrences", "checklist"))));
    put(m, new Obj("checklist", "A multi-select question: the score is the sum of the ticked items' points, at most max, at least 0.",
        List.of(
            req("items", new MapOf(Definition.NODE_ID, "item", s(Type.NUMBER)),
                "Each item's points by id; negative for what should not happen."),
            opt("max", s(Type.NUMBER), "The most the items earn together; default the sum of the positive points.")),
        List.of()));
    put(m, new Obj("band", "One band of a band rule.",
        List.of(
            req("score", s(Type.NUMBER), "The points for a value in range."),
            req("range", s(Type.INTERVAL), "The values that earn them, such as \"(2h, 6h]\"; quote it in YAML.")),
        List.of()));
    put(m, new Obj("deduction", "Full points within a target, minus a deduction per step beyond it.",
        List.of(
            req("max", s(Type.NUMBER), "The points within the target."),
            req("target", s(Type.INTERVAL), "The values that earn max, such as \"<= 30s\"."),
            req("step", s(Type.QUANTITY), "The size of one step beyond the target, such as 10s or 1%."),
            req("deduct", s(Type.NUMBER), "The points each step costs."),
            opt("zero", s(Type.INTERVAL), "Values that score 0 whatever the steps, such as \"> 60s\"."),
            opt("steps", oneOf("started", "completed"), "started (default): every started step deducts; completed: only whole steps.")),
        List.of()));
    put(m, new Obj("occurrences", "Full points minus a deduction per occurrence.",
        List.of(
            req("max", s(Type.NUMBER), "The points with no occurrence."),
            req("deduct", s(Type.NUMBER), "The points each occurrence costs."),
            opt("zeroAt", s(Type.INTEGER), "The count from which the score is 0.")),
        List.of()));
    put(m, new Obj("veto", "A rule that overrides the score after scoring.",
        List.of(
            req("id", s(Type.ID), "Unique among the vetoes."),
            opt("name", s(Type.TEXT), "The display name."),
            opt("flag", s(Type.ID), "Fires when this flag is true in the observations."),
            opt("indicator", s(Type.ID), "Fires when this indicator scores below `below`, or answers one of `in`."),
            opt("below", s(Type.NUMBER), "With indicator: the points under which the veto fires."),
            opt("in", new ListOf(s(Type.NUMBER)), "With indicator: the answers (levels, band scores) on which the veto fires."),
            opt("grade", s(Type.ID), "The grade it imposes; default the lowest grade."),
            opt("score", s(Type.VETO_SCORE), "The score it imposes, default 0; keep: the total stays as scored, only the grade is imposed."),
            opt("scope", s(Type.TEXT), "rubric (default), or the id of the one dimension it drops.")),
        List.of(List.of("flag", "indicator"))));
    put(m, new Obj("kpi", "A key performance indicator: a statistic over many evaluations and the target it should meet.",
        List.of(
            req("id", s(Type.ID), "Unique among the KPIs."),
            opt("name", s(Type.TEXT), "The display name."),
            req("of", s(Type.TEXT), "What it measures: indicator.ID.value, indicator.ID.points, dimension.ID.score, total or external.NAME."),
            opt("statistic", oneOf("mean", "min", "max"), "Which statistic is compared: mean (default), min or max."),
            req("target", s(Type.INTERVAL), "The interval the statistic should lie in, such as \"<= 24h\" or \">= 90%\"; quote it in YAML.")),
        List.of()));
    put(m, new Obj("periodRule", "A rule on a subject's grade in consecutive periods.",
        List.of(
            req("id", s(Type.ID), "Unique among the period rules; names the action, such as training."),
            req("grade", s(Type.ID), "The grade that must repeat."),
            req("consecutive", s(Type.INTEGER), "How many periods in a row, at least 2."),
            req("period", oneOf("day", "week", "month", "quarter", "year"), "The length of the periods.")),
        List.of()));
    return java.util.Collections.unmodifiableMap(m);
  }

  private static void put(Map<String, Obj> m, Obj o) {
    m.put(o.name(), o);
  }
}
