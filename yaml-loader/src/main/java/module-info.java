/**
 * rubric4j YAML loader: reads and writes rubric files (YAML, JSON), reads observations (JSON,
 * JSON Lines, CSV) and writes results (JSON).
 *
 * <p>The whole public API is the package {@link org.rubric4j.yaml};
 * {@code org.rubric4j.yaml.internal} is an implementation detail: exported only to rubric4j's
 * command line, and opened to Hibernate Validator only, which reads the definition records.
 */
@SuppressWarnings("module") // the qualified export names a module this one cannot see
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

  // The JSON layout of reports, shared with the command line's other JSON outputs.
  exports org.rubric4j.yaml.internal to org.rubric4j.cli;
  opens org.rubric4j.yaml.internal to org.hibernate.validator;
}
