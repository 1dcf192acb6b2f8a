/**
 * Reports over many evaluations: what {@code rubric4j report} shows, as a library.
 *
 * <p>A {@link org.rubric4j.report.Reporter} takes evaluations one at a time (and the rows that
 * could not be scored, with their reasons) and keeps only aggregates, so memory grows with the
 * number of groups, never with the number of evaluations. {@link org.rubric4j.report.Reporter#report()}
 * gives the {@link org.rubric4j.report.Report}: summary, data quality, groups, trend, ranking,
 * KPI attainment, period rules and score categories. Every score a report shows is rounded
 * half-up to the rubric's precision ({@code 4.26}); the exact statistics stay reachable beside
 * it for whoever needs more digits.
 *
 * <pre>{@code
 * Reporter reporter = Reporter.builder(rubric).groupBy(GroupBy.tag("team")).build();
 * evaluations.forEach(reporter::add);
 * Report report = reporter.report();
 * report.summary().mean();                  // Optional[4.26]
 * report.groups().get(0).weakest();         // [attitude]
 * }</pre>
 *
 * <p>A reporter is not thread-safe; {@link org.rubric4j.report.Reporter.Builder#collector()}
 * reports a stream from many threads, and {@link org.rubric4j.report.Reporter#addAll} merges
 * reporters filled apart. Reports are immutable.
 */
package org.rubric4j.report;
