/**
 * The Jackson 3 module of rubric4j, {@link org.rubric4j.jackson.Rubric4jModule}: one
 * registration, and an {@code Evaluation} returned by a web controller is the result JSON.
 */
package org.rubric4j.jackson;
