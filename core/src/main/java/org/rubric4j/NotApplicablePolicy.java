package org.rubric4j;

import java.util.Objects;

/**
 * What an explicit {@code n/a} value means: set on the rubric (the default for all) and on any
 * dimension or indicator (for it and everything below it).
 */
public enum NotApplicablePolicy {
  /** The indicator's weight goes to its applicable siblings (the default). */
  REDISTRIBUTE,
  /** {@code n/a} is an error: every indicator must be scored. */
  FORBID,
  /** {@code n/a} counts as the indicator's maximum points (evaluagent's "N/A counts as a pass"). */
  FULL_MARKS,
  /** {@code n/a} counts as nothing earned of the indicator's share: its lowest score. */
  ZERO;

  /** The key in rubric files: {@code redistribute}, {@code forbid}, {@code full-marks} or {@code zero}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * The policy of {@code key}.
   *
   * @throws InvalidValueException when {@code key} is none of {@code redistribute}, {@code forbid},
   *     {@code full-marks}, {@code zero}
   */
  public static NotApplicablePolicy ofKey(String key) {
    Objects.requireNonNull(key, "key");
    for (NotApplicablePolicy p : values()) {
      if (p.key().equals(key.strip())) {
        return p;
      }
    }
    throw InvalidValueException.of(key, "notApplicable must be redistribute, forbid, full-marks or zero, was "
        + key.strip() + org.rubric4j.internal.Text.didYouMean(key.strip(),
            java.util.List.of("redistribute", "forbid", "full-marks", "zero")));
  }
}
