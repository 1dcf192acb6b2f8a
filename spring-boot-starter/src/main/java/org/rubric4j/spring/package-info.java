/**
 * rubric4j in Spring Boot 3.5 and 4.0: {@link org.rubric4j.spring.Rubric4jAutoConfiguration}
 * loads the rubric files named by {@code rubric4j.rubrics} into a
 * {@link org.rubric4j.spring.RubricRegistry}, registers the Jackson module of the application's
 * Jackson, fails start-up listing every problem of every file, and contributes to Actuator's
 * {@code info} and {@code health}.
 */
package org.rubric4j.spring;
