package org.rubric4j.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rubric4j.Rubric;
import static org.assertj.core.api.Assertions.assertThat;

/** A rubric travels to executors as its JSON text and arrives equal. */
class ShippedRubricTest {

  @ParameterizedTest
  @ValueSource(strings = {"crm-service-quality", "crm-maintenance-monitoring", "satisfaction-tracking",
      "service-standards-monthly", "service-standards-combined", "contact-center-workflow"})
  void everySeedRubricSurvivesJavaSerialisation(String seed) throws Exception {
    Rubric rubric = LocalSpark.rubric(seed);
    ShippedRubric shipped = ShippedRubric.of(rubric);
    ShippedRubric back = roundTrip(shipped);
    assertThat(back).isEqualTo(shipped);
    assertThat(back.rubric()).isEqualTo(rubric);
    assertThat(roundTrip(RubricScorer.of(rubric)).resultSchema()).isEqualTo(RubricScorer.of(rubric).resultSchema());
    assertThat(roundTrip(GroupStatistics.empty())).isEqualTo(GroupStatistics.empty());
  }

  @SuppressWarnings("unchecked")
  private static <T extends Serializable> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
