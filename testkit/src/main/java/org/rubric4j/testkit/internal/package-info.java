/**
 * Implementation of the testkit: the generators of rubrics and observations behind
 * {@link org.rubric4j.testkit.RubricArbitraries}, and the probes and searches behind
 * {@link org.rubric4j.testkit.RubricProperties}. Not exported.
 */
package org.rubric4j.testkit.internal;
