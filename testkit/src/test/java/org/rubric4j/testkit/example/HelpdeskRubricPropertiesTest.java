package org.rubric4j.testkit.example;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rubric4j.Measure;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.testkit.Direction;
import org.rubric4j.testkit.RubricArbitraries;
import org.rubric4j.testkit.RubricProperties;

/**
 * What a user writes to property-test their own rubric: the rubric, one {@code @Provide}
 * method, and a few one-line properties. This one is built in Java; when the YAML loader lands,
 * the rubric can be read from the user's own file instead, and the properties stay the same.
 */
class HelpdeskRubricPropertiesTest {

  static final Rubric HELPDESK = Rubric.builder("helpdesk")
      .grade("excellent", g -> g.range("[90, 100]"))
      .grade("good", g -> g.range("[75, 90)"))
      .grade("needs-work", g -> g.range("[0, 75)"))
      .dimension("speed", d -> d.weight("40%")
          .indicator("first-response-time", i -> i.bands(Measure.DURATION)
              .band(10, "<= 1h").band(7, "(1h, 4h]").band(4, "(4h, 1d]").band(0, "> 1d")))
      .dimension("quality", d -> d.weight("60%")
          .indicator("resolved-first-contact", i -> i.deduction(Measure.PERCENT)
              .max(10).target(">= 90%").step("2%").deduct(1).zero("< 70%"))
          .indicator("courtesy", i -> i.levels()
              .level(1, "rude").level(2, "curt").level(3, "polite").level(4, "warm").level(5, "delightful"))
          .indicator("reopened", i -> i.occurrences().max(10).deduct(5)))
      .build();

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
    RubricProperties.scoreIsMonotonic(HELPDESK, "resolved-first-contact", Direction.HIGHER_IS_BETTER);
    RubricProperties.scoreIsMonotonic(HELPDESK, "reopened", Direction.LOWER_IS_BETTER);
  }
}
