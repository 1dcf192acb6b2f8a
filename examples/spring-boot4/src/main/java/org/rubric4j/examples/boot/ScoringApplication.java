package org.rubric4j.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A scoring service: the rubrics come from the class path, the JSON from rubric4j's Jackson module. */
@SpringBootApplication
public class ScoringApplication {

  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(ScoringApplication.class, args);
  }
}
