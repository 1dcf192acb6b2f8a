package org.rubric4j.yaml.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.rubric4j.Measure;
import org.rubric4j.MissingPolicy;
import org.rubric4j.Normalization;
import org.rubric4j.NotApplicablePolicy;
import org.rubric4j.Weighting;
import org.rubric4j.internal.Text;
import org.rubric4j.rule.StepCounting;
import org.rubric4j.yaml.internal.Definition.BandDoc;
import org.rubric4j.yaml.internal.Definition.ConditionDoc;
import org.rubric4j.yaml.internal.Definition.DeductionDoc;
import org.rubric4j.yaml.internal.Definition.DimensionDoc;
import org.rubric4j.yaml.internal.Definition.FlagDoc;
import org.rubric4j.yaml.internal.Definition.GradeDoc;
import org.rubric4j.yaml.internal.Definition.IndicatorDoc;
import org.rubric4j.yaml.internal.Definition.KpiDoc;
import org.rubric4j.yaml.internal.Definition.ChecklistDoc;
import org.rubric4j.yaml.internal.Definition.OccurrencesDoc;
import org.rubric4j.yaml.internal.Definition.PeriodRuleDoc;
import org.rubric4j.yaml.internal.Definition.RubricDoc;
import org.rubric4j.yaml.internal.Definition.VetoDoc;

/**
 * Maps a {@link Node} tree onto the {@link Definition} records, checking each mapping against
 * {@link Format}: unknown keys (with a suggestion), values of the wrong kind (with a hint), words
 * outside their set. Every problem is recorded with its path; reading goes on so that all are
 * found in one pass. A value that cannot be read leaves its component null.
 */
public final class Binder {

  private final List<TreeReader.Issue> issues = new ArrayList<>();
  private final Map<Node.Pos, String> wordsAsText = new java.util.HashMap<>();

  /** The problems found, in the order met. */
  public List<TreeReader.Issue> issues() {
    return issues;
  }

  /**
   * Where a plain {@code yes}, {@code no}, {@code on} or {@code off} was read as the word it is,
   * because text was expected there (a name, a description, a level's anchor): the tree reader's
   * "boolean in YAML 1.1" problem there is withdrawn (text is text).
   */
  public Map<Node.Pos, String> wordsAsText() {
    return wordsAsText;
  }

  /** The word {@code n} is, when it is a plain YAML 1.1 boolean word where text is expected; otherwise null. */
  private String wordAsText(Node n) {
    if (n instanceof Node.Scalar s && s.kind() == Node.Kind.INVALID && Scalars.isYaml11Boolean(s.text())) {
      wordsAsText.put(s.pos(), s.text());
      return s.text();
    }
    return null;
  }

  /** Binds the root of a rubric file. */
  public RubricDoc rubric(Node root) {
    Fields f = new Fields(root, "", Format.object("rubric"));
    f.text("$schema");
    return new RubricDoc(f.text("rubric"), f.text("version"), f.text("name"), f.text("description"),
        f.number("scale"), f.integer("precision"),
        f.word("normalize", w -> w.equals("ratio") ? Normalization.RATIO : Normalization.RANGE),
        f.word("notApplicable", NotApplicablePolicy::ofKey),
        f.word("missing", w -> w.equals("error") ? MissingPolicy.ERROR : MissingPolicy.NOT_APPLICABLE),
        f.word("weighting", Weighting::ofKey), f.word("aboveScale", "allowed"::equals),
        f.list("grades", this::grade), f.list("flags", this::flag),
        f.list("dimensions", this::dimension), f.list("vetoes", this::veto),
        f.list("kpis", this::kpi), f.list("periodRules", this::periodRule), f.texts("categories"));
  }

  private KpiDoc kpi(Node node, String path) {
    Fields f = new Fields(node, path, Format.object("kpi"));
    return new KpiDoc(f.text("id"), f.text("name"), f.text("of"), f.text("statistic"), f.text("target"));
  }

