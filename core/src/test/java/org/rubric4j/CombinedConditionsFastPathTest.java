package org.rubric4j;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conditions on tags combined with all / any / not stay on the fast path, which then gives
 * exactly what the general path gives: totals, grades and every node's result. Rubrics and
 * observations come from a seed, so a failure prints both.
 */
class CombinedConditionsFastPathTest {

  private static final String[] CHANNELS = {"phone", "chat", "mail"};
  private static final String[] TEAMS = {"pilot", "core"};

  @Property(tries = 400)
  void theFastPathAgreesOnCombinedTagConditions(@ForAll long seed) {
    check(seed);
  }

  /** The property is only worth something if the fast path is taken. */
  @Test
  void generatedObservationsOftenTakeTheFastPath() {
    int fast = 0;
    for (long seed = 0; seed < 100; seed++) {
      fast += check(seed);
    }
    assertThat(fast).isGreaterThan(100 * 10 / 2);
  }

  private static int check(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Rubric rubric = rubric(random);
    int fastCount = 0;
    for (int k = 0; k < 10; k++) {
      Observations o = observations(rubric, random, "ev-" + k);
      Evaluation fast = rubric.evaluateOnFastPath(o);
      String context = "seed " + seed + ": " + rubric.allIndicators().map(i -> i.id() + " " + i.appliesWhen()).toList()
          + "\n" + o + " " + o.tags();
      Evaluation general;
      try {
        general = rubric.evaluateOnGeneralPath(o);
      } catch (ObservationException nothing) {
        assertThat(fast).as(context).isNull();
        continue;
      }
      if (fast != null) {
        fastCount++;
        assertThat(fast.total()).as(context).isEqualTo(general.total());
        assertThat(fast.grade()).as(context).isEqualTo(general.grade());
        assertThat(fast.dimensions()).as(context).isEqualTo(general.dimensions());
      }
    }
    return fastCount;
  }

  private static Rubric rubric(SplittableRandom random) {
    RubricBuilder b = Rubric.builder("combined").missing(MissingPolicy.NOT_APPLICABLE)
        .grade("low", g -> g.range("[0, 50)")).grade("high", g -> g.range("[50, 100]"));
    int dims = 1 + random.nextInt(3);
    for (int d = 0; d < dims; d++) {
      int dim = d;
      b.dimension("d" + d, db -> {
        if (dim > 0 && random.nextInt(3) == 0) {
          db.appliesWhen(condition(random, 2));
        }
        int indicators = 1 + random.nextInt(3);
        for (int i = 0; i < indicators; i++) {
          boolean conditioned = !(dim == 0 && i == 0) && random.nextBoolean();
          Condition c = conditioned ? condition(random, 2) : null;
          db.indicator("d" + dim + "-i" + i, ib -> {
            if (c != null) {
              ib.appliesWhen(c);
            }
            ib.levels().range(0, 1 + random.nextInt(5));
          });
        }
      });
    }
    return b.build();
  }

  private static Condition condition(SplittableRandom random, int depth) {
    int kind = depth == 0 ? 0 : random.nextInt(4);
    return switch (kind) {
      case 0 -> random.nextBoolean() ? Condition.tagIn("channel", pick(random, CHANNELS))
          : Condition.tagIn("team", pick(random, TEAMS));
      case 1 -> Condition.not(condition(random, depth - 1));
      case 2 -> Condition.all(condition(random, depth - 1), condition(random, depth - 1));
      default -> Condition.any(condition(random, depth - 1), condition(random, depth - 1));
    };
  }

  private static String pick(SplittableRandom random, String[] options) {
    return options[random.nextInt(options.length)];
  }

  private static Observations observations(Rubric rubric, SplittableRandom random, String id) {
    Observations.Builder b = Observations.builder(id);
    if (random.nextInt(4) > 0) {
      b.tag("channel", pick(random, CHANNELS));
    }
    if (random.nextBoolean()) {
      b.tag("team", pick(random, TEAMS));
    }
    List<Indicator> all = new ArrayList<>(rubric.allIndicators().toList());
    for (Indicator i : all) {
      int max = i.rule().maximum().intValue();
      switch (random.nextInt(8)) {
        case 0 -> b.notApplicable(i.id());
        case 1 -> { } // missing: not applicable
        default -> b.value(i.id(), random.nextInt(max + 1));
      }
    }
    return b.build();
  }
}
