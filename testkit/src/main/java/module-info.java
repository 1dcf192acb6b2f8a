/**
 * rubric4j testkit: jqwik arbitraries for rubrics and for observations valid under a rubric,
 * and ready-made property checks, so users property-test their own rubrics.
 *
 * <p>The whole public API is the package {@link org.rubric4j.testkit};
 * {@code org.rubric4j.testkit.internal} is an implementation detail and is not exported.
 */
module org.rubric4j.testkit {
  requires transitive org.rubric4j;
  requires transitive net.jqwik.api;

  exports org.rubric4j.testkit;
}
