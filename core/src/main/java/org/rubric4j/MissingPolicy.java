package org.rubric4j;

/** What a value that is absent from the observations means. */
public enum MissingPolicy {
  /** An absent value is an error (the default): a forgotten column never scores silently. */
  ERROR,
  /** An absent value counts as {@code n/a}. */
  NOT_APPLICABLE;

  /** The key in rubric files: {@code error} or {@code not-applicable}. */
  public String key() {
    return this == ERROR ? "error" : "not-applicable";
  }
}
