/**
 * rubric4j YAML loader: reads and writes rubric files (YAML, JSON), reads observations (JSON,
 * JSON Lines, CSV) and writes results (JSON).
 *
 * <p>The whole public API is the package {@link org.rubric4j.yaml};
 * {@code org.rubric4j.yaml.internal} is an implementation detail and is not exported (it is
 * opened to Hibernate Validator only, which reads the definition records).
 */
module org.rubric4j.yaml {
  requires transitive org.rubric4j;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires jakarta.validation;
  requires java.logging;
  requires org.hibernate.validator;

  exports org.rubric4j.yaml;

  opens org.rubric4j.yaml.internal to org.hibernate.validator;
}
