/**
 * rubric4j core: the rubric model, the fluent builder, exact evaluation, explanation, lint,
 * analytics and reviewer tools.
 *
 * <p>Packages by concern: {@link org.rubric4j} (the model, its builders and evaluation),
 * {@link org.rubric4j.rule} (the scoring rules), {@link org.rubric4j.analytics} (aggregation,
 * statistics and the reports' figures) and {@link org.rubric4j.review} (agreement between
 * reviewers, coaching, version replay) and {@link org.rubric4j.report} (reports over many
 * evaluations). {@code org.rubric4j.internal} is an implementation
 * detail: it is exported only to rubric4j's own modules that share its text helpers. This module
 * depends on nothing but {@code java.base}.
 */
@SuppressWarnings("module") // the qualified export names a module this one cannot see
module org.rubric4j {
  exports org.rubric4j;
  exports org.rubric4j.rule;
  exports org.rubric4j.analytics;
  exports org.rubric4j.review;
  exports org.rubric4j.report;
  // The message helpers (one did-you-mean, one shortener) and id syntax, shared with the loader only.
  exports org.rubric4j.internal to org.rubric4j.yaml, org.rubric4j.cli;
}
