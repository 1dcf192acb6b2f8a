/**
 * Aggregation and the figures of reports, over many evaluations.
 *
 * <p>{@link org.rubric4j.analytics.Aggregator} consumes evaluations one at a time in constant memory
 * per group and merges associatively with another aggregator of disjoint inputs, so a parallel or
 * distributed job can combine partial results; {@link org.rubric4j.analytics.Aggregate} is its
 * immutable snapshot: per group and per node {@link org.rubric4j.analytics.ScoreStatistics},
 * {@link org.rubric4j.analytics.ScoreDistribution}, grade and veto counts. Beside it: groups and
 * their keys ({@link org.rubric4j.analytics.GroupBy}, {@link org.rubric4j.analytics.GroupKey}),
 * ranking with ties ({@link org.rubric4j.analytics.Ranking}), strongest and weakest dimensions
 * ({@link org.rubric4j.analytics.DimensionExtremes}), KPI targets ({@link org.rubric4j.analytics.Kpi}),
 * period rules ({@link org.rubric4j.analytics.StreakRule}), maintenance cadence coverage
 * ({@link org.rubric4j.analytics.CadenceCoverage}), satisfaction categories
 * ({@link org.rubric4j.analytics.ScoreCategories}) and sample screening
 * ({@link org.rubric4j.analytics.Screening}, {@link org.rubric4j.analytics.DataQuality}), which
 * counts every excluded sample with its reason.
 *
 * <p>All results are immutable and exact (means and deviations carry at least 20 significant
 * digits). {@code Aggregator} itself is mutable and not thread-safe: give each thread its own and
 * merge them.
 */
package org.rubric4j.analytics;
