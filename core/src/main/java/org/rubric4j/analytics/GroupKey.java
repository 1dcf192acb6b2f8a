package org.rubric4j.analytics;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rubric4j.ReportingPeriod;

/**
 * The identity of one group of an {@link Aggregator}: one value per grouping, in the order the
 * groupings were given ({@code subject=agent-7, period:quarter=2024-Q3}). The key of an
 * ungrouped aggregator has no values.
 *
 * <p>Keys order by their values, element by element. Immutable, thread-safe, serializable.
 *
 * @param names the groupings' keys ({@link GroupBy#key()})
 * @param values the group's value for each grouping
 */
public record GroupKey(List<String> names, List<String> values) implements Comparable<GroupKey>, Serializable {

  /** Checks there is one value per name and copies both lists. */
  public GroupKey {
    names = List.copyOf(names);
    values = List.copyOf(values);
    if (names.size() != values.size()) {
      throw new IllegalArgumentException("a group key needs one value per name, had " + names
          + " and " + values);
    }
  }

  /** The key of everything, for an ungrouped aggregator. */
  public static GroupKey all() {
    return new GroupKey(List.of(), List.of());
  }

  /** The value of the grouping {@code name} ({@code subject}, {@code tag.team}, {@code period:quarter}). */
  public Optional<String> get(String name) {
    int k = names.indexOf(Objects.requireNonNull(name, "name"));
    return k < 0 ? Optional.empty() : Optional.of(values.get(k));
  }

  /** The group's subject, when grouped by subject. */
  public Optional<String> subject() {
    return get("subject");
  }

  /** The group's period, when grouped by period. */
  public Optional<ReportingPeriod> period() {
    for (int k = 0; k < names.size(); k++) {
      if (names.get(k).startsWith("period:")) {
        return Optional.of(ReportingPeriod.parse(values.get(k)));
      }
    }
    return Optional.empty();
  }

  /** This key without the grouping {@code name}: the key of the enclosing group. */
  public GroupKey without(String name) {
    int k = names.indexOf(name);
    if (k < 0) {
      return this;
    }
    java.util.ArrayList<String> n = new java.util.ArrayList<>(names);
    java.util.ArrayList<String> v = new java.util.ArrayList<>(values);
    n.remove(k);
    v.remove(k);
    return new GroupKey(n, v);
  }

  @Override
  public int compareTo(GroupKey other) {
    for (int k = 0; k < Math.min(values.size(), other.values.size()); k++) {
      int c = values.get(k).compareTo(other.values.get(k));
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(values.size(), other.values.size());
    if (c != 0 || names.equals(other.names)) {
      return c; // the keys of one aggregator share their names: no text to join for each comparison
    }
    return String.join(",", names).compareTo(String.join(",", other.names));
  }

  /** {@code subject=agent-7, period:quarter=2024-Q3}, or {@code all}. */
  @Override
  public String toString() {
    if (names.isEmpty()) {
      return "all";
    }
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < names.size(); k++) {
      b.append(k == 0 ? "" : ", ").append(names.get(k)).append('=').append(values.get(k));
    }
    return b.toString();
  }
}
