package org.rubric4j.internal;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.rubric4j.analytics.Aggregate;
import org.rubric4j.analytics.Aggregator;
import org.rubric4j.analytics.GroupKey;

/**
 * An {@link Aggregator}'s own groups, not copies, for rubric4j's report writer: a report over
 * hundreds of thousands of groups reads them once when every row is in, and the copies that
 * {@link Aggregator#groups()} makes (so no caller can change an aggregator by accident) doubled
 * its heap. Callers must only read the aggregates.
 */
public final class AggregatorGroups {

  private static volatile Function<Aggregator, Map<GroupKey, Aggregate>> access;

  private AggregatorGroups() {}

  /** Called once by {@link Aggregator}'s class initialiser. */
  public static void register(Function<Aggregator, Map<GroupKey, Aggregate>> groups) {
    if (access != null) {
      throw new IllegalStateException("already registered");
    }
    access = Objects.requireNonNull(groups, "groups");
  }

  /** The groups of {@code aggregator} in its order, as an unmodifiable live view of its own aggregates. */
  public static Map<GroupKey, Aggregate> of(Aggregator aggregator) {
    Objects.requireNonNull(aggregator, "aggregator");
    // Having an instance means the class was initialised, so access is set.
    return access.apply(aggregator);
  }
}
