package org.rubric4j.analytics;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rubric4j.Evaluation;
import org.rubric4j.Observations;
import org.rubric4j.Rubric;
import org.rubric4j.report.Reporter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

/** Aggregations never mix rubrics or rubric versions silently. */
class RubricVersionsTest {

  private static Rubric rubric(String id, String version) {
    var b = Rubric.builder(id);
    if (version != null) {
      b.version(version);
    }
    return b.dimension("d", d -> d.indicator("q", i -> i.levels().range(1, 5))).build();
  }

  private static Evaluation scored(Rubric r, String id, int q) {
    return r.evaluate(Observations.builder(id).subject("ann").value("q", q).build());
  }

  private static final Rubric V1 = rubric("form", "1.0");
  private static final Rubric V2 = rubric("form", "2.0");

  @Test
  void anAggregateSaysWhichVersionItHoldsAndRefusesAnother() {
    Aggregate a = Aggregate.of(List.of(scored(V1, "e1", 5), scored(V1, "e2", 3)));
    assertThat(a.rubricId()).contains("form");
    assertThat(a.versions()).containsExactly(entry("1.0", 2L));
    assertThatThrownBy(() -> a.add(scored(V2, "e3", 4))).isInstanceOf(AnalyticsException.class)
        .hasMessage("evaluations of rubric `form` version 2.0 cannot be aggregated with those of version 1.0:"
            + " they were scored by different rules; group by version (GroupBy.version(), --group-by version)");
    assertThat(catchThrowableOfType(() -> a.add(scored(V2, "e3", 4)), AnalyticsException.class).path()).isEqualTo("version");
    assertThat(a.count()).isEqualTo(2);
    Aggregate unversioned = Aggregate.of(List.of(scored(rubric("form", null), "e4", 1)));
    assertThat(unversioned.versions()).containsExactly(entry(Aggregate.NO_VERSION, 1L));
    assertThatThrownBy(() -> a.merge(unversioned)).hasMessageContaining("without a version cannot be aggregated");
  }

  @Test
  void evaluationsOfAnotherRubricAreRefused() {
    Aggregate a = Aggregate.of(List.of(scored(V1, "e1", 5)));
    assertThatThrownBy(() -> a.add(scored(rubric("other", "1.0"), "e2", 5))).isInstanceOf(AnalyticsException.class)
        .hasMessage("evaluations of rubric `other` cannot be aggregated with those of rubric `form`:"
            + " aggregate each rubric on its own");
    Aggregator byVersion = Aggregator.groupingBy(GroupBy.version());
    byVersion.add(scored(V1, "e1", 5));
    assertThatThrownBy(() -> byVersion.add(scored(rubric("other", "1.0"), "e2", 5)))
        .hasMessageContaining("rubric `other` cannot be aggregated");
  }

  @Test
  void groupedByVersionEachVersionHasItsOwnGroups() {
    Aggregator a = Aggregator.groupingBy(GroupBy.version(), GroupBy.subject());
    a.add(scored(V1, "e1", 5)).add(scored(V2, "e2", 1)).add(scored(V1, "e3", 3));
    assertThat(a.group("1.0", "ann").orElseThrow().versions()).containsExactly(entry("1.0", 2L));
    assertThat(a.group("2.0", "ann").orElseThrow().count()).isEqualTo(1);
    assertThat(GroupBy.parse("version")).isEqualTo(GroupBy.version());
    assertThat(GroupBy.version().toString()).isEqualTo("version");
    Aggregator other = Aggregator.groupingBy(GroupBy.version(), GroupBy.subject()).add(scored(V2, "e4", 2));
    assertThat(a.merge(other).group("2.0", "ann").orElseThrow().count()).isEqualTo(2);
  }

  @Test
  void withoutVersionGroupingASecondVersionIsRefusedEvenInAnotherGroup() {
    Aggregator bySubject = Aggregator.groupingBy(GroupBy.subject());
    bySubject.add(scored(V1, "e1", 5));
    Evaluation bob = V2.evaluate(Observations.builder("e2").subject("bob").value("q", 1).build());
    assertThatThrownBy(() -> bySubject.add(bob)).isInstanceOf(AnalyticsException.class)
        .hasMessageContaining("version 2.0 cannot be aggregated with those of version 1.0");
    Aggregator v2 = Aggregator.groupingBy(GroupBy.subject()).add(bob);
    assertThatThrownBy(() -> bySubject.merge(v2)).hasMessageContaining("group by version");
  }

  @Test
  void aReportSaysWhichVersionItHoldsAndHowMany() {
    Reporter reporter = Reporter.builder(V1).build();
    reporter.add(scored(V1, "e1", 5));
    reporter.add(scored(V1, "e2", 4));
    assertThat(reporter.report().versions()).containsExactly(entry("1.0", 2L));
    assertThatThrownBy(() -> reporter.add(scored(V2, "e3", 4))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 2.0");
  }
}