  private PeriodRuleDoc periodRule(Node node, String path) {
    Fields f = new Fields(node, path, Format.object("periodRule"));
    return new PeriodRuleDoc(f.text("id"), f.text("grade"), f.integer("consecutive"), f.text("period"));
  }

  private GradeDoc grade(Node node, String path) {
    Fields f = new Fields(node, path, Format.object("grade"));
    return new GradeDoc(f.text("id"), f.text("name"), f.text("range"), f.attributes("attributes"));
  }

  private FlagDoc flag(Node node, String path) {
    Fields f = new Fields(node, path, Format.object("flag"));
    return new FlagDoc(f.text("id"), f.text("name"));
  }

  private DimensionDoc dimension(Node node, String path) {
    Fields f = new Fields(node, path, Format.object("dimension"));
    return new DimensionDoc(f.text("id"), f.text("name"), f.text("description"), f.amount("weight"),
        f.word("weighting", Weighting::ofKey),
        f.object("appliesWhen", this::condition), f.word("notApplicable", NotApplicablePolicy::ofKey),
        f.bool("bonus"), f.list("grades", this::grade),
        f.list("indicators", this::indicator), f.list("dimensions", this::dimension));
  }

  private ConditionDoc condition(Node node, String path) {
    return new ConditionDoc(conditionOf(node, path));
  }

  /** The words that say what a condition tests; exactly one per condition. */
  private static final List<String> CONDITION_KINDS = List.of("tag", "indicator", "flag", "all", "any", "not");

  /** A condition, or null when it has a problem (reported at its position). */
  private org.rubric4j.Condition conditionOf(Node node, String path) {
    Fields f = new Fields(node, path, Format.object("appliesWhen"));
    List<String> kinds = CONDITION_KINDS.stream().filter(f::has).toList();
    String tag = f.text("tag");
    String indicator = f.text("indicator");
    String flag = f.text("flag");
    List<org.rubric4j.Condition> all = f.list("all", this::conditionOf);
    List<org.rubric4j.Condition> any = f.list("any", this::conditionOf);
    org.rubric4j.Condition not = f.object("not", this::conditionOf);
    boolean byIndicator = kinds.equals(List.of("indicator"));
    boolean byTag = kinds.equals(List.of("tag"));
    // Items are read for what they test (an indicator's answers are numbers, a checklist's items
    // text); under any other kind `in` is refused as a whole below.
    List<Node> inNodes = f.list("in", (n, p) -> n);
    List<Node> notInNodes = f.list("notIn", (n, p) -> n);
    boolean items = byIndicator && Stream.concat(nodes(inNodes), nodes(notInNodes))
        .anyMatch(n -> n instanceof Node.Scalar sc && sc.kind() == Node.Kind.STRING);
    List<String> in = items(f, inNodes, path + ".in", byTag || items, byIndicator || byTag);
    List<String> notIn = items(f, notInNodes, path + ".notIn", items, byIndicator);
    Boolean is = f.bool("is");
    if (kinds.size() != 1) {
      issue(node.pos(), path, kinds.isEmpty() ? "missing-key" : "conflicting-keys", kinds.isEmpty()
          ? "`" + path + "` needs one of " + String.join(", ", CONDITION_KINDS) + " (such as {tag: channel, in: [phone]})"
          : "`" + path + "` tests one thing, found " + String.join(" and ", kinds) + "; combine conditions with all or any");
      return null;
    }
    String kind = kinds.get(0);
    List<String> extras = new ArrayList<>();
    if (in != null && !(kind.equals("tag") || kind.equals("indicator"))) {
      extras.add("in");
    }
    if (notIn != null && !kind.equals("indicator")) {
      extras.add("notIn");
    }
    if (is != null && !kind.equals("flag")) {
      extras.add("is");
    }
    if (!extras.isEmpty()) {
      issue(node.pos(), path, "conflicting-keys", "`" + path + "` with " + kind + " takes no "
          + String.join(", ", extras) + " (in goes with tag or indicator, notIn with indicator, is with flag)");
      return null;
    }
    try {
      return switch (kind) {
        case "tag" -> in == null ? missing(node, path, "with tag, `in` lists the values", null)
            : in.contains(null) || tag == null ? null : new org.rubric4j.Condition.TagIn(tag, in);
        case "indicator" -> answers(node, path, indicator, in, notIn, items);
        case "flag" -> flag == null ? null : new org.rubric4j.Condition.FlagIs(flag, is == null || is);
        case "all" -> all == null || all.contains(null) ? null : new org.rubric4j.Condition.All(all);
        case "any" -> any == null || any.contains(null) ? null : new org.rubric4j.Condition.Any(any);
        default -> not == null ? null : new org.rubric4j.Condition.Not(not);
      };
    } catch (org.rubric4j.InvalidValueException e) {
      issue(node.pos(), path, "invalid-value", e.getMessage());
      return null;
    }
  }

