package org.rubric4j.yaml;

import java.io.InputStream;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rubric4j.ObservationException;
import org.rubric4j.analytics.GroupBy;
import org.rubric4j.report.Report;
import org.rubric4j.report.Reporter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report JSON from the library: seed 003's monthly review with its KPIs and period rules. */
class ReportWriterTest {

  private static Report report;

  @BeforeAll
  static void scoreTheSample() throws Exception {
    LoadedRubric loaded = RubricReader.create().readResource("rubrics/service-standards-monthly.yaml");
    Reporter reporter = loaded.reporter().groupBy(GroupBy.tag("team")).build();
    try (InputStream in = ReportWriterTest.class.getResourceAsStream("/samples/service-standards-monthly.bad-rows.csv");
        Stream<ObservationRecord> rows = ObservationReader.forRubric(loaded.rubric())
            .read(in, ObservationFormat.CSV, "service-standards-monthly.bad-rows.csv")) {
      rows.forEach(r -> {
        if (r instanceof ObservationRecord.Valid v) {
          try {
            reporter.add(loaded.rubric().evaluate(v.observations()));
          } catch (ObservationException e) {
            reporter.exclude(e);
          }
        } else {
          reporter.exclude(((ObservationRecord.Invalid) r).id().orElse("?"), "unreadable");
        }
      });
    }
    report = reporter.report();
  }

  @Test
  void indentedAndCompactAreTheSameJson() {
    String indented = ReportWriter.create().toJson(report);
    String compact = ReportWriter.create().withoutIndentation().toJson(report);
    JsonMapper mapper = JsonMapper.builder().build();
    assertThat(indented).endsWith("}\n").contains("\n  \"summary\": {\n");
    assertThat(compact).doesNotContain("\n").startsWith("{\"rubric\":\"service-standards-monthly\",");
    assertThat(mapper.readTree(compact)).isEqualTo(mapper.readTree(indented));
  }

  @Test
  void scoresKeepTheRubricsPrecisionAndEveryKeyIsThere() {
    JsonNode root = JsonMapper.builder().build().readTree(ReportWriter.create().withoutIndentation().toJson(report));
    assertThat(root.propertyNames()).containsExactly("rubric", "version", "name", "scale", "groupBy", "summary",
        "quality", "groups", "groupExclusions", "trend", "ranking", "kpis", "periodRules", "categories");
    int precision = report.rubric().precision();
    assertThat(root.get("summary").get("mean").decimalValue().scale()).isEqualTo(precision);
    assertThat(root.get("summary").get("mean").decimalValue()).isEqualTo(report.summary().mean().orElseThrow());
    assertThat(root.get("trend").get("periods").get(0).get("mean").isNumber()).isTrue();
    assertThat(root.get("groups")).hasSize(report.groups().size());
    assertThat(root.get("quality").get("seen").asLong()).isEqualTo(report.quality().seen());
    assertThat(root.get("kpis")).hasSize(report.kpis().size());
  }

  @Test
  void writingFlushesAndLeavesTheWriterOpen() {
    StringWriter out = new StringWriter();
    ReportWriter.create().write(report, out);
    out.write("after");
    assertThat(out.toString()).isEqualTo(ReportWriter.create().toJson(report) + "after");
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> ReportWriter.create().toJson(null)).hasMessage("report");
    assertThatThrownBy(() -> ReportWriter.create().write(report, (java.io.Writer) null)).hasMessage("out");
  }
}
