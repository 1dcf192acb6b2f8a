package org.rubric4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rubric4j.cli.CliTest.rubric;
import static org.rubric4j.cli.CliTest.run;
import static org.rubric4j.cli.CliTest.sample;

/** {@code agreement}, {@code coach}, {@code diff} and the demo's reports, in-process. */
class AnalyticsCommandsTest {

  @TempDir
  Path tmp;

  // ---- agreement ----------------------------------------------------------------------------

  @Test
  void agreementJsonIsExactlyTheContractedShape() {
    CliTest.Run r = run("agreement", sample("crm-service-quality.ratings.csv"), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("{\"indicators\":[{\"id\":\"communication-clarity\",\"raters\":3,\"items\":30,"
        + "\"krippendorffAlphaOrdinal\":").doesNotContain("weightedKappa").endsWith("}]}\n");
    assertThat(r.out().lines()).hasSize(1);
  }

  @Test
  void agreementReportsADuplicateOrUndeclaredRatingAtItsLineAndUsesTheRest() throws IOException {
    Path ratings = tmp.resolve("bad.csv");
    Files.writeString(ratings, """
        item,rater,indicator,level
        i1,a,q,1
        i1,b,q,1
        i1,a,q,2
        i2,a,q,2
        i2,b,q,9
        i2,b,q,2
        """);
    Path rubricFile = tmp.resolve("r.yaml");
    Files.writeString(rubricFile, "rubric: r\ndimensions:\n  - id: d\n    indicators:\n      - {id: q, levels: {1: a, 2: b, 3: c}}\n");

    CliTest.Run r = run("agreement", ratings.toString(), "--rubric", rubricFile.toString(), "--format", "json");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.errLines()).contains(
        ratings + ":4: i1: rater a rated item i1 on q twice (1 and 2); keep one rating per rater and item");
    assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith(ratings + ":6: i2: rating ")
        .contains("level 9 is not declared for q"));
    assertThat(r.out()).contains("\"items\":2");
  }

  @Test
  void agreementOfTwoRatersAddsTheWeightedKappas() throws IOException {
    // Two raters, five items, one disagreement (3 vs 2): linear kappa 1 - 5/23 = 18/23, quadratic 1 - 5/35 = 6/7.
    Path ratings = tmp.resolve("two.csv");
    Files.writeString(ratings, """
        item,rater,indicator,level
        i1,a,q,1
        i1,b,q,1
        i2,a,q,2
        i2,b,q,2
        i3,a,q,3
        i3,b,q,3
        i4,a,q,3
        i4,b,q,2
        i5,a,q,1
        i5,b,q,1
        """);
    CliTest.Run r = run("agreement", ratings.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("{\"indicators\":[{\"id\":\"q\",\"raters\":2,\"items\":5,\"krippendorffAlphaOrdinal\":")
        .contains("\"weightedKappaLinear\":0.782609,", "\"weightedKappaQuadratic\":0.857143}");
    // 4 of 5 items agree; category shares .4, .3, .3: Fleiss (0.8 − 0.34) / 0.66 = 23/33,
    // Gwet's pe = (.4·.6 + .3·.7 + .3·.7) / 2 = 0.33: AC1 = 0.47 / 0.67 = 47/67
    assertThat(r.out()).contains("\"percentAgreement\":0.8,", "\"fleissKappa\":0.69697,", "\"gwetAc1\":0.701493,",
        "\"krippendorffAlphaNominal\":", "\"krippendorffAlphaRatio\":");
  }

  @Test
  void agreementWithAnExpertAlignsEveryOtherRater() throws IOException {
    Path ratings = tmp.resolve("expert.csv");
    Files.writeString(ratings, """
        item,rater,indicator,level
        i1,lead,q,3
        i2,lead,q,4
        i1,a,q,3
        i2,a,q,2
        i1,b,q,5
        """);
    Path rubricFile = tmp.resolve("r5.yaml");
    Files.writeString(rubricFile, "rubric: r\ndimensions:\n  - id: d\n    indicators:\n"
        + "      - {id: q, levels: {1: a, 2: b, 3: c, 4: d, 5: e}}\n");
    CliTest.Run r = run("agreement", ratings.toString(), "--rubric", rubricFile.toString(), "--expert", "lead",
        "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    // declared levels 1..5 (range 4): a deviates 0 and 2, MAD 1, alignment 1 − 2/8 = 0.75; b: 2, 1 − 2/4 = 0.5
    assertThat(r.out()).contains("\"alignment\":[{\"rater\":\"a\",\"items\":2,\"alignment\":0.75,"
        + "\"meanAbsoluteDeviation\":1},{\"rater\":\"b\",\"items\":1,\"alignment\":0.5,\"meanAbsoluteDeviation\":2}]");
    CliTest.Run table = run("agreement", ratings.toString(), "--rubric", rubricFile.toString(), "--expert", "lead");
    assertThat(table.out()).contains("Alignment with lead", "q: a over 2 items: alignment 0.7500, mean absolute deviation 1.0000");
    CliTest.Run missing = run("agreement", ratings.toString(), "--expert", "nobody");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("--expert nobody gave no rating in " + ratings + "; its raters: a, b, lead");
  }

  @Test
  void agreementTableNamesTheWidestDisagreements() {
    CliTest.Run r = run("agreement", sample("crm-service-quality.ratings.csv"), "--rubric", rubric("crm-service-quality"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("indicator").contains("alpha ordinal", "emotion-care", "widest disagreements", "spread");
  }

  @Test
  void agreementReportsBadLinesAndGoesOn() throws IOException {
    Path ratings = tmp.resolve("bad.csv");
    Files.writeString(ratings, "item,rater,indicator,level\ni1,a,q,1\ni1,b,q,high\ni2,a,q\ni2,a,q,2\ni2,b,q,2\n");
    CliTest.Run r = run("agreement", ratings.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.errLines()).contains(ratings + ":3: i1: level \"high\" is not a whole number",
        ratings + ":4: i2: expected 4 columns, found 3");
  }

  @Test
  void agreementOfAMissingFileIsOneLine() {
    CliTest.Run r = run("agreement", tmp.resolve("none.csv").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly("rubric4j: " + tmp.resolve("none.csv") + ": no such file");
  }

  // ---- coach --------------------------------------------------------------------------------

  @Test
  void coachGivesTheNextStepOfEachIndicatorAndTheCheapestPlan() {
    CliTest.Run r = run("coach", rubric("service-standards-monthly"), sample("service-standards-monthly.csv"),
        "--id", "ssm-2024-00004");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("now: total 89.00 of 100, grade 良好",
        "  fcr: 77% → 78% (22 → 23 points): total 90.00 (+1.00)",
        "Cheapest plan to reach 优秀 (1 indicator(s), 1 step(s)):", "  fcr: 77% → 78%", "gives total 90.00, grade 优秀");
  }

  @Test
  void coachOfAnUnknownIdSaysSo() {
    CliTest.Run r = run("coach", rubric("service-standards-monthly"), sample("service-standards-monthly.csv"), "--id", "x");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("no row with id x in ");
    assertThat(run("coach", rubric("service-standards-monthly"), sample("service-standards-monthly.csv")).exit())
        .isEqualTo(2);
  }

  @Test
  void coachOfABadRowReportsIt() {
    String data = sample("service-standards-monthly.bad-rows.csv");
    CliTest.Run r = run("coach", rubric("service-standards-monthly"), data, "--id", "ssm-2024-00003");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith(data + ":4: ssm-2024-00003: column first-response-time");
  }

  // ---- diff ---------------------------------------------------------------------------------

  @Test
  void diffListsWhoChangesGradeAndWhy() throws IOException {
    String old = Files.readString(Path.of(rubric("service-standards-monthly")));
    Path proposed = tmp.resolve("proposed.yaml");
    Files.writeString(proposed, old.replace("version: \"1.0\"", "version: \"2.0\"")
        .replace("target: \">= 85%\"\n          step: 1%", "target: \">= 90%\"\n          step: 1%"));
    CliTest.Run r = run("diff", rubric("service-standards-monthly"), proposed.toString(),
        sample("service-standards-monthly.csv"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("service-standards-monthly 1.0 → service-standards-monthly 2.0: 240 observations replayed")
        .contains("grade changed: ", "Who changes grade:", "because of fcr -");
  }

  @Test
  void diffWithBadRowsExitsOne() {
    CliTest.Run r = run("diff", rubric("service-standards-monthly"), rubric("service-standards-monthly"),
        sample("service-standards-monthly.bad-rows.csv"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("grade changed: 0");
    assertThat(r.err()).contains(":4: ssm-2024-00003: ");
  }

  @Test
  void diffNeedsThreeArguments() {
    assertThat(run("diff", rubric("service-standards-monthly")).exit()).isEqualTo(2);
  }

  // ---- demo ---------------------------------------------------------------------------------

  @Test
  void demoWritesTheHtmlReportOfEachSeedRubricAndSaysWhere() throws IOException {
    Path dir = tmp.resolve("demo reports");
    CliTest.Run r = run("demo", "--out-dir", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("HTML reports (open in a browser, or print): " + dir.toAbsolutePath().normalize(),
        "  crm-service-quality.html", "./rubric4j report ");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
          "contact-center-workflow.html", "crm-maintenance-monitoring.html", "crm-service-quality.html",
          "satisfaction-tracking.html", "service-standards-combined.html", "service-standards-monthly.html");
    }
    assertThat(Files.readString(dir.resolve("service-standards-monthly.html"))).contains("<svg", "KPI attainment");
  }

  @Test
  void diffAcrossAnAddedOrRemovedIndicatorReplaysWhatItCanAndSaysWhy() throws IOException {
    Path one = tmp.resolve("one.yaml");
    Files.writeString(one, "rubric: r\nversion: '1'\ndimensions:\n  - id: d\n    indicators:\n"
        + "      - {id: q, levels: {1: a, 2: b}}\n");
    Path two = tmp.resolve("two.yaml");
    Files.writeString(two, "rubric: r\nversion: '2'\ndimensions:\n  - id: d\n    indicators:\n"
        + "      - {id: q, levels: {1: a, 2: b}}\n      - {id: extra, levels: {1: a, 2: b}}\n");
    Path oldData = tmp.resolve("old.csv");
    Files.writeString(oldData, "id,q\ne1,1\ne2,2\n");
    Path newData = tmp.resolve("new.csv");
    Files.writeString(newData, "id,q,extra\ne1,1,2\ne2,2,1\n");

    CliTest.Run added = run("diff", one.toString(), two.toString(), oldData.toString());
    assertThat(added.exit()).isEqualTo(1);
    assertThat(added.out()).contains("r 1 → r 2: 0 observations replayed",
        "only in r 2: extra (data without them follows r 2's missing policy, error)", "  e1 under r 2: ");

    CliTest.Run removed = run("diff", two.toString(), one.toString(), newData.toString());
    assertThat(removed.exit()).as(removed.err()).isZero();
    assertThat(removed.out()).contains("r 2 → r 1: 2 observations replayed",
        "only in r 2: extra (their values are left out under r 1)");
  }
}
