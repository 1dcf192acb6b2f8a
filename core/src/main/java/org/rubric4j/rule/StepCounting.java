package org.rubric4j.rule;

/** Which steps beyond a {@link DeductionRule}'s target cost points. */
public enum StepCounting {
  /** Every started step deducts (the default): with a 10 s step, 1 s to 10 s beyond the target deducts once. */
  STARTED,
  /** Only completed steps deduct: with a 10 s step, 9 s beyond the target deducts nothing and 19 s deducts once. */
  COMPLETED;

  /** The key in rubric files: {@code started} or {@code completed}. */
  public String key() {
    return this == STARTED ? "started" : "completed";
  }
}
