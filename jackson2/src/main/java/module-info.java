/**
 * rubric4j for Jackson 2: {@link org.rubric4j.jackson2.Rubric4jModule}, registered on an
 * {@code ObjectMapper}, writes evaluations as the result JSON and reads and writes observations
 * and rubrics in their JSON formats, with the checks and messages of rubric4j's own readers.
 */
module org.rubric4j.jackson2 {
  requires transitive org.rubric4j.yaml;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports org.rubric4j.jackson2;

  provides com.fasterxml.jackson.databind.Module with org.rubric4j.jackson2.Rubric4jModule;
}
