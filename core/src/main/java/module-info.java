/**
 * rubric4j core: the rubric model, the fluent builder, exact evaluation, explanation and lint.
 *
 * <p>The whole public API is the package {@link org.rubric4j}; {@code org.rubric4j.internal}
 * is an implementation detail and is not exported. This module depends on nothing but
 * {@code java.base}.
 */
module org.rubric4j {
  exports org.rubric4j;
}
