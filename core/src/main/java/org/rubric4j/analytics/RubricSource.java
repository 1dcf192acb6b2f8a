package org.rubric4j.analytics;

import java.io.Serializable;
import java.util.Optional;
import org.rubric4j.Evaluation;

/**
 * The rubric and version an aggregation holds: the one check that aggregations never mix
 * evaluations of different rubrics, nor, unless grouped by {@link GroupBy#version()}, of
 * different versions of one rubric (their totals were scored by different rules). Mutable: the
 * first evaluation sets it. Not thread-safe, like its owners.
 */
final class RubricSource implements Serializable {

  private static final long serialVersionUID = 1L;

  private String rubricId;
  private String version;

  /** The version label of {@code e}, or {@link Aggregate#NO_VERSION}. */
  static String versionOf(Evaluation e) {
    return e.rubricVersion().orElse(Aggregate.NO_VERSION);
  }

  /** The version label ({@link Aggregate#NO_VERSION} for none), once an evaluation was accepted. */
  Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** The rubric id, once an evaluation was accepted. */
  Optional<String> rubricId() {
    return Optional.ofNullable(rubricId);
  }

  /**
   * Accepts evaluations of {@code id} at {@code version}, or refuses them.
   *
   * @param versionsMayDiffer whether other versions of the same rubric are accepted (grouped by version)
   * @throws AnalyticsException naming both rubrics or both versions
   */
  void accept(String id, String version, boolean versionsMayDiffer) {
    if (rubricId == null) {
      rubricId = id;
      this.version = version;
      return;
    }
    if (!rubricId.equals(id)) {
      throw new AnalyticsException("rubric", "evaluations of rubric `" + id + "` cannot be aggregated with those"
          + " of rubric `" + rubricId + "`: aggregate each rubric on its own");
    }
    if (!versionsMayDiffer && !this.version.equals(version)) {
      throw new AnalyticsException("version", "evaluations of rubric `" + id + "` " + describe(version)
          + " cannot be aggregated with those of " + describe(this.version)
          + ": they were scored by different rules; group by version (GroupBy.version(), --group-by version)");
    }
  }

  /** Accepts what {@code other} holds, as {@link #accept} does. */
  void accept(RubricSource other, boolean versionsMayDiffer) {
    if (other.rubricId != null) {
      accept(other.rubricId, other.version, versionsMayDiffer);
    }
  }

  private static String describe(String version) {
    return version.equals(Aggregate.NO_VERSION) ? "without a version" : "version " + version;
  }
}
