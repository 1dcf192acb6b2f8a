package org.rubric4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rubric4j.cli.CliTest.rubric;
import static org.rubric4j.cli.CliTest.run;
import static org.rubric4j.cli.CliTest.sample;

/**
 * {@code rubric4j report} in-process: every format, the golden json, csv and html reports (under
 * {@code src/test/resources/reports}; run with {@code -Drubric4j.writeGolden=true} to rewrite
 * them after an intended change, then review the diff), exit codes and errors.
 */
class ReportCommandTest {

  private static final Path GOLDEN = Path.of("src/test/resources/reports");

  @TempDir
  Path tmp;

  private static void golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("rubric4j.writeGolden")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as(name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void jsonReportMatchesItsGoldenFile() throws IOException {
    CliTest.Run r = run("report", rubric("service-standards-monthly"), sample("service-standards-monthly.bad-rows.csv"),
        "--group-by", "tag.team", "--group-by", "period:quarter", "--format", "json");
    assertThat(r.exit()).isEqualTo(1);
    golden("service-standards-monthly.bad-rows.json", r.out());
    assertThat(r.out()).contains("\"kpis\": [", "\"periodRules\": [", "\"quality\": {", "\"ranking\": {", "\"trend\": {");
  }

  @Test
  void csvReportMatchesItsGoldenFile() throws IOException {
    CliTest.Run r = run("report", rubric("service-standards-monthly"), sample("service-standards-monthly.bad-rows.csv"),
        "--group-by", "tag.team", "--group-by", "period:quarter", "--format", "csv");
    assertThat(r.exit()).isEqualTo(1);
    golden("service-standards-monthly.bad-rows.csv", r.out());
  }

  @Test
  void jsonReportOfSatisfactionCategoriesMatchesItsGoldenFile() throws IOException {
    CliTest.Run r = run("report", rubric("satisfaction-tracking"), sample("satisfaction-tracking.csv"), "--format", "json",
        "--group-by", "tag.team");
    assertThat(r.exit()).as(r.err()).isZero();
    golden("satisfaction-tracking.json", r.out());
    assertThat(r.out()).contains("\"categories\": {", "\"satisfied\": {");
  }

  @Test
  void htmlReportWithGradesKpisAndPeriodRulesMatchesItsGoldenFile() throws IOException {
    CliTest.Run r = run("report", rubric("service-standards-monthly"), sample("service-standards-monthly.bad-rows.csv"),
        "--group-by", "tag.team", "--group-by", "period:quarter", "--format", "html");
    assertThat(r.exit()).isEqualTo(1);
    golden("service-standards-monthly.bad-rows.html", r.out());
  }

  @Test
  void htmlReportWithoutGradesMatchesItsGoldenFile() throws IOException {
    CliTest.Run r = run("report", rubric("crm-maintenance-monitoring"), sample("crm-maintenance-monitoring.bad-rows.csv"),
        "--format", "html");
    assertThat(r.exit()).isEqualTo(1);
    golden("crm-maintenance-monitoring.bad-rows.html", r.out());
  }

  @Test
  void htmlReportWithScoreCategoriesMatchesItsGoldenFile() throws IOException {
    CliTest.Run r = run("report", rubric("satisfaction-tracking"), sample("satisfaction-tracking.csv"), "--format", "html",
        "--group-by", "tag.team");
    assertThat(r.exit()).as(r.err()).isZero();
    golden("satisfaction-tracking.html", r.out());
  }

  @Test
  void badRowsAreReportedAsDataLineIdReasonAndCountedWithTheirReason() {
    String data = sample("service-standards-monthly.bad-rows.csv");
    CliTest.Run r = run("report", rubric("service-standards-monthly"), data, "--format", "table");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.errLines()).contains(
        data + ":4: ssm-2024-00003: column first-response-time: \"4 hours\" is not a duration; "
            + "write it like 30s, 90m, 2h, 1d12h, 1.5h or PT2H",
        "rubric4j: 5 of 24 rows were excluded (listed above, counted under data quality); the report covers the other 19");
    assertThat(r.out()).contains("data quality: 24 rows, 19 scored, 5 excluded", "out-of-range: 1 (ssm-2024-00011)",
        "incomplete: 2 (line 16, ssm-2024-00021)");
  }

  @Test
  void tableShowsTheSectionsOfTheReport() {
    CliTest.Run r = run("report", rubric("service-standards-monthly"), sample("service-standards-monthly.csv"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("service-standards-monthly 1.0 · 客户服务人员月度考核(定量指标)\nevaluations: 240;")
        .contains("grades: 优秀 ", "by subject", "trend by month", "top 10 % of 20 subjects: ", "KPIs",
            "首次联系解决率: mean of indicator.fcr.value over 240 is ", "period rule training", "data quality: 240 rows");
  }

  @Test
  void htmlReportIsOneSelfContainedPageWithInlineCharts() throws IOException {
    Path out = tmp.resolve("reports dir").resolve("report.html");
    CliTest.Run r = run("report", rubric("crm-maintenance-monitoring"), sample("crm-maintenance-monitoring.bad-rows.csv"),
        "--out", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("wrote the html report to " + out);
    String html = Files.readString(out);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "Distribution of totals", "Dimension means",
        "Trend by month", "Ranking of subjects", "★ top 10 %", "KPI attainment", "问题受理时间", "not in this data",
        "解答清晰度评分", "Data quality", "客户关系维护及服务质量监测");
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("<script", "http://", "https://", "<link", "src=\"", "url(");
    assertThat(html.split("<svg", -1).length - 1).isGreaterThanOrEqualTo(3);
  }

  @Test
  void htmlGradeChartNamesEveryGrade() {
    CliTest.Run r = run("report", rubric("service-standards-combined"), sample("service-standards-combined.csv"),
        "--format", "html", "--group-by", "tag.team");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Grade distribution", "优秀 [90, 100]", "需改进 [0, 60)", "Period rules", "By tag.team");
  }

  @Test
  void formatFollowsTheOutputFilesExtension() throws IOException {
    Path out = tmp.resolve("r.csv");
    assertThat(run("report", rubric("satisfaction-tracking"), sample("satisfaction-tracking.csv"), "-o", out.toString())
        .exit()).isZero();
    assertThat(Files.readString(out)).startsWith("subject,count,mean,min,max,standardDeviation,vetoed,");
  }

  @Test
  void anUnknownGroupingIsAUsageError() {
    CliTest.Run r = run("report", rubric("satisfaction-tracking"), sample("satisfaction-tracking.csv"),
        "--group-by", "colour");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("cannot group by \"colour\"");
    assertThat(run("report", rubric("satisfaction-tracking"), sample("satisfaction-tracking.csv"), "--format", "pdf")
        .exit()).isEqualTo(2);
  }

  @Test
  void aMissingDataFileIsOneClearLine() {
    CliTest.Run r = run("report", rubric("satisfaction-tracking"), tmp.resolve("nope.csv").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly("rubric4j: " + tmp.resolve("nope.csv") + ": no such file");
  }

  @Test
  void aBrokenKpiInTheRubricIsReportedAtItsLineAndColumn() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, """
        rubric: x
        dimensions:
          - id: d
            indicators:
              - {id: i, levels: {1: a, 2: b}}
        kpis:
          - {id: k, of: indicator.j.value, target: ">= 1"}
        """);
    CliTest.Run r = run("report", bad.toString(), sample("satisfaction-tracking.csv"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains(bad + ":7:17: error: kpis[0].of: KPI k measures indicator j, which rubric x does not have")
        .doesNotContain("\tat ");
  }
}
