package org.rubric4j.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The Jackson 3 module of rubric4j as a bean, which Spring Boot 4 adds to its JSON mapper: an
 * {@code Evaluation} returned by a controller is the result JSON, and an {@code Observations}
 * request body is read with rubric4j's checks.
 */
@AutoConfiguration
@ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
public class Rubric4jJacksonAutoConfiguration {

  /** rubric4j's Jackson 3 module. */
  @Bean
  @ConditionalOnMissingBean
  public org.rubric4j.jackson.Rubric4jModule rubric4jJacksonModule() {
    return new org.rubric4j.jackson.Rubric4jModule();
  }
}
