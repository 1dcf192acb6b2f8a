package org.rubric4j.yaml.internal;

import java.util.List;
import java.util.Optional;
import org.rubric4j.internal.Text;
import org.rubric4j.yaml.ObservationRecord;

/**
 * Decodes one evaluation written as a JSON object, already read into a {@link Node} tree, into
 * an observation record; shared by the JSON and the JSON Lines source, which differ only in how
 * they cut the input into objects. Every problem of the object is collected in its record.
 */
final class JsonObservationDecoder {

  private static final List<String> KEYS = List.of("id", "subject", "period", "tags", "values", "flags", "evidence");

  /** The code of a JSON syntax or limit problem: the text is not one readable JSON value. */
  static final String UNREADABLE = "unreadable";

  private JsonObservationDecoder() {}

  /** Builds the record, for {@code from}, of the evaluation at {@code line} read as {@code tree}. */
  static ObservationRecord decode(RecordSource from, long line, TreeReader.Result tree) {
    ObservationChecks.Draft d = from.checks.draft();
    if (tree.root().isEmpty() || !(tree.root().get() instanceof Node.MapNode m)) {
      tree.issues().forEach(i -> d.problem(i.path(), UNREADABLE, i.message()));
      if (tree.root().isPresent()) {
        d.problem("an evaluation must be a JSON object, found " + tree.root().get().describe());
      }
      return from.invalid(line, Optional.empty(), d.problems());
    }
    tree.issues().forEach(i -> d.problem(i.path(), UNREADABLE, i.message()));
    Optional<Node> id = m.get("id");
    if (id.isPresent() && id.get() instanceof Node.Scalar s && s.kind() == Node.Kind.STRING) {
      d.id(s.text());
    } else if (id.isPresent()) {
      d.problem("id", ObservationChecks.INVALID, "`id` must be text, found " + id.get().describe());
    } else {
      d.problem("", ObservationChecks.NO_ID, "the evaluation has no `id`");
    }
    for (Node.Entry e : m.entries()) {
      switch (e.key()) {
        case "id" -> { }
        case "subject" -> text(d, e).ifPresent(d::subject);
        case "period" -> text(d, e).ifPresent(p -> d.period("period", p));
        case "tags" -> entries(d, e).forEach(t -> text(d, t, "tags." + t.key()).ifPresent(v -> d.tag(t.key(), v)));
        case "values" -> entries(d, e).forEach(v -> {
          String at = "values." + v.key();
          if (v.value() instanceof Node.Scalar s && (s.kind() == Node.Kind.STRING || s.kind() == Node.Kind.NUMBER)) {
            d.value(at, v.key(), s.text());
          } else if (v.value() instanceof Node.ListNode l
              && l.items().stream().allMatch(x -> x instanceof Node.Scalar s && s.kind() == Node.Kind.STRING)) {
            d.items(at, v.key(), l.items().stream().map(x -> ((Node.Scalar) x).text()).toList()); // a checklist's items
          } else {
            d.problem(at, ObservationChecks.INVALID, "a value must be text such as \"4h\", \"85%\" or \"n/a\","
                + " or a number, found " + v.value().describe());
          }
        });
        case "flags" -> entries(d, e).forEach(f -> {
          String at = "flags." + f.key();
          if (f.value() instanceof Node.Scalar s && s.kind() == Node.Kind.BOOLEAN) {
            d.flag(at, f.key(), Boolean.parseBoolean(s.text()));
          } else {
            d.problem(at, ObservationChecks.INVALID, "a flag must be true or false, found " + f.value().describe());
          }
        });
        case "evidence" -> entries(d, e).forEach(v -> text(d, v, "evidence." + v.key())
            .ifPresent(t -> d.evidence("evidence." + v.key(), v.key(), t)));
        default -> d.problem("unknown key `" + Text.shorten(e.key()) + "`"
            + Text.didYouMean(e.key(), KEYS) + "; an evaluation has " + String.join(", ", KEYS));
      }
    }
    return from.record(line, d);
  }

  private static Optional<String> text(ObservationChecks.Draft d, Node.Entry e) {
    return text(d, e, e.key());
  }

  private static Optional<String> text(ObservationChecks.Draft d, Node.Entry e, String at) {
    if (e.value() instanceof Node.Scalar s && s.kind() == Node.Kind.STRING) {
      return Optional.of(s.text());
    }
    d.problem(at, ObservationChecks.INVALID, "must be text, found " + e.value().describe());
    return Optional.empty();
  }

  private static List<Node.Entry> entries(ObservationChecks.Draft d, Node.Entry e) {
    if (e.value() instanceof Node.MapNode m) {
      return m.entries();
    }
    d.problem(e.key(), ObservationChecks.INVALID, "must be an object, found " + e.value().describe());
    return List.of();
  }
}
