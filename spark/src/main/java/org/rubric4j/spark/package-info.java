/**
 * rubric4j on Apache Spark: {@link org.rubric4j.spark.RubricScorer} scores a DataFrame of
 * observations (one column per indicator, an {@code error} column for rows that cannot be scored),
 * {@link org.rubric4j.spark.RubricAggregator} aggregates exactly as a typed Spark aggregator built on
 * {@link org.rubric4j.analytics.Aggregator}'s associative merge, and
 * {@link org.rubric4j.spark.ScoreReportJob} is the ready-made job for {@code spark-submit}.
 */
package org.rubric4j.spark;
