package org.rubric4j;

import java.util.Objects;
import java.util.Optional;

/**
 * A yes/no fact an observation may carry, such as {@code review-manipulated}; vetoes fire on
 * flags. Declaring flags is optional: when a rubric declares none, the flags its vetoes name
 * are its flags.
 *
 * @param id unique among the rubric's flags
 * @param name display name, when given
 */
public record Flag(String id, Optional<String> name) {

  /** Checks both parts are present. */
  public Flag {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
