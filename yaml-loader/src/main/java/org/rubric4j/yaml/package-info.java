/**
 * Rubric files and data files: {@link org.rubric4j.yaml.RubricReader} and
 * {@link org.rubric4j.yaml.RubricWriter} for rubrics in YAML and JSON,
 * {@link org.rubric4j.yaml.ObservationReader} for observations in JSON, JSON Lines and CSV,
 * {@link org.rubric4j.yaml.ResultWriter} for results in JSON, and
 * {@link org.rubric4j.yaml.RubricSchema} for the JSON Schema of the rubric format.
 *
 * <p>Formats are those of docs/rubric-format.md. Everything here is immutable and thread-safe;
 * nothing accepts or returns {@code null}.
 */
package org.rubric4j.yaml;
