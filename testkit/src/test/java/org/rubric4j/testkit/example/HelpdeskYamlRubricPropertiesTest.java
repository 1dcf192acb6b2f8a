package org.rubric4j.testkit.example;

import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.testkit.Direction;
import org.rubric4j.testkit.RubricArbitraries;
import org.rubric4j.testkit.RubricProperties;
import org.rubric4j.yaml.RubricReader;

/**
 * The same properties as {@link HelpdeskRubricPropertiesTest}, for a rubric the quality team
 * keeps in a YAML file: read it once with {@code rubric4j-yaml}, then test it as any other.
 */
class HelpdeskYamlRubricPropertiesTest {

  static final Rubric HELPDESK = RubricReader.create().read(Path.of("src/test/resources/helpdesk.yaml")).rubric();

  @Provide
  Arbitrary<Observations> tickets() {
    return RubricArbitraries.observationsFor(HELPDESK);
  }

  @Property
  void everyTicketScoresWithinTheScaleExactlyAndTheSameEveryTime(@ForAll("tickets") Observations ticket) {
    RubricProperties.allHold(HELPDESK, ticket);
  }

  @Property(tries = 100)
  void aFasterFirstResponseNeverLowersTheTotal(@ForAll("tickets") Observations ticket) {
    RubricProperties.scoreIsMonotonic(HELPDESK, "first-response-time", Direction.LOWER_IS_BETTER, ticket);
  }

  @Example
  void everyResponseTimeHasABandAndEveryGradeCanBeEarned() {
    RubricProperties.allHold(HELPDESK);
  }

  @Example
  void theFileDescribesTheSameRubricAsTheJavaCode() {
    org.assertj.core.api.Assertions.assertThat(HELPDESK).isEqualTo(HelpdeskRubricPropertiesTest.HELPDESK);
  }
}
