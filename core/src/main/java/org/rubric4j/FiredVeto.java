package org.rubric4j;

import java.util.Objects;

/**
 * A veto that fired in an {@link Evaluation}, and why.
 *
 * @param veto the veto
 * @param reason what made it fire, such as {@code flag review-manipulated is true}
 */
public record FiredVeto(Veto veto, String reason) {

  /** Checks both parts are present. */
  public FiredVeto {
    Objects.requireNonNull(veto, "veto");
    Objects.requireNonNull(reason, "reason");
  }
}
