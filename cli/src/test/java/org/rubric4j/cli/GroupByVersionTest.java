package org.rubric4j.cli;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code report --group-by version}: the rubric's version as a group. */
class GroupByVersionTest {

  @Test
  void theReportHasOneGroupPerVersion() {
    CliTest.Run r = CliTest.run("report", CliTest.rubric("crm-service-quality"),
        CliTest.sample("crm-service-quality.csv"), "--group-by", "version", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().replaceAll("\\s", "")).contains("\"groupBy\":[\"version\"]").contains("\"key\":{\"version\":\"1.0\"},\"count\":800");
  }
}
