/**
 * rubric4j for Jackson 3: {@link org.rubric4j.jackson.Rubric4jModule}, registered on a
 * {@code JsonMapper}, writes evaluations as the result JSON and reads and writes observations
 * and rubrics in their JSON formats, with the checks and messages of rubric4j's own readers.
 */
module org.rubric4j.jackson {
  requires transitive org.rubric4j.yaml;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;

  exports org.rubric4j.jackson;

  provides tools.jackson.databind.JacksonModule with org.rubric4j.jackson.Rubric4jModule;
}
