package org.rubric4j;

/** What an explicit {@code n/a} value means. */
public enum NotApplicablePolicy {
  /** The indicator's weight goes to its applicable siblings (the default). */
  REDISTRIBUTE,
  /** {@code n/a} is an error: every indicator must be scored. */
  FORBID;

  /** The key in rubric files: {@code redistribute} or {@code forbid}. */
  public String key() {
    return this == REDISTRIBUTE ? "redistribute" : "forbid";
  }
}
