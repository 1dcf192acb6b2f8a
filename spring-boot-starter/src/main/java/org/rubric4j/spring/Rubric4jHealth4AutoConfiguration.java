package org.rubric4j.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Actuator's {@code health} on Spring Boot 4, whose health API moved to
 * {@code org.springframework.boot.health}: the same {@code rubric4j} component as
 * {@link Rubric4jHealthAutoConfiguration} gives on Boot 3.
 */
@AutoConfiguration(after = Rubric4jAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(RubricRegistry.class)
public class Rubric4jHealth4AutoConfiguration {

  /** The health contribution, named {@code rubric4j}. */
  @Bean
  public HealthIndicator rubric4jHealthIndicator(RubricRegistry registry) {
    return () -> Health.up().withDetail("rubrics", registry.size()).withDetail("ids", registry.ids()).build();
  }
}
