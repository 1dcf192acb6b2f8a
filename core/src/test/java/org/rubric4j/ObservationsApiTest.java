package org.rubric4j;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The builder is the way to make observations; copies are named withX and never modify the original. */
class ObservationsApiTest {

  private final Rubric rubric = SeedRubrics.crmServiceQuality();

  @Test
  void theBuilderCollectsEveryPartInOrder() {
    Observations o = Observations.builder("ev-1").subject("agent-7").period("2024-W38")
        .tag("team", "after-sales").value("first-response-time", Duration.ofHours(4))
        .value("fcr", "85%").value("clarity", 4).notApplicable("expertise")
        .flag("review-manipulated", true).evidence("fcr", "ticket 17").build();

    assertThat(o.subject()).contains("agent-7");
    assertThat(o.period()).contains("2024-W38");
    assertThat(o.tags()).containsExactly(java.util.Map.entry("team", "after-sales"));
    assertThat(o.values().keySet()).containsExactly("first-response-time", "fcr", "clarity", "expertise");
    assertThat(o.values().get("expertise")).isEqualTo(Value.notApplicable());
    assertThat(o.flags()).containsEntry("review-manipulated", true);
    assertThat(o.evidence()).containsEntry("fcr", "ticket 17");
  }

  @Test
  void aWholeNumberIsStoredAsANumberAndScoresAsItsDigits() {
    Observations o = Observations.builder("ev-1").value("clarity", 4).build();

    assertThat(o.values().get("clarity")).isEqualTo(new Value.Whole(4)).hasToString("4");
    assertThat(((Value.Whole) o.values().get("clarity")).readAs(Measure.LEVEL))
        .isEqualTo(Quantity.of(Measure.LEVEL, BigDecimal.valueOf(4)));
    Observations asText = Observations.builder("ev-1").value("clarity", "4").build();
    Observations asNumber = Observations.builder("ev-1").value("clarity", 4).build();
    Observations full = seed000(asNumber);
    assertThat(rubric.evaluate(full).total()).isEqualTo(rubric.evaluate(seed000(asText)).total());
    assertThat(rubric.evaluate(full).dimensions()).isEqualTo(rubric.evaluate(seed000(asText)).dimensions());
  }

  @Test
  void aHugeWholeNumberScoresAsItsDigitsWould() {
    Rubric counts = Rubric.builder("c").dimension("d", d -> d.indicator("n", i -> i.bands(Measure.COUNT)
        .band(1, "[0, 10]").band(0, "> 10"))).build();
    for (long n : new long[] {Long.MAX_VALUE, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L, 10, 11}) {
      assertThat(counts.evaluate(Observations.builder("e").value("n", n).build()))
          .as("%d", n).isEqualTo(counts.evaluate(Observations.builder("e").value("n", Long.toString(n)).build()));
    }
  }

  @Test
  void aWholeNumberGivenForAPercentIsRefusedAsItsDigitsWouldBe() {
    Observations o = seed000(Observations.of("ev-1")).withValue("first-contact-resolution", 85);

    assertThatThrownBy(() -> rubric.evaluate(o)).isInstanceOf(ObservationException.class)
        .hasMessageContaining("85%");
  }

  @Test
  void copiesNamedWithLeaveTheOriginalUnchanged() {
    Observations original = Observations.of("ev-1");

    Observations flagged = original.withFlag("review-manipulated", true);
    Observations valued = original.withValue("clarity", 3).withValue("fcr", "85%")
        .withValue("first-response-time", Duration.ofHours(2)).withValue("expertise", Value.notApplicable())
        .withNotApplicable("emotion-care").withTag("team", "a").withSubject("s").withPeriod("2024")
        .withEvidence("clarity", "x");

    assertThat(original.flags()).isEmpty();
    assertThat(original.values()).isEmpty();
    assertThat(original.subject()).isEmpty();
    assertThat(flagged.flags()).containsEntry("review-manipulated", true);
    assertThat(valued.values()).hasSize(5);
    assertThat(valued.tags()).containsEntry("team", "a");
    assertThat(valued.subject()).contains("s");
    assertThat(valued.period()).contains("2024");
    assertThat(valued.evidence()).containsEntry("clarity", "x");
  }

  @Test
  void noMethodOfObservationsIsNamedLikeASetter() {
    List<String> setterNamed = List.of("subject", "period", "tag", "value", "notApplicable", "flag", "evidence");
    assertThat(Observations.class.getMethods())
        .filteredOn(m -> setterNamed.contains(m.getName()) && m.getParameterCount() > 0)
        .isEmpty();
  }

  @Test
  void tagsSubjectsAndPeriodsAreTrimmedSoTheyMatchAndGroupAsWritten() {
    Rubric r = Rubric.builder("r")
        .dimension("all", d -> d.indicator("q", i -> i.levels().range(1, 3)))
        .dimension("complaints", d -> d.appliesWhen("ticketType", "complaint")
            .indicator("c", i -> i.levels().range(1, 3)))
        .build();
    Observations o = Observations.builder("e").subject(" bob ").period(" 2024-09 ")
        .tag(" ticketType", "complaint ").value("q", 3).value("c", 1).build();

    assertThat(o.subject()).contains("bob");
    assertThat(o.period()).contains("2024-09");
    assertThat(o.tags()).containsExactly(java.util.Map.entry("ticketType", "complaint"));
    assertThat(r.evaluate(o).total()).as("the complaint dimension applies").isEqualByComparingTo("66.67");
  }

  @Test
  void aToBuilderCopyIsIndependent() {
    Observations original = Observations.builder("ev-1").value("clarity", 3).build();
    Observations.Builder copy = original.toBuilder();

    copy.value("clarity", 5).flag("x", true);

    assertThat(original.values().get("clarity")).isEqualTo(new Value.Whole(3));
    assertThat(copy.build().values().get("clarity")).isEqualTo(new Value.Whole(5));
  }

  private static Observations seed000(Observations o) {
    Observations.Builder b = o.toBuilder();
    for (String id : List.of("solution-quality", "clarity", "expertise", "emotion-care", "follow-up-visit")) {
      if (!o.values().containsKey(id)) {
        b.value(id, 4);
      }
    }
    if (!o.values().containsKey("first-response-time")) {
      b.value("first-response-time", "4h");
    }
    if (!o.values().containsKey("resolution-time")) {
      b.value("resolution-time", "24h");
    }
    if (!o.values().containsKey("first-contact-resolution")) {
      b.value("first-contact-resolution", "85%");
    }
    return b.build();
  }
}
