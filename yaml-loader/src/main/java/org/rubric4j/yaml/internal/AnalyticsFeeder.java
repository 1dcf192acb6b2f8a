package org.rubric4j.yaml.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.Grade;
import org.rubric4j.PeriodUnit;
import org.rubric4j.Rubric;
import org.rubric4j.RubricException;
import org.rubric4j.analytics.AnalyticsException;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.ScoreCategories;
import org.rubric4j.analytics.StreakRule;
import org.rubric4j.internal.Text;
import org.rubric4j.yaml.RubricAnalytics;
import org.rubric4j.yaml.internal.Definition.KpiDoc;
import org.rubric4j.yaml.internal.Definition.PeriodRuleDoc;
import org.rubric4j.yaml.internal.Definition.RubricDoc;

/**
 * Builds the {@code kpis}, {@code periodRules} and {@code categories} of a rubric file through
 * the core's own types ({@link Kpi}, {@link StreakRule}, {@link ScoreCategories}), reporting each
 * problem at the path of the offending key. With the rubric (when it could be built), KPI sources
 * and period-rule grades are checked against it too.
 */
final class AnalyticsFeeder {

  /** Where a problem goes: path, code, message. */
  interface Sink {
    void issue(String path, String code, String message);
  }

  private final Sink sink;
  private boolean failed;

  private AnalyticsFeeder(Sink sink) {
    this.sink = sink;
  }

  /** The analytics of {@code doc}, or empty when any of them is wrong (every problem reported). */
  static Optional<RubricAnalytics> feed(RubricDoc doc, Rubric rubric, Sink sink) {
    AnalyticsFeeder f = new AnalyticsFeeder(sink);
    List<Kpi> kpis = f.kpis(doc.kpis(), rubric);
    List<StreakRule> rules = f.rules(doc.periodRules(), rubric);
    Optional<ScoreCategories> categories = f.categories(doc.categories());
    return f.failed ? Optional.empty() : Optional.of(new RubricAnalytics(kpis, rules, categories));
  }

  private void issue(String path, String code, String message) {
    failed = true;
    sink.issue(path, code, message);
  }

  private List<Kpi> kpis(List<KpiDoc> docs, Rubric rubric) {
    List<Kpi> out = new ArrayList<>();
    if (docs == null) {
      return out;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < docs.size(); i++) {
      KpiDoc d = docs.get(i);
      String path = "kpis[" + i + "]";
      if (d == null || d.id() == null || d.of() == null || d.target() == null) {
        failed = true; // already reported by the binder or validation
        continue;
      }
      if (!ids.add(d.id())) {
        issue(path + ".id", "duplicate-id", "KPI id `" + d.id() + "` is used twice; KPI ids must be unique");
        continue;
      }
      Kpi.Builder b = Kpi.builder(d.id());
      if (d.name() != null) {
        b.name(d.name());
      }
      if (d.statistic() != null) {
        b.statistic(d.statistic());
      }
      boolean ok = true;
      try {
        b.of(d.of());
      } catch (AnalyticsException e) {
        issue(path + ".of", "invalid", e.getMessage());
        ok = false;
      }
      try {
        b.target(d.target());
      } catch (AnalyticsException e) {
        issue(path + ".target", "invalid", e.getMessage());
        ok = false;
      }
      if (!ok) {
        continue;
      }
      try {
        Kpi kpi = b.build();
        if (rubric != null) {
          kpi.validate(rubric);
        }
        out.add(kpi);
      } catch (RubricException e) {
        String at = e.path() != null && e.path().endsWith(".of") ? ".of" : ".target";
        issue(path + at, "invalid", e.getMessage());
      }
    }
    return out;
  }

  private List<StreakRule> rules(List<PeriodRuleDoc> docs, Rubric rubric) {
    List<StreakRule> out = new ArrayList<>();
    if (docs == null) {
      return out;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < docs.size(); i++) {
      PeriodRuleDoc d = docs.get(i);
      String path = "periodRules[" + i + "]";
      if (d == null || d.id() == null || d.grade() == null || d.consecutive() == null || d.period() == null
          || d.consecutive() < 2) {
        failed = true;
        continue;
      }
      if (!ids.add(d.id())) {
        issue(path + ".id", "duplicate-id", "period rule id `" + d.id() + "` is used twice; period rule ids must be unique");
        continue;
      }
      if (rubric != null && rubric.grades().stream().map(Grade::id).noneMatch(d.grade()::equals)) {
        List<String> grades = rubric.grades().stream().map(Grade::id).toList();
        issue(path + ".grade", "unknown-grade", grades.isEmpty()
            ? "period rule " + d.id() + " names grade `" + d.grade() + "`, but the rubric has no grades"
            : "period rule " + d.id() + " names grade `" + d.grade() + "`, which the rubric does not have; its grades are "
                + String.join(", ", grades) + Text.didYouMean(d.grade(), grades));
        continue;
      }
      try {
        out.add(StreakRule.of(d.id(), d.grade(), d.consecutive(), PeriodUnit.ofKey(d.period())));
      } catch (RubricException e) {
        issue(path, "invalid", e.getMessage());
      }
    }
    return out;
  }

  private Optional<ScoreCategories> categories(Map<String, String> ranges) {
    if (ranges == null) {
      return Optional.empty();
    }
    if (ranges.isEmpty()) {
      issue("categories", "empty", "`categories` must name at least one category, such as satisfied: \"[4, 5]\"");
      return Optional.empty();
    }
    ScoreCategories.Builder b = ScoreCategories.builder();
    boolean ok = true;
    for (Map.Entry<String, String> e : ranges.entrySet()) {
      try {
        b.category(e.getKey(), e.getValue());
      } catch (RubricException x) {
        issue("categories." + e.getKey(), "invalid", x.getMessage());
        ok = false;
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (RubricException x) {
      issue("categories", "invalid", x.getMessage());
      return Optional.empty();
    }
  }
}
