package org.rubric4j.examples.boot;

import org.junit.jupiter.api.Test;
import org.rubric4j.spring.RubricFilesException;
import org.rubric4j.spring.RubricFilesFailureAnalyzer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A rubric file with errors stops the start, and the report lists every problem with file:line:column. */
class BadRubricStartupTest {

  @Test
  void startUpFailsListingEveryProblemOfEveryFile() {
    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ScoringApplication.class)
        .web(WebApplicationType.NONE)
        .properties("rubric4j.rubrics=classpath*:bad/*.yaml,classpath*:rubrics/crm-service-quality.yaml")
        .run().close());
    Throwable cause = failure;
    while (cause != null && !(cause instanceof RubricFilesException)) {
      cause = cause.getCause();
    }
    assertThat(cause).isInstanceOf(RubricFilesException.class);
    FailureAnalysis analysis = new RubricFilesFailureAnalyzer().analyze(failure);
    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription())
        .contains("(2 found)")
        .containsPattern("bad/broken\\.yaml:4:5: error: dimensions\\[0\\]\\.weigth: unknown key `weigth`");
    assertThat(analysis.getAction()).contains("rubric4j lint FILE");
  }
}
