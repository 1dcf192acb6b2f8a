package org.rubric4j.yaml.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.rubric4j.Problem;
import org.rubric4j.Rubric;
import org.rubric4j.RubricBuilder;
import org.rubric4j.RubricDefinitionException;
import org.rubric4j.RubricException;
import org.rubric4j.Severity;
import org.rubric4j.internal.Text;
import org.rubric4j.yaml.RubricAnalytics;
import org.rubric4j.yaml.internal.Definition.RubricDoc;

/**
 * Loads one rubric document: tree, binding, Jakarta Validation, the public builder; every
 * problem of every stage located at its line and column, the builder's problems mapped back
 * through a path index, and the echoes of an earlier problem (a placeholder's complaint)
 * dropped.
 */
public final class Loader {

  /**
   * One located problem.
   *
   * @param severity error or warning
   * @param pos where
   * @param path the key path
   * @param code a stable identifier
   * @param message the message
   */
  public record Found(Severity severity, Node.Pos pos, String path, String code, String message) {}

  /**
   * The outcome of a load.
   *
   * @param rubric the rubric, when there was no error
   * @param problems every problem, errors and warnings, in file order
   * @param cause an unexpected exception met on the way, if any
   * @param analytics the KPIs, period rules and categories, when there was no error
   */
  public record Outcome(Optional<Rubric> rubric, List<Found> problems, Optional<Throwable> cause,
      RubricAnalytics analytics) {}

  /**
   * Hibernate Validator announces its version at INFO (HV000001) in the application's log when it
   * starts: a library's dependency should not write there. Raised to WARNING unless the
   * application set a level itself (through java.util.logging, the backend jboss-logging falls back
   * to); held so the setting is not collected.
   */
  private static final java.util.logging.Logger VALIDATOR_VERSION_LOG = quietVersionLog();

  private static java.util.logging.Logger quietVersionLog() {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
    if (log.getLevel() == null) {
      log.setLevel(java.util.logging.Level.WARNING);
    }
    return log;
  }

  private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory()
      .getValidator();

  /** Builder problems that follow from a broken part below them when there is one. */
  private static final Set<String> CONSEQUENCES = Set.of("no-rule", "empty-dimension", "zero-maximum",
      "no-bands", "no-levels", "no-trigger", "missing-range", "flat-range", "two-rules");

  private final Map<String, Node.Pos> index = new HashMap<>();
  private final Set<String> poisoned = new HashSet<>();
  private final List<Found> found = new ArrayList<>();
  private RubricAnalytics analytics = RubricAnalytics.none();

  private Loader() {}

  /** Loads {@code text}, already decoded, as a rubric of {@code syntax}. */
  public static Outcome load(String text, TreeReader.Syntax syntax) {
    return new Loader().run(text, syntax);
  }

  private Outcome run(String text, TreeReader.Syntax syntax) {
    TreeReader.Result tree = TreeReader.read(text, syntax);
    if (tree.root().isEmpty()) {
      tree.issues().forEach(this::error);
      return done(Optional.empty(), null);
    }
    Node root = tree.root().get();
    indexNode(root, "", root.pos());
    Binder binder = new Binder();
    RubricDoc doc = binder.rubric(root);
    for (TreeReader.Issue issue : tree.issues()) {
      String word = issue.code().equals("ambiguous-scalar") ? binder.wordsAsText().get(issue.pos()) : null;
      if (word != null) {
        // Text is text: a plain yes/no/on/off where text is expected is the word; lint says so.
        found.add(new Found(Severity.WARNING, issue.pos(), issue.path(), "yaml11-word", "`" + word
            + "` is read as the text " + word + "; YAML 1.1 tools read it as a boolean, so quote it (\"" + word
            + "\") to be read the same everywhere"));
      } else {
        error(issue);
      }
    }
    binder.issues().forEach(this::error);
    if (!(root instanceof Node.MapNode)) {
      return done(Optional.empty(), null);
    }
    for (ConstraintViolation<RubricDoc> v : VALIDATOR.validate(doc)) {
      String path = filePath(v.getPropertyPath());
      if (!isEcho(path, "")) {
        error(new TreeReader.Issue(where(path), path, "constraint", violationMessage(path, v)));
      }
    }
    Feeder feeder = new Feeder(this::where);
    RubricBuilder builder;
    try {
      builder = feeder.feed(doc);
    } catch (RubricException e) {
      error(new TreeReader.Issue(root.pos(), e.path(), "invalid", e.getMessage()));
      return done(Optional.empty(), e);
    } catch (RuntimeException e) {
      error(new TreeReader.Issue(root.pos(), "", "internal", "the rubric could not be built; this is a bug in rubric4j, please report it"));
      return done(Optional.empty(), e);
    }
    feeder.issues().forEach(this::error);
    boolean clean = found.stream().noneMatch(f -> f.severity() == Severity.ERROR && !isAnalyticsPath(f.path()));
    try {
      if (clean) {
        try {
          Rubric rubric = builder.build();
          rubric.lint().forEach(this::builderProblem);
          analytics(doc, rubric);
          return done(Optional.of(rubric), null);
        } catch (RubricDefinitionException e) {
          e.problems().forEach(this::builderProblem);
          return done(Optional.empty(), null);
        }
      }
      builder.lint().forEach(this::builderProblem);
      analytics(doc, null);
      return done(Optional.empty(), null);
    } catch (RubricException e) {
      error(new TreeReader.Issue(where(e.path()), e.path(), "invalid", e.getMessage()));
      return done(Optional.empty(), e);
    } catch (RuntimeException e) {
      error(new TreeReader.Issue(root.pos(), "", "internal", "the rubric could not be built; this is a bug in rubric4j, please report it"));
      return done(Optional.empty(), e);
    }
  }

