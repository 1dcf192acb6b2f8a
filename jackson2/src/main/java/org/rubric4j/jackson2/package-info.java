/**
 * The Jackson 2 module of rubric4j, {@link org.rubric4j.jackson2.Rubric4jModule}, for
 * applications on Jackson 2 (Spring Boot 3): the same formats as {@code org.rubric4j.jackson}.
 */
package org.rubric4j.jackson2;
