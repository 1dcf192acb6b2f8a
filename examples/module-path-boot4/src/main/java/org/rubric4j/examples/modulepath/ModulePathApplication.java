package org.rubric4j.examples.modulepath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A scoring service meant to be started on the module path:
 * {@code java --module-path ... --module org.rubric4j.examples.modulepath/org.rubric4j.examples.modulepath.ModulePathApplication}.
 */
@SpringBootApplication
public class ModulePathApplication {

  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(ModulePathApplication.class, args);
  }
}
