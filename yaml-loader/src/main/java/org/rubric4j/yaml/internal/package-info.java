/**
 * Implementation of the loader: the position-tracking tree read from YAML or JSON, the definition
 * records checked by Jakarta Validation, their binding onto core's public builder, the observation
 * sources (JSON, JSON Lines, CSV) and the JSON Schema generator. Not exported; opened to Hibernate
 * Validator only, which reads the definition records.
 */
package org.rubric4j.yaml.internal;
