package org.rubric4j;

/** How an indicator's score becomes a fraction of its maximum before weighting. */
public enum Normalization {
  /** fraction = score / maximum (the seeds' convention): 1 of 1–5 is 20 %. The default. */
  RATIO,
  /** fraction = (score − minimum) / (maximum − minimum) (contact-centre tools): 1 of 1–5 is 0 %. */
  RANGE;

  /** The key in rubric files: {@code ratio} or {@code range}. */
  public String key() {
    return this == RATIO ? "ratio" : "range";
  }
}
