package org.rubric4j.yaml;

import org.junit.jupiter.api.Test;
import org.rubric4j.Observations;
import static org.assertj.core.api.Assertions.assertThat;

/** The observation JSON written back: what readOne reads, written equal; numbers as numbers. */
class ObservationWriterTest {

  @Test
  void everyPartIsWrittenInTheReadersFormat() {
    Observations o = Observations.builder("ev-1").subject("agent-7").period("2024-Q3").tag("team", "vip")
        .value("fcr", "85%").value("errors", 2).notApplicable("care").flag("fraud", false)
        .evidence("fcr", "ticket \"17\"").build();
    assertThat(ObservationWriter.create().toJson(o)).isEqualTo("{\"id\":\"ev-1\",\"subject\":\"agent-7\","
        + "\"period\":\"2024-Q3\",\"tags\":{\"team\":\"vip\"},\"values\":{\"fcr\":\"85%\",\"errors\":2,\"care\":\"n/a\"},"
        + "\"flags\":{\"fraud\":false},\"evidence\":{\"fcr\":\"ticket \\\"17\\\"\"}}");
  }

  @Test
  void whatReadOneReadsIsWrittenBackEqual() {
    String json = "{\"id\":\"e\",\"values\":{\"a\":\"4h\",\"b\":\"n/a\",\"c\":\"3\"},\"flags\":{\"f\":true}}";
    Observations read = ObservationReader.create().readOne(json);
    assertThat(ObservationWriter.create().toJson(read)).isEqualTo(json);
    assertThat(ObservationReader.create().readOne(ObservationWriter.create().toJson(read))).isEqualTo(read);
    assertThat(ObservationWriter.create().toJson(Observations.of("only"))).isEqualTo("{\"id\":\"only\"}");
  }
}
