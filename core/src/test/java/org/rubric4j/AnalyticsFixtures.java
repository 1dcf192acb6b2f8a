package org.rubric4j;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Observations and evaluations of the seed rubrics, shared by the analytics tests. */
public final class AnalyticsFixtures {

  public static final Rubric SEED_000 = SeedRubrics.crmServiceQuality();
  public static final Rubric SEED_003 = SeedRubrics.serviceStandardsMonthly();
  public static final Rubric SEED_001 = SeedRubrics.crmMaintenanceMonitoring();

  private AnalyticsFixtures() {}

  /** Seed 000 observations where every indicator sits at {@code level} (1–5); n/a for the ids in {@code na}. */
  public static Observations.Builder seed000(String id, int level, String... na) {
    String[] frt = {"", "30h", "20h", "8h", "4h", "1h"};
    String[] rt = {"", "6d", "4d", "2d", "20h", "10h"};
    String[] fcr = {"", "50%", "65%", "75%", "85%", "95%"};
    Observations.Builder b = Observations.builder(id)
        .value("first-response-time", frt[level]).value("resolution-time", rt[level])
        .value("first-contact-resolution", fcr[level]);
    for (String i : List.of("solution-quality", "clarity", "expertise", "emotion-care", "follow-up-visit")) {
      b.value(i, level);
    }
    for (String i : na) {
      b.notApplicable(i);
    }
    return b;
  }

  /** A seed 000 evaluation at {@code level} for {@code subject} in {@code period}. */
  public static Evaluation seed000(String id, String subject, String period, int level) {
    return SEED_000.evaluate(seed000(id, level).subject(subject).period(period).build());
  }

  /** Seed 003 monthly observations scoring {@code points} (0–100 in steps that the rules allow). */
  public static Evaluation seed003(String id, String subject, String period, String fcr, int slips) {
    return SEED_003.evaluate(Observations.builder(id).subject(subject).period(period)
        .value("first-response-time", "20s").value("emotion-management", slips).value("fcr", fcr)
        .value("record-errors", 0).value("recommendation-rate", "12%").build());
  }

  /** Random seed 000 evaluations with a few subjects, tags and periods of every granularity. */
  public static Arbitrary<Evaluation> seed000Evaluations() {
    Arbitrary<String> level = Arbitraries.integers().between(1, 5).map(String::valueOf);
    Arbitrary<String> levelOrNa = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, level), net.jqwik.api.Tuple.of(1, Arbitraries.just("n/a")));
    Arbitrary<String> duration = Arbitraries.integers().between(0, 8 * 24).map(h -> h + "h");
    Arbitrary<String> percent = Arbitraries.integers().between(0, 100).map(p -> p + "%");
    Arbitrary<String> subject = Arbitraries.of("agent-1", "agent-2", "agent-3");
    Arbitrary<String> period = Arbitraries.of("2024-03-15", "2024-05-02", "2024-09-30", "2024-10-01",
        "2024-07", "2024-Q3", "2024", "2025-01-06");
    Arbitrary<String> team = Arbitraries.of("pre-sales", "after-sales", "");
    Arbitrary<Boolean> hasSubject = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, Arbitraries.just(true)), net.jqwik.api.Tuple.of(1, Arbitraries.just(false)));
    return Combinators.combine(List.of(duration, duration, percent, levelOrNa, levelOrNa, level, subject,
            period, team, hasSubject.map(String::valueOf), Arbitraries.strings().numeric().ofLength(6)))
        .as(v -> {
          Observations.Builder b = Observations.builder("ev-" + v.get(10))
              .value("first-response-time", (String) v.get(0)).value("resolution-time", (String) v.get(1))
              .value("first-contact-resolution", (String) v.get(2)).value("solution-quality", (String) v.get(3))
              .value("clarity", (String) v.get(4)).value("expertise", (String) v.get(5))
              .value("emotion-care", (String) v.get(5)).value("follow-up-visit", (String) v.get(3))
              .period((String) v.get(7));
          if (Boolean.parseBoolean((String) v.get(9))) {
            b.subject((String) v.get(6));
          }
          if (!((String) v.get(8)).isEmpty()) {
            b.tag("team", (String) v.get(8));
          }
          return SEED_000.evaluate(b.build());
        });
  }
}