  private static Stream<Node> nodes(List<Node> list) {
    return list == null ? Stream.empty() : list.stream();
  }

  /** The texts of {@code list}'s items: text items ({@code asText}) or numbers; null items where they are wrong. */
  private static List<String> items(Fields f, List<Node> list, String listPath, boolean asText, boolean read) {
    if (list == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < list.size(); k++) {
      String at = listPath + "[" + k + "]";
      out.add(!read ? "" : asText ? f.textItem(list.get(k), at) : f.numberText(list.get(k), at));
    }
    return out;
  }

  private org.rubric4j.Condition answers(Node node, String path, String indicator, List<String> in, List<String> notIn,
      boolean items) {
    if ((in == null) == (notIn == null)) {
      return missing(node, path, "with indicator, give exactly one of `in` and `notIn` (the answers, such as [4, 5],"
          + " or a checklist's items)", null);
    }
    List<String> listed = in != null ? in : notIn;
    if (indicator == null || listed.contains(null)) {
      return null;
    }
    if (items) {
      return new org.rubric4j.Condition.ItemsIn(indicator, listed, notIn != null);
    }
    List<BigDecimal> answers = listed.stream().map(Scalars::decimal).toList();
    return new org.rubric4j.Condition.AnswerIn(indicator, answers, notIn != null);
  }

  private <T> T missing(Node node, String path, String message, T none) {
    issue(node.pos(), path, "missing-key", "`" + path + "`: " + message);
    return none;
  }

  private IndicatorDoc indicator(Node node, String path) {
    Fields f = new Fields(node, path, Format.object("indicator"));
    return new IndicatorDoc(f.text("id"), f.text("name"), f.text("description"), f.amount("weight"),
        f.object("appliesWhen", this::condition), f.word("notApplicable", NotApplicablePolicy::ofKey),
        f.bool("critical"), f.bool("bonus"), f.word("measure", Measure::ofKey),
        f.list("bands", this::band), f.number("outOf"), f.levels("levels"),
        f.object("deduction", this::deduction), f.object("occurrences", this::occurrences),
        f.object("checklist", this::checklist));
  }

  private BandDoc band(Node node, String path) {
    Fields f = new Fields(node, path, Format.object("band"));
    return new BandDoc(f.number("score"), f.text("range"));
  }

  private DeductionDoc deduction(Node node, String path) {
    Fields f = new Fields(node, path, Format.object("deduction"));
    return new DeductionDoc(f.number("max"), f.text("target"), f.amount("step"), f.number("deduct"),
        f.text("zero"), f.word("steps", w -> w.equals("started") ? StepCounting.STARTED : StepCounting.COMPLETED));
  }

  private ChecklistDoc checklist(Node node, String path) {
    Fields f = new Fields(node, path, Format.object("checklist"));
    return new ChecklistDoc(f.numbers("items"), f.number("max"));
  }

