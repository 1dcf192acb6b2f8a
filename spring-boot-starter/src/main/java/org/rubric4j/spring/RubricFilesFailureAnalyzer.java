package org.rubric4j.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up that failed on the rubric files into Spring Boot's "APPLICATION FAILED TO
 * START" report: every problem as {@code file:line:column: error: ...}, and what to do.
 */
public final class RubricFilesFailureAnalyzer extends AbstractFailureAnalyzer<RubricFilesException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, RubricFilesException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Fix the rubric files listed above (`rubric4j lint FILE` shows the same problems), or point"
            + " rubric4j.rubrics at the files to load.", cause);
  }
}
