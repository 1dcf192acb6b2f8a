package org.rubric4j.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The Jackson 2 module of rubric4j as a bean, which Spring Boot 3 adds to its
 * {@code ObjectMapper}: an {@code Evaluation} returned by a controller is the result JSON (not
 * {@code {"vetoed":false}}), and an {@code Observations} request body is read with rubric4j's checks.
 */
@AutoConfiguration
@ConditionalOnClass(name = "com.fasterxml.jackson.databind.Module")
public class Rubric4jJackson2AutoConfiguration {

  /** rubric4j's Jackson 2 module. */
  @Bean
  @ConditionalOnMissingBean
  public org.rubric4j.jackson2.Rubric4jModule rubric4jJackson2Module() {
    return new org.rubric4j.jackson2.Rubric4jModule();
  }
}