  private OccurrencesDoc occurrences(Node node, String path) {
    Fields f = new Fields(node, path, Format.object("occurrences"));
    return new OccurrencesDoc(f.number("max"), f.number("deduct"), f.integer("zeroAt"));
  }

  private VetoDoc veto(Node node, String path) {
    Fields f = new Fields(node, path, Format.object("veto"));
    return new VetoDoc(f.text("id"), f.text("name"), f.text("flag"), f.text("indicator"),
        f.number("below"), f.list("in", f::numberItem), f.text("grade"), f.scoreOrKeep("score"), f.text("scope"));
  }

  private void issue(Node.Pos pos, String path, String code, String message) {
    issues.add(new TreeReader.Issue(pos, path, code, message));
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** One mapping of the file seen as an object of the format. */
  private final class Fields {
    private final Node.MapNode map;
    private final String path;
    private final Format.Obj obj;

    Fields(Node node, String path, Format.Obj obj) {
      this.path = path;
      this.obj = obj;
      if (node instanceof Node.MapNode m) {
        this.map = m;
        for (Node.Entry e : m.entries()) {
          if (obj.key(e.key()).isEmpty()) {
            String suggestion = Text.didYouMean(e.key(), obj.keyNames());
            issue(e.keyPos(), join(path, e.key()), "unknown-key", "unknown key `" + Text.shorten(e.key())
                + "` in " + article(obj.name()) + suggestion
                + (suggestion.isEmpty() ? "; allowed keys: " + String.join(", ", visibleKeys()) : ""));
          }
        }
      } else {
        this.map = new Node.MapNode(node.pos(), List.of());
        if (!(node instanceof Node.Scalar s && s.kind() == Node.Kind.INVALID)) {
          issue(node.pos(), path, "wrong-type", (path.isEmpty() ? "the document" : "`" + path + "`")
              + " must be " + article(obj.name()) + " (a mapping of keys such as "
              + String.join(", ", visibleKeys().subList(0, Math.min(3, visibleKeys().size())))
              + "), found " + node.describe());
        }
      }
    }

    private List<String> visibleKeys() {
      return obj.keyNames().stream().filter(k -> !k.startsWith("$")).toList();
    }

    private Format.Key declared(String key) {
      return obj.key(key).orElseThrow(() -> new IllegalStateException(
          "the binder reads key " + key + " of " + obj.name() + ", which the format does not declare"));
    }

    /** The value of {@code key}, or null when absent; a null value is reported. */
    private Node value(String key) {
      declared(key);
      Node n = map.get(key).orElse(null);
      if (n instanceof Node.Scalar s && s.kind() == Node.Kind.NULL) {
        issue(n.pos(), join(path, key), "null-value", "`" + key + "` has no value; give one or remove the key");
        return null;
      }
      if (n instanceof Node.Scalar s && s.kind() == Node.Kind.INVALID) {
        return null; // already reported by the tree reader
      }
      return n;
    }

    private void wrong(Node n, String key, String expected, String hint) {
      issue(n.pos(), join(path, key), "wrong-type", "`" + key + "` must be " + expected + ", found "
          + n.describe() + hint);
    }

    String text(String key) {
      Format.Key k = declared(key);
      if (k.shape() instanceof Format.Scalar sc && sc.type() == Format.Type.TEXT) {
        String word = map.get(key).map(Binder.this::wordAsText).orElse(null);
        if (word != null) {
          return word;
        }
      }
      Node n = value(key);
      if (n == null) {
        return null;
      }
      if (n instanceof Node.Scalar s && s.kind() == Node.Kind.STRING) {
        if (k.shape() instanceof Format.Scalar sc && sc.type() == Format.Type.ENUM) {
          return word(s, key, sc.values());
        }
        return s.text();
      }
      Format.Type type = k.shape() instanceof Format.Scalar sc ? sc.type() : Format.Type.TEXT;
      if (type == Format.Type.INTERVAL) {
        String hint = n instanceof Node.ListNode
            ? "; YAML reads an unquoted [a, b] as a list: quote the interval, such as \"[0, 2h]\""
            : "; write it in quotes, such as \"(2h, 6h]\" or \"<= 2h\"";
        wrong(n, key, "an interval", hint);
      } else if (n instanceof Node.Scalar s) {
        wrong(n, key, "text", "; quote it (\"" + Text.shorten(s.text()) + "\") if you mean the text");
      } else {
        wrong(n, key, "text", "");
      }
      return null;
    }

    String textItem(Node n, String itemPath) {
      if (n instanceof Node.Scalar s && s.kind() == Node.Kind.STRING) {
        return s.text();
      }
      String word = wordAsText(n);
      if (word != null) {
        return word;
      }
      if (!(n instanceof Node.Scalar s && s.kind() == Node.Kind.INVALID)) {
        issue(n.pos(), itemPath, "wrong-type", "`" + itemPath + "` must be text, found " + n.describe()
            + (n instanceof Node.Scalar ? "; quote it" : ""));
      }
      return null;
    }

    /** Whether {@code key} is written, with any value. */
    boolean has(String key) {
      declared(key);
      return map.get(key).isPresent();
    }

    /** A number item of a list as written, such as an answer a condition tests; null (reported) otherwise. */
    String numberText(Node n, String itemPath) {
      BigDecimal d = numberItem(n, itemPath);
      return d == null ? null : ((Node.Scalar) n).text();
    }

    /** A number item of a list, such as an answer a veto fires on. */
    BigDecimal numberItem(Node n, String itemPath) {
      if (n instanceof Node.Scalar s && s.kind() == Node.Kind.NUMBER) {
        return Scalars.decimal(s.text());
      }
      if (!(n instanceof Node.Scalar s && s.kind() == Node.Kind.INVALID)) {
        issue(n.pos(), itemPath, "wrong-type", "`" + itemPath + "` must be a number, found " + n.describe());
      }
      return null;
    }

    /** A veto's score: a number kept as written, or the word {@code keep}. */
    String scoreOrKeep(String key) {
      declared(key);
      Node n = value(key);
      if (n == null) {
        return null;
      }
      if (n instanceof Node.Scalar s && (s.kind() == Node.Kind.NUMBER
          || s.kind() == Node.Kind.STRING && s.text().strip().equals("keep"))) {
        return s.text();
      }
      wrong(n, key, "a number, or keep (the total stays as scored)", "");
      return null;
    }

    /** A weight or a step: text, or a number kept as it is written. */
    String amount(String key) {
      declared(key);
      Node n = value(key);
      if (n == null) {
        return map.get(key).isPresent() ? "" : null;
      }
      if (n instanceof Node.Scalar s && (s.kind() == Node.Kind.STRING || s.kind() == Node.Kind.NUMBER)) {
        return s.text();
      }
      wrong(n, key, "a percent such as 20% or 0.2, or an amount such as 10s", "");
      return "";
    }

    /** {@code true} or {@code false}; anything else is reported. */
    Boolean bool(String key) {
      declared(key);
      Node n = value(key);
      if (n == null) {
        return null;
      }
      if (n instanceof Node.Scalar s && s.kind() == Node.Kind.BOOLEAN) {
        return Boolean.valueOf(s.text());
      }
      wrong(n, key, "true or false", n instanceof Node.Scalar s && s.kind() == Node.Kind.STRING
          && (s.text().equals("true") || s.text().equals("false")) ? "; remove the quotes" : "");
      return null;
    }

    BigDecimal number(String key) {
      declared(key);
      Node n = value(key);
      if (n == null) {
        return null;
      }
      if (n instanceof Node.Scalar s && s.kind() == Node.Kind.NUMBER) {
        return Scalars.decimal(s.text());
      }
      String hint = n instanceof Node.Scalar s && s.kind() == Node.Kind.STRING
          && Scalars.numberProblem(s.text().strip()) == null ? "; remove the quotes" : "";
      wrong(n, key, "a number", hint);
      return null;
    }

    Integer integer(String key) {
      BigDecimal d = number(key);
      if (d == null) {
        return null;
      }
      Node n = map.get(key).orElseThrow();
      BigInteger whole;
      try {
        whole = d.toBigIntegerExact();
      } catch (ArithmeticException e) {
        wrong(n, key, "a whole number", "");
        return null;
      }
      if (whole.bitLength() > 31) {
        wrong(n, key, "a whole number of reasonable size", "");
        return null;
      }
      return whole.intValue();
    }

    <E> E word(String key, Function<String, E> meaning) {
      String w = text(key);
      return w == null ? null : meaning.apply(w);
    }

    private String word(Node.Scalar s, String key, List<String> values) {
      if (values.contains(s.text())) {
        return s.text();
      }
      issue(s.pos(), join(path, key), "unknown-word", "`" + key + "` must be one of "
          + String.join(", ", values) + ", found `" + Text.shorten(s.text()) + "`"
          + Text.didYouMean(s.text(), values));
      return null;
    }

    <T> T object(String key, BiFunction<Node, String, T> reader) {
      declared(key);
      Node n = value(key);
      return n == null ? null : reader.apply(n, join(path, key));
    }

    <T> List<T> list(String key, BiFunction<Node, String, T> reader) {
      declared(key);
      Node n = value(key);
      if (n == null) {
        return null;
      }
      String at = join(path, key);
      if (!(n instanceof Node.ListNode l)) {
        wrong(n, key, "a list", n instanceof Node.MapNode ? "; start each item with `- `" : "");
        return null;
      }
      List<T> out = new ArrayList<>();
      for (int i = 0; i < l.items().size(); i++) {
        out.add(reader.apply(l.items().get(i), at + "[" + i + "]"));
      }
      return out;
    }

    Map<Integer, String> levels(String key) {
      Format.Key k = declared(key);
      Node n = value(key);
      if (n == null) {
        return null;
      }
      if (!(n instanceof Node.MapNode m)) {
        wrong(n, key, "a mapping of levels to their descriptions, such as `1: poor`", "");
        return null;
      }
      String pattern = ((Format.MapOf) k.shape()).keyPattern();
      Map<Integer, String> out = new LinkedHashMap<>();
      for (Node.Entry e : m.entries()) {
        String at = join(path, key) + "." + e.key();
        if (!e.key().matches(pattern)) {
          issue(e.keyPos(), at, "wrong-type", "level `" + Text.shorten(e.key())
              + "` is not a whole number; levels are written like `1: poor`");
          continue;
        }
        Node v = e.value();
        String anchor;
        if (v instanceof Node.Scalar s && s.kind() == Node.Kind.STRING) {
          anchor = s.text();
        } else if (wordAsText(v) != null) {
          anchor = ((Node.Scalar) v).text();
        } else {
          if (!(v instanceof Node.Scalar s && s.kind() == Node.Kind.INVALID)) {
            issue(v.pos(), at, "wrong-type", "level " + e.key() + " must have its description as text, found "
                + v.describe() + "; write \"\" for none");
          }
          anchor = "";
        }
        out.put(Integer.parseInt(e.key()), anchor);
      }
      return out;
    }

    /** A mapping of ids to numbers, such as a checklist's items; a key or value that is not one is reported. */
    Map<String, BigDecimal> numbers(String key) {
      return mapping(key, "points, such as `name-confirmed: 2`", (e, at) -> {
        if (e.value() instanceof Node.Scalar s && s.kind() == Node.Kind.NUMBER) {
          return Scalars.decimal(s.text());
        }
        return wrongEntry(key, e, at, "must be a number of points, found " + e.value().describe());
      });
    }

    /** A mapping of free keys (matching the format's key pattern) to text, such as intervals; in file order. */
    Map<String, String> texts(String key) {
      return mapping(key, "values, such as `satisfied: \"[4, 5]\"`", (e, at) -> {
        if (e.value() instanceof Node.Scalar s && s.kind() == Node.Kind.STRING) {
          return s.text();
        }
        return wrongEntry(key, e, at, "must be an interval in quotes, such as \"[4, 5]\", found " + e.value().describe()
            + (e.value() instanceof Node.ListNode ? "; YAML reads an unquoted [a, b] as a list" : ""));
      });
    }

    /** Reports the entry {@code e}'s wrong value (unless already reported); null. */
    private <V> V wrongEntry(String key, Node.Entry e, String at, String problem) {
      if (!(e.value() instanceof Node.Scalar s && s.kind() == Node.Kind.INVALID)) {
        Format.MapOf shape = (Format.MapOf) declared(key).shape();
        issue(e.value().pos(), at, "wrong-type", shape.keyMeaning() + " `" + Text.shorten(e.key()) + "` " + problem);
      }
      return null;
    }

    /**
     * The mapping under {@code key}, each entry read by {@code read} (null: reported and left out);
     * a key that does not match the format's key pattern is reported and left out.
     */
    private <V> Map<String, V> mapping(String key, String example, BiFunction<Node.Entry, String, V> read) {
      Format.Key k = declared(key);
      Node n = value(key);
      if (n == null) {
        return null;
      }
      Format.MapOf shape = (Format.MapOf) k.shape();
      if (!(n instanceof Node.MapNode m)) {
        wrong(n, key, "a mapping of " + shape.keyMeaning() + "s to " + example, "");
        return null;
      }
      Map<String, V> out = new LinkedHashMap<>();
      for (Node.Entry e : m.entries()) {
        String at = join(path, key) + "." + e.key();
        if (!shape.keyPattern().isEmpty() && !e.key().matches(shape.keyPattern())) {
          issue(e.keyPos(), at, "wrong-type", shape.keyMeaning() + " `" + Text.shorten(e.key())
              + "` " + Definition.NODE_ID_MESSAGE);
          continue;
        }
        V v = read.apply(e, at);
        if (v != null) {
          out.put(e.key(), v);
        }
      }
      return out;
    }

    Map<String, Object> attributes(String key) {
      declared(key);
      Node n = value(key);
      if (n == null) {
        return null;
      }
      if (!(n instanceof Node.MapNode m)) {
        wrong(n, key, "a mapping of names to values, such as `bonusFactor: 1.2`", "");
        return null;
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (Node.Entry e : m.entries()) {
        String at = join(path, key) + "." + e.key();
        Node v = e.value();
        if (v instanceof Node.Scalar s) {
          switch (s.kind()) {
            case STRING -> out.put(e.key(), s.text());
            case NUMBER -> out.put(e.key(), Scalars.decimal(s.text()));
            case BOOLEAN -> out.put(e.key(), Boolean.valueOf(s.text()));
            case NULL -> issue(v.pos(), at, "null-value", "attribute `" + Text.shorten(e.key())
                + "` has no value; give one or remove it");
            case INVALID -> { }
          }
        } else {
          issue(v.pos(), at, "wrong-type", "attribute `" + Text.shorten(e.key())
              + "` must be text, a number or a boolean, found " + v.describe());
        }
      }
      return out;
    }
  }

  private static String article(String objectName) {
    return switch (objectName) {
      case "rubric" -> "a rubric";
      case "appliesWhen" -> "an appliesWhen condition";
      case "indicator", "occurrences" -> "an " + (objectName.equals("occurrences") ? "occurrences rule" : "indicator");
      case "deduction" -> "a deduction rule";
      case "kpi" -> "a KPI";
      case "periodRule" -> "a period rule";
      default -> "a " + objectName;
    };
  }
}