  /** Whether {@code path} lies under {@code kpis}, {@code periodRules} or {@code categories}, which the rubric does not need. */
  private static boolean isAnalyticsPath(String path) {
    for (String key : List.of("kpis", "periodRules", "categories")) {
      if (path.equals(key) || path.startsWith(key + ".") || path.startsWith(key + "[")) {
        return true;
      }
    }
    return false;
  }

  /** Builds the KPIs, period rules and categories; checked against {@code rubric} when there is one. */
  private void analytics(RubricDoc doc, Rubric rubric) {
    AnalyticsFeeder.feed(doc, rubric, (path, code, message) -> {
      if (!isEcho(path, code)) {
        error(new TreeReader.Issue(where(path), path, code, message));
      }
    }).ifPresent(a -> analytics = a);
  }

  private Outcome done(Optional<Rubric> rubric, Throwable cause) {
    List<Found> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt((Found f) -> f.pos().line() == 0 ? Integer.MAX_VALUE : f.pos().line())
        .thenComparingInt(f -> f.pos().column()));
    boolean errors = sorted.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    return new Outcome(errors ? Optional.empty() : rubric, sorted, Optional.ofNullable(cause),
        errors ? RubricAnalytics.none() : analytics);
  }

  private void error(TreeReader.Issue issue) {
    poisoned.add(issue.path());
    found.add(new Found(Severity.ERROR, issue.pos(), issue.path(), issue.code(), issue.message()));
  }

  private void builderProblem(Problem p) {
    if (isEcho(p.path(), p.code())) {
      return;
    }
    found.add(new Found(p.severity(), where(p.path()), p.path(), p.code(), p.message()));
  }

  /** Whether a problem at {@code path} only repeats, or follows from, one already reported. */
  private boolean isEcho(String path, String code) {
    for (String bad : poisoned) {
      if (bad.isEmpty() ? path.isEmpty() : (path.equals(bad) || path.startsWith(bad + ".") || path.startsWith(bad + "["))) {
        return true;
      }
    }
    if (code.startsWith("missing-") && poisoned.contains(Binder.join(path, code.substring("missing-".length())))) {
      return true;
    }
    if ((code.equals("invalid-id") || code.equals("duplicate-id")) && poisoned.contains(Binder.join(path, "id"))) {
      return true;
    }
    if (code.startsWith("grade-") && (poisoned.contains("scale") || poisoned.contains("precision"))) {
      return true; // grades checked against the default scale or precision, not the one the file wrote
    }
    if (code.equals("no-trigger")) {
      return poisoned.contains(path + ".flag") || poisoned.contains(path + ".indicator") || poisoned.contains(path + ".below");
    }
    if (CONSEQUENCES.contains(code)) {
      for (String bad : poisoned) {
        if (bad.startsWith(path + ".") || bad.startsWith(path + "[")) {
          return true; // "no rule", "empty dimension" and the like, caused by a broken part below
        }
      }
    }
    return false;
  }

  /** The position of {@code path}, or of its nearest ancestor in the file. */
  public Node.Pos where(String path) {
    String p = path;
    while (true) {
      Node.Pos pos = index.get(p);
      if (pos != null) {
        return pos;
      }
      if (p.isEmpty()) {
        return Node.Pos.UNKNOWN;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut <= 0 ? "" : p.substring(0, cut);
    }
  }

  private void indexNode(Node node, String path, Node.Pos keyPos) {
    index.put(path, node instanceof Node.Scalar ? node.pos() : keyPos);
    if (node instanceof Node.MapNode m) {
      for (Node.Entry e : m.entries()) {
        indexNode(e.value(), Binder.join(path, e.key()), e.keyPos());
      }
    } else if (node instanceof Node.ListNode l) {
      for (int i = 0; i < l.items().size(); i++) {
        Node item = l.items().get(i);
        indexNode(item, path + "[" + i + "]", item.pos());
      }
    }
  }

  /** The file path of a property path: {@code dimensions[1].indicators[0].id}. */
  private static String filePath(Path propertyPath) {
    StringBuilder out = new StringBuilder();
    for (Path.Node n : propertyPath) {
      if (n.getIndex() != null && out.length() > 0) {
        out.append('[').append(n.getIndex()).append(']');
      }
      if (n.getName() != null && !n.getName().startsWith("<")) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(n.getName().equals("values") ? "in" : n.getName());
      }
    }
    return out.toString();
  }

  private static String violationMessage(String path, ConstraintViolation<?> v) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf(']'));
    String key = cut < 0 ? path : path.substring(cut + 1);
    Object value = v.getInvalidValue();
    String was = value instanceof String || value instanceof Number
        ? ", was `" + Text.shorten(value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString()) + "`"
        : "";
    return "`" + (key.isEmpty() ? path : key) + "` " + v.getMessage() + was;
  }
}
