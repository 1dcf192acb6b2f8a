/**
 * Property-test your rubrics with jqwik: {@link org.rubric4j.testkit.RubricArbitraries}
 * generates rubrics, values and observations valid under a given rubric (band edges and
 * {@code n/a} included), and {@link org.rubric4j.testkit.RubricProperties} checks what must
 * hold for every one of them, failing with a {@link org.rubric4j.testkit.RubricPropertyError}
 * that names the counter-example in the rubric's own terms.
 *
 * <pre>{@code
 * @Property
 * void myRubricBehaves(@ForAll("observations") Observations o) {
 *   RubricProperties.allHold(MY_RUBRIC, o);
 * }
 *
 * @Provide
 * Arbitrary<Observations> observations() {
 *   return RubricArbitraries.observationsFor(MY_RUBRIC);
 * }
 * }</pre>
 */
package org.rubric4j.testkit;
