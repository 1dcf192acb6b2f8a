package org.rubric4j.spring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Actuator's {@code info} shows the loaded rubrics under {@code rubric4j.rubrics}: id, version
 * and source of each.
 */
@AutoConfiguration(after = Rubric4jAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.info.InfoContributor")
@ConditionalOnBean(RubricRegistry.class)
public class Rubric4jInfoAutoConfiguration {

  /** The info contribution. */
  @Bean
  public InfoContributor rubric4jInfoContributor(RubricRegistry registry) {
    return builder -> builder.withDetail("rubric4j", Map.of("rubrics", describe(registry)));
  }

  /** Each rubric as {@code {id, version, source}}, in the order loaded. */
  static List<Map<String, Object>> describe(RubricRegistry registry) {
    return registry.all().stream().map(l -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", l.rubric().id());
      m.put("version", l.rubric().version().orElse(null));
      m.put("source", l.source());
      return m;
    }).toList();
  }
}
