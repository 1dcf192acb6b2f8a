package org.rubric4j;

/** How serious a {@link Problem} is: an error stops a rubric from being built, a warning does not. */
public enum Severity {
  /** The rubric cannot be built or the observation cannot be scored. */
  ERROR,
  /** The rubric works, but probably not as its author meant (a non-monotonic band, an unreachable grade). */
  WARNING;

  /** The lowercase word used in reports: {@code error} or {@code warning}. */
  public String word() {
    return this == ERROR ? "error" : "warning";
  }
}
