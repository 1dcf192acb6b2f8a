package org.rubric4j.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.Dimension;
import org.rubric4j.Grade;
import org.rubric4j.Interval;
import org.rubric4j.ReportingPeriod;
import org.rubric4j.analytics.Aggregate;
import org.rubric4j.analytics.DataQuality;
import org.rubric4j.analytics.DimensionExtremes;
import org.rubric4j.analytics.GroupKey;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.KpiResult;
import org.rubric4j.analytics.Ranking;
import org.rubric4j.analytics.ScoreDistribution;
import org.rubric4j.analytics.ScoreStatistics;
import org.rubric4j.analytics.StreakRule;
import static org.rubric4j.cli.HtmlPage.esc;

/**
 * The report as one self-contained HTML page a quality manager can print: no script, no
 * external file, every chart an inline SVG ({@link Svg}) in the frame of {@link HtmlPage}.
 * This class writes the sections: summary, grade distribution, dimension means (overall bars
 * and a groups × dimensions table), trend over periods, ranking with the top 10 %, KPI
 * attainment, period rules, score categories, data quality.
 */
final class ReportHtml {

  private final ReportData d;
  private final StringBuilder out = new StringBuilder();

  private ReportHtml(ReportData d) {
    this.d = d;
  }

  static String of(ReportData d, String dataName) {
    return new ReportHtml(d).page(dataName);
  }

