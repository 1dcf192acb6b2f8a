package org.rubric4j.spring;

import java.io.IOException;
import org.springframework.core.io.Resource;

/** How a rubric file is named in messages and in Actuator's info: its path, or its URL inside a jar. */
final class RubricSources {

  private RubricSources() {}

  static String name(Resource r) {
    try {
      if (r.isFile()) {
        return r.getFile().getPath();
      }
      return r.getURL().toString();
    } catch (IOException e) {
      return r.getDescription();
    }
  }
}
