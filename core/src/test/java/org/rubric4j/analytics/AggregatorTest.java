package org.rubric4j.analytics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.rubric4j.AnalyticsFixtures;
import org.rubric4j.Evaluation;
import org.rubric4j.InvalidValueException;
import org.rubric4j.PeriodUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class AggregatorTest {

  private static final Aggregator BY_AGENT_AND_QUARTER =
      Aggregator.groupingBy(GroupBy.subject(), GroupBy.period(PeriodUnit.QUARTER));

  @Test
  void evaluationsFallIntoTheirSubjectAndQuarter() {
    Aggregator a = BY_AGENT_AND_QUARTER.copy()
        .add(AnalyticsFixtures.seed000("e1", "agent-1", "2024-07-03", 5))
        .add(AnalyticsFixtures.seed000("e2", "agent-1", "2024-09", 3))
        .add(AnalyticsFixtures.seed000("e3", "agent-1", "2024-10-01", 4))
        .add(AnalyticsFixtures.seed000("e4", "agent-2", "2024-Q3", 2));
    assertThat(a.groups().keySet()).extracting(GroupKey::toString).containsExactly(
        "subject=agent-1, period:quarter=2024-Q3", "subject=agent-1, period:quarter=2024-Q4",
        "subject=agent-2, period:quarter=2024-Q3");
    assertThat(a.group("agent-1", "2024-Q3").orElseThrow().total().mean()).contains(new java.math.BigDecimal("4"));
    assertThat(a.exclusions().accepted()).isEqualTo(4);
    assertThat(a.exclusions().isClean()).isTrue();
  }

  @Test
  void aPeriodCoarserThanTheGroupingIsExcludedWithItsReasonNotDropped() {
    Aggregator byMonth = Aggregator.groupingBy(GroupBy.period(PeriodUnit.MONTH))
        .add(AnalyticsFixtures.seed000("e1", "a", "2024-09-17", 5))
        .add(AnalyticsFixtures.seed000("e2", "a", "2024-Q3", 5))
        .add(AnalyticsFixtures.seed000("e3", "a", "2024", 5))
        .add(AnalyticsFixtures.SEED_000.evaluate(AnalyticsFixtures.seed000("e4", 5).build()));
    assertThat(byMonth.exclusions().excluded())
        .containsExactly(entry(DataQuality.NO_PERIOD, 1L), entry(DataQuality.PERIOD_TOO_COARSE, 2L));
    assertThat(byMonth.exclusions().ids(DataQuality.PERIOD_TOO_COARSE)).containsExactly("e2", "e3");
    assertThat(byMonth.exclusions().seen()).isEqualTo(4);
  }

  @Test
  void aMonthCannotBeGroupedByWeek() {
    Aggregator byWeek = Aggregator.groupingBy(GroupBy.period(PeriodUnit.WEEK))
        .add(AnalyticsFixtures.seed000("e1", "a", "2024-09", 5))
        .add(AnalyticsFixtures.seed000("e2", "a", "2024-09-17", 5));
    assertThat(byWeek.exclusions().ids(DataQuality.PERIOD_TOO_COARSE)).containsExactly("e1");
    assertThat(byWeek.groups().keySet()).extracting(GroupKey::toString).containsExactly("period:week=2024-W38");
  }

  @Test
  void missingSubjectsAndTagsAreExcludedByReason() {
    Aggregator byTeam = Aggregator.groupingBy(GroupBy.tag("team"), GroupBy.subject())
        .add(AnalyticsFixtures.SEED_000.evaluate(AnalyticsFixtures.seed000("e1", 5).tag("team", "t").build()))
        .add(AnalyticsFixtures.SEED_000.evaluate(AnalyticsFixtures.seed000("e2", 5).subject("s").build()));
    assertThat(byTeam.exclusions().excluded()).containsExactly(entry("no-subject", 1L), entry("no-tag:team", 1L));
  }

  @Test
  void groupingsReadTheirCommandLineForm() {
    assertThat(GroupBy.parse("subject")).isEqualTo(GroupBy.subject());
    assertThat(GroupBy.parse("tag.team")).isEqualTo(GroupBy.tag("team"));
    assertThat(GroupBy.parse("period:quarter")).isEqualTo(GroupBy.period(PeriodUnit.QUARTER));
    assertThat(GroupBy.period(PeriodUnit.QUARTER)).hasToString("period:quarter");
    assertThatThrownBy(() -> GroupBy.parse("team")).isInstanceOf(InvalidValueException.class)
        .hasMessage("cannot group by \"team\"; write subject, tag.NAME (tag.team) or period:UNIT (period:quarter)");
    assertThatThrownBy(() -> GroupBy.parse("period:decade")).hasMessageContaining("unknown period unit \"decade\"");
  }

  @Test
  void badGroupingsAndMismatchedMergesAreRefused() {
    assertThatThrownBy(() -> Aggregator.groupingBy(GroupBy.subject(), GroupBy.subject()))
        .isInstanceOf(AnalyticsException.class).hasMessage("a grouping is given twice: [subject, subject]");
    assertThatThrownBy(() -> Aggregator.groupingBy(GroupBy.period(PeriodUnit.MONTH), GroupBy.period(PeriodUnit.YEAR)))
        .hasMessage("group by at most one period unit, was [period:month, period:year]");
    assertThatThrownBy(() -> BY_AGENT_AND_QUARTER.merge(Aggregator.groupingBy(GroupBy.subject())))
        .isInstanceOf(AnalyticsException.class)
        .hasMessage("cannot merge an aggregator grouped by [subject] into one grouped by"
            + " [subject, period:quarter]; group both the same way");
    assertThatThrownBy(() -> BY_AGENT_AND_QUARTER.group("agent-1")).isInstanceOf(AnalyticsException.class)
        .hasMessage("this aggregator groups by [subject, period:quarter], so a group needs 2 values, was [agent-1]");
  }

  @Provide
  Arbitrary<List<Evaluation>> evaluations() {
    return AnalyticsFixtures.seed000Evaluations().list().ofMaxSize(40);
  }

  /** One pass over all evaluations. */
  private static Aggregator onePass(List<Evaluation> all) {
    Aggregator a = Aggregator.groupingBy(GroupBy.subject(), GroupBy.tag("team"), GroupBy.period(PeriodUnit.QUARTER));
    all.forEach(a::add);
    return a;
  }

  @Property(tries = 200)
  void mergingPartitionsInAnyOrderEqualsOnePass(@ForAll("evaluations") List<Evaluation> all,
      @ForAll long seed, @ForAll @Size(min = 1, max = 5) List<Integer> cuts) {
    Random random = new Random(seed);
    List<Aggregator> parts = new ArrayList<>();
    for (int k = 0; k < cuts.size(); k++) {
      parts.add(onePass(List.of()));
    }
    all.forEach(e -> parts.get(random.nextInt(parts.size())).add(e));
    Collections.shuffle(parts, random);
    Aggregator merged = parts.stream().reduce(Aggregator::merge).orElseThrow();
    assertThat(merged).isEqualTo(onePass(all));
  }

  @Property(tries = 200)
  void mergeIsAssociative(@ForAll("evaluations") List<Evaluation> a, @ForAll("evaluations") List<Evaluation> b,
      @ForAll("evaluations") List<Evaluation> c) {
    Aggregator x = onePass(a);
    Aggregator y = onePass(b);
    Aggregator z = onePass(c);
    assertThat(x.merge(y).merge(z)).isEqualTo(x.merge(y.merge(z)));
    assertThat(x.merge(y)).isEqualTo(y.merge(x));
  }

  @Property(tries = 100)
  void anAggregatorSurvivesSerialisation(@ForAll("evaluations") List<Evaluation> all) throws Exception {
    Aggregator a = onePass(all);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(a);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(a);
    }
  }

  @Test
  void aParallelStreamCollectsWhatOneThreadInOrderWould() {
    List<org.rubric4j.Evaluation> evaluations = java.util.stream.IntStream.range(0, 4000)
        .mapToObj(k -> AnalyticsFixtures.seed000("e" + k, "agent-" + (k % 37), k % 11 == 0 ? "2024" : "2024-0" + (1 + k % 9),
            1 + k % 5))
        .toList();
    Aggregator sequential = Aggregator.groupingBy(GroupBy.subject(), GroupBy.period(PeriodUnit.MONTH));
    evaluations.forEach(sequential::add);
    Aggregator parallel = evaluations.parallelStream()
        .collect(Aggregator.collector(GroupBy.subject(), GroupBy.period(PeriodUnit.MONTH)));
    assertThat(parallel).isEqualTo(sequential);
    assertThat(parallel.exclusions()).isEqualTo(sequential.exclusions());
    assertThat(parallel.exclusions().excludedCount()).isPositive();
  }

  @Test
  void aCollectorRefusesAGroupingGivenTwiceAtOnce() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Aggregator.collector(GroupBy.subject(), GroupBy.subject()))
        .isInstanceOf(AnalyticsException.class).hasMessageContaining("given twice");
  }
}