  private String page(String dataName) {
    String title = d.rubric.name().orElse(d.rubric.id());
    HtmlPage.start(out, title);
    out.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">Rubric <b>").append(esc(d.rubric.id()))
        .append("</b>").append(d.rubric.version().map(v -> " version " + esc(v)).orElse(""))
        .append(" · data ").append(esc(dataName)).append(" · grouped by ")
        .append(esc(String.join(", ", d.groupBy.stream().map(Object::toString).toList())))
        .append(" · made by rubric4j</p>\n");
    summary();
    grades();
    dimensions();
    trend();
    ranking();
    kpis();
    periodRules();
    categories();
    quality();
    HtmlPage.end(out);
    return out.toString();
  }

  // ---- sections -----------------------------------------------------------------------------

  private void summary() {
    Aggregate all = d.all();
    String scale = d.rubric.scale().toPlainString();
    out.append("<section>\n<div class=\"cards\">\n");
    card(Long.toString(all.count()), "evaluations scored");
    card(d.mean(all.total()).orElse("–") + " <small>/ " + scale + "</small>", "mean total");
    card(all.total().min().map(d::score).orElse("–") + " – " + all.total().max().map(d::score).orElse("–"),
        "lowest – highest total");
    card(Long.toString(all.vetoedCount()), "vetoed");
    card(Long.toString(d.quality().excludedCount()), "rows excluded (see data quality)");
    out.append("</div>\n");
    d.extremes(all).ifPresent(x -> out.append("<p>Strongest dimension: <b>").append(names(x.strongest()))
        .append("</b> (mean ").append(d.score(x.highestMean())).append("). Weakest dimension: <b>")
        .append(names(x.weakest())).append("</b> (mean ").append(d.score(x.lowestMean()))
        .append(") — the first place to improve.</p>\n"));
    out.append("</section>\n");
  }

  private void card(String value, String label) {
    out.append("<div class=\"card\"><div class=\"v\">").append(value).append("</div><div class=\"l\">")
        .append(esc(label)).append("</div></div>\n");
  }

  private void grades() {
    Aggregate all = d.all();
    List<Grade> grades = d.rubric.grades();
    out.append("<section>\n<h2>").append(grades.isEmpty() ? "Distribution of totals" : "Grade distribution").append("</h2>\n");
    if (grades.isEmpty()) {
      out.append("<p class=\"note\">This rubric defines no grades; the totals are shown in ten equal ranges of its scale.</p>\n");
      histogram();
    } else {
      List<Svg.Bar> bars = new ArrayList<>();
      long n = Math.max(1, all.count());
      for (int i = 0; i < grades.size(); i++) {
        Grade g = grades.get(i);
        long c = all.total().gradeCounts().getOrDefault(g.id(), 0L);
        bars.add(new Svg.Bar(g.displayName() + " " + g.range(), c, c + " (" + percent(c, n) + ")",
            Svg.hue(i, grades.size())));
      }
      out.append(Svg.hbars(bars, Svg.maxOf(bars)));
    }
    out.append("</section>\n");
  }

  private void histogram() {
    double scale = d.rubric.scale().doubleValue();
    long[] bins = d.tenths();
    List<Svg.Bar> bars = new ArrayList<>();
    for (int b = 9; b >= 0; b--) {
      String from = Svg.trim(scale * b / 10);
      String to = Svg.trim(scale * (b + 1) / 10);
      bars.add(new Svg.Bar("[" + from + ", " + to + (b == 9 ? "]" : ")"), bins[b], Long.toString(bins[b]),
          Svg.hue(9 - b, 10)));
    }
    out.append(Svg.hbars(bars, Svg.maxOf(bars)));
  }

  private void dimensions() {
    Aggregate all = d.all();
    double scale = d.rubric.scale().doubleValue();
    out.append("<section>\n<h2>Dimension means</h2>\n<p class=\"note\">Each dimension's own score on the rubric's scale (0–")
        .append(d.rubric.scale().toPlainString()).append("); the weakest is outlined in red.</p>\n");
    Optional<DimensionExtremes> x = d.extremes(all);
    List<Svg.Bar> bars = new ArrayList<>();
    for (Dimension dim : d.dimensions) {
      Optional<BigDecimal> mean = all.dimension(dim.id()).flatMap(ScoreStatistics::mean);
      boolean weak = x.map(e -> e.weakest().contains(dim.id())).orElse(false);
      bars.add(new Svg.Bar(dim.displayName(), mean.map(BigDecimal::doubleValue).orElse(0.0),
          mean.map(d::score).orElse("–"), weak ? "#c0392b" : "#2f6fb3"));
    }
    out.append(Svg.hbars(bars, scale));
    Map<GroupKey, Aggregate> groups = d.groups();
    out.append("<h3 style=\"font-size:14px\">By ").append(esc(String.join(", ", d.groupBy.stream()
        .map(Object::toString).toList()))).append("</h3>\n<table>\n<tr><th>group</th><th class=\"n\">n</th><th class=\"n\">mean total</th>");
    for (Dimension dim : d.dimensions) {
      out.append("<th class=\"n\">").append(esc(dim.displayName())).append("</th>");
    }
    out.append("</tr>\n");
    for (Map.Entry<GroupKey, Aggregate> g : groups.entrySet()) {
      Aggregate a = g.getValue();
      List<String> weakest = d.weakest(a);
      out.append("<tr><td>").append(esc(ReportData.label(g.getKey()))).append("</td><td class=\"n\">").append(a.count())
          .append("</td><td class=\"n\">").append(d.mean(a.total()).orElse("–")).append("</td>");
      for (Dimension dim : d.dimensions) {
        Optional<BigDecimal> mean = a.dimension(dim.id()).flatMap(ScoreStatistics::mean);
        double f = mean.map(m -> m.doubleValue() / scale).orElse(0.0);
        out.append("<td class=\"n").append(weakest.contains(dim.id()) ? " weak" : "").append("\" style=\"background:")
            .append(mean.isPresent() ? Svg.heat(f) : "#fff").append("\">").append(mean.map(d::score).orElse("–")).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
    if (!d.groupExclusions().isClean()) {
      out.append("<p class=\"note\">Not in any group: ").append(esc(d.groupExclusions().summary().replace('\n', ';')))
          .append("</p>\n");
    }
    out.append("</section>\n");
  }

  private void trend() {
    out.append("<section>\n<h2>Trend by ").append(d.trendUnit.key()).append("</h2>\n");
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    d.trend().forEach((k, a) -> a.total().mean().ifPresent(m -> {
      labels.add(k.values().get(0));
      values.add(m.doubleValue());
      texts.add(d.score(m));
    }));
    if (labels.isEmpty()) {
      out.append("<p class=\"note\">No evaluation has a period, so there is no trend.</p>\n");
    } else {
      out.append(Svg.line(labels, values, texts));
    }
    if (!d.trendExclusions().isClean()) {
      out.append("<p class=\"note\">Not in the trend: ").append(esc(d.trendExclusions().summary().replace('\n', ';')))
          .append("</p>\n");
    }
    out.append("</section>\n");
  }

  private void ranking() {
    Ranking<GroupKey> r = d.ranking();
    out.append("<section>\n<h2>Ranking of subjects by mean total</h2>\n");
    if (r.size() == 0) {
      out.append("<p class=\"note\">No evaluation names a subject.</p>\n</section>\n");
      return;
    }
    Set<GroupKey> top = d.top();
    out.append("<p class=\"note\">").append(top.size()).append(" of ").append(r.size())
        .append(" subjects are in the top 10 % (highlighted ★; ties at the cut-off are all included).")
        .append(" Equal means share a rank.</p>\n");
    out.append("<table>\n<tr><th class=\"n\">rank</th><th>subject</th><th class=\"n\">mean total</th>"
        + "<th class=\"n\">percentile</th><th></th></tr>\n");
    for (Ranking.Entry<GroupKey> e : r.entries()) {
      boolean isTop = top.contains(e.key());
      out.append("<tr").append(isTop ? " class=\"top\"" : "").append("><td class=\"n\">").append(e.rank())
          .append("</td><td>").append(esc(e.key().values().get(0))).append("</td><td class=\"n\">").append(d.score(e.score()))
          .append("</td><td class=\"n\">").append(ReportData.fixed(e.percentile(), 1)).append("</td><td>")
          .append(isTop ? "★ top 10 %" : "").append("</td></tr>\n");
    }
    out.append("</table>\n</section>\n");
  }

  private void kpis() {
    if (d.analytics.kpis().isEmpty()) {
      return;
    }
    out.append("<section>\n<h2>KPI attainment</h2>\n<table>\n<tr><th>KPI</th><th>measures</th><th>target</th>"
        + "<th class=\"n\">actual</th><th>overall</th><th class=\"n\">groups meeting it</th></tr>\n");
    Map<GroupKey, Aggregate> groups = d.groups();
    List<Map.Entry<Kpi, Optional<KpiResult>>> overall = d.kpis(d.all());
    for (int i = 0; i < overall.size(); i++) {
      Kpi k = overall.get(i).getKey();
      Optional<KpiResult> r = overall.get(i).getValue();
      long met = 0;
      for (Aggregate a : groups.values()) {
        if (d.kpis(a).get(i).getValue().map(KpiResult::met).orElse(false)) {
          met++;
        }
      }
      out.append("<tr><td>").append(esc(k.displayName())).append("</td><td>").append(esc(k.statistic().key()))
          .append(" of ").append(esc(k.source().toString())).append("</td><td>").append(esc(k.target().toString()))
          .append("</td><td class=\"n\">").append(r.map(this::actual).orElse("–")).append("</td><td>");
      if (r.isEmpty()) {
        out.append("<span class=\"badge na\">not in this data</span>");
      } else {
        out.append(r.get().met() ? "<span class=\"badge met\">met</span>" : "<span class=\"badge miss\">not met</span>");
      }
      out.append("</td><td class=\"n\">").append(r.isEmpty() ? "–" : met + " of " + groups.size()).append("</td></tr>\n");
    }
    out.append("</table>\n<p class=\"note\">A KPI measured outside the evaluations (external.NAME) is listed with its "
        + "target; its figure comes from another system.</p>\n</section>\n");
  }

  private String actual(KpiResult r) {
    String e = r.explanation();
    int is = e.lastIndexOf(" is ");
    int comma = e.lastIndexOf(", ");
    return is >= 0 && comma > is ? esc(e.substring(is + 4, comma)) : r.actual().map(BigDecimal::toPlainString).orElse("–");
  }

  private void periodRules() {
    Map<StreakRule, List<StreakRule.Match>> rules = d.periodRules();
    if (rules.isEmpty()) {
      return;
    }
    out.append("<section>\n<h2>Period rules</h2>\n");
    for (Map.Entry<StreakRule, List<StreakRule.Match>> r : rules.entrySet()) {
      StreakRule rule = r.getKey();
      String grade = d.rubric.grades().stream().filter(g -> g.id().equals(rule.grade())).findFirst()
          .map(Grade::displayName).orElse(rule.grade());
      out.append("<p><b>").append(esc(rule.id())).append("</b>: grade ").append(esc(grade)).append(" in ")
          .append(rule.consecutive()).append(" consecutive ").append(rule.unit().key()).append("s — ")
          .append(r.getValue().isEmpty() ? "nobody." : r.getValue().size() + " subject run(s):").append("</p>\n");
      if (!r.getValue().isEmpty()) {
        out.append("<table>\n<tr><th>subject</th><th>periods</th></tr>\n");
        for (StreakRule.Match m : r.getValue()) {
          out.append("<tr><td>").append(esc(m.subject())).append("</td><td>")
              .append(esc(String.join(", ", m.periods().stream().map(ReportingPeriod::toString).toList()))).append("</td></tr>\n");
        }
        out.append("</table>\n");
      }
    }
    out.append("</section>\n");
  }

  private void categories() {
    Map<String, ScoreDistribution> categories = d.categories();
    if (categories.isEmpty()) {
      return;
    }
    out.append("<section>\n<h2>Score categories</h2>\n");
    Map<String, Interval> declared = d.analytics.categories().orElseThrow().categories();
    List<String> ids = new ArrayList<>(declared.keySet());
    List<String> labels = new ArrayList<>();
    List<List<Svg.Share>> rows = new ArrayList<>();
    for (Map.Entry<String, ScoreDistribution> c : categories.entrySet()) {
      labels.add(d.rubric.indicator(c.getKey()).map(i -> i.displayName()).orElse(c.getKey()));
      List<Svg.Share> row = new ArrayList<>();
      for (String id : ids) {
        double share = c.getValue().share(id).map(BigDecimal::doubleValue).orElse(0.0);
        row.add(new Svg.Share(share, ReportData.fixed(BigDecimal.valueOf(share * 100), 1) + " %"));
      }
      rows.add(row);
    }
    List<String> legend = ids.stream().map(id -> id + " " + declared.get(id)).toList();
    out.append(Svg.shares(labels, rows, legend)).append("</section>\n");
  }

  private void quality() {
    DataQuality q = d.quality();
    out.append("<section>\n<h2>Data quality</h2>\n<p>").append(q.seen()).append(" rows read: ").append(q.accepted())
        .append(" scored, ").append(q.excludedCount()).append(" excluded. Nothing is dropped silently: every excluded row is")
        .append(" counted here with its reason (and listed on standard error as DATA:LINE: ID: REASON).</p>\n");
    if (!q.isClean()) {
      out.append("<table>\n<tr><th>reason</th><th class=\"n\">rows</th><th>ids (first ").append(DataQuality.ID_CAP)
          .append(")</th></tr>\n");
      new java.util.TreeMap<>(q.excluded()).forEach((reason, n) -> out.append("<tr><td>").append(esc(reason))
          .append("</td><td class=\"n\">").append(n).append("</td><td>").append(esc(String.join(", ", q.ids(reason))))
          .append("</td></tr>\n"));
      out.append("</table>\n");
    }
    out.append("</section>\n");
  }

  private String names(List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      out.add(esc(d.rubric.dimension(id).map(Dimension::displayName).orElse(id)));
    }
    return String.join(", ", out);
  }

  private static String percent(long part, long whole) {
    return ReportData.fixed(BigDecimal.valueOf(part * 100.0 / whole), 1) + " %";
  }
}
