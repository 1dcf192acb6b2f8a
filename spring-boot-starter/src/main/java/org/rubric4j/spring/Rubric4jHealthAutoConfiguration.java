package org.rubric4j.spring;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Actuator's {@code health} (Spring Boot 3) has a {@code rubric4j} component: up, with how many
 * rubrics are loaded and their ids. Rubrics are loaded once, at start-up, and a problem stops
 * the start, so a running application's rubrics are always usable.
 */
@AutoConfiguration(after = Rubric4jAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnBean(RubricRegistry.class)
public class Rubric4jHealthAutoConfiguration {

  /** The health contribution, named {@code rubric4j}. */
  @Bean
  public HealthIndicator rubric4jHealthIndicator(RubricRegistry registry) {
    return () -> Health.up().withDetail("rubrics", registry.size()).withDetail("ids", registry.ids()).build();
  }
}
