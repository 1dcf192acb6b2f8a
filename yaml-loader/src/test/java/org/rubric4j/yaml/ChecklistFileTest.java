package org.rubric4j.yaml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rubric4j.Evaluation;
import org.rubric4j.Observations;
import org.rubric4j.ObservationException;
import org.rubric4j.Rubric;
import org.rubric4j.Value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The checklist rule in files: items ticked as JSON arrays or {@code |}-separated CSV cells. */
class ChecklistFileTest {

  private static final Path FILE = Path.of("src/test/resources/qa-tools/amazon-connect-multiselect.yaml");

  private final Rubric rubric = RubricReader.create().read(FILE).rubric();
  private final ObservationReader reader = ObservationReader.forRubric(rubric);

  private List<ObservationRecord> csv(String text) {
    return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ObservationFormat.CSV, "rows.csv")
        .toList();
  }

  @Test
  void aJsonArrayTicksTheItemsAndTheWorkedExampleScores() {
    Observations o = reader.readOne("{\"id\": \"e1\", \"values\": {\"verification\": [\"name-confirmed\", \"security-question\"],"
        + " \"greeting\": 10}}");
    assertThat(o.values().get("verification")).isEqualTo(Value.items("name-confirmed", "security-question"));
    Evaluation e = rubric.evaluate(o);
    assertThat(e.total()).isEqualByComparingTo("91.67"); // 5 of 6 at 50 %, and 50
    assertThat(ResultWriter.create().toJson(e)).contains("\"id\":\"verification\"").contains("\"value\":\"2\"")
        .contains("\"matched\":\"name-confirmed 2 + security-question 3\"");
    assertThat(ObservationWriter.create().toJson(o)).contains("\"verification\":[\"name-confirmed\",\"security-question\"]");
  }

  @Test
  void aCsvCellSeparatesTheItemsWithBarsAndAnEmptyCellTicksNothing() {
    List<ObservationRecord> rows = csv("""
        id,verification,greeting
        e1,name-confirmed|address-confirmed|security-question|upsell-offered,0
        e2,upsell-offered|rude-remark,10
        e3,,10
        e4,name-confirmed|nme-confirmed,10
        e5,name-confirmed|name-confirmed,10
        """);
    assertThat(rows).hasSize(5);
    assertThat(rubric.evaluate(((ObservationRecord.Valid) rows.get(0)).observations()).total()).isEqualByComparingTo("50.00");
    assertThat(rubric.evaluate(((ObservationRecord.Valid) rows.get(1)).observations()).total()).isEqualByComparingTo("50.00");
    assertThat(rubric.evaluate(((ObservationRecord.Valid) rows.get(2)).observations()).total()).isEqualByComparingTo("50.00");
    assertThat(rows.get(3)).isInstanceOfSatisfying(ObservationRecord.Invalid.class, bad -> assertThat(bad.problems())
        .singleElement().satisfies(p -> assertThat(p.message()).contains("the checklist has no item nme-confirmed")));
    assertThat(rows.get(4)).isInstanceOfSatisfying(ObservationRecord.Invalid.class, bad -> assertThat(bad.problems())
        .singleElement().satisfies(p -> assertThat(p.message()).contains("item name-confirmed is ticked twice")));
  }

  @Test
  void aListForAnotherRuleIsRefusedAndTheRubricWritesBack() {
    ObservationException e = catchThrowableOfType(ObservationException.class, () -> reader.readOne(
        "{\"id\": \"e\", \"values\": {\"verification\": [], \"greeting\": [\"10\"]}}"));
    assertThat(e.getMessage()).contains("a list of items is a checklist's value, but indicator greeting is scored by levels");
    String yaml = RubricWriter.create().toYaml(rubric);
    assertThat(yaml).contains("checklist:").contains("rude-remark: -4");
    assertThat(RubricReader.create().read(yaml, RubricFormat.YAML, "back.yaml").rubric()).isEqualTo(rubric);
  }

  @Test
  void aConditionTestsTheTickedItems() {
    Rubric r = RubricReader.create().read("""
        rubric: issues
        dimensions:
          - id: call
            indicators:
              - {id: issues, checklist: {items: {billing: 1, outage: 1}}}
              - {id: outage-explained, appliesWhen: {indicator: issues, in: [outage]}, levels: {0: "No", 1: "Yes"}}
              - {id: greeting, levels: {0: "No", 1: "Yes"}}
        """, RubricFormat.YAML, "issues.yaml").rubric();
    Observations billing = ObservationReader.forRubric(r).readOne(
        "{\"id\": \"e\", \"values\": {\"issues\": [\"billing\"], \"outage-explained\": 0, \"greeting\": 1}}");
    assertThat(r.evaluate(billing).indicator("outage-explained").orElseThrow().applicable()).isFalse();
    assertThat(RubricWriter.create().toYaml(r)).contains("in:\n");
    assertThat(RubricReader.create().read(RubricWriter.create().toYaml(r), RubricFormat.YAML, "back.yaml").rubric()).isEqualTo(r);
  }
}
