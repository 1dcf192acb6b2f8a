package org.rubric4j.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rubric4j.Dimension;
import org.rubric4j.Grade;
import org.rubric4j.Interval;
import org.rubric4j.ReportingPeriod;
import org.rubric4j.Rubric;
import org.rubric4j.analytics.DataQuality;
import org.rubric4j.analytics.DimensionExtremes;
import org.rubric4j.analytics.Kpi;
import org.rubric4j.analytics.KpiResult;
import org.rubric4j.analytics.ScoreDistribution;
import org.rubric4j.analytics.ScoreStatistics;
import org.rubric4j.analytics.StreakRule;
import org.rubric4j.report.GroupReport;
import org.rubric4j.report.KpiOutcome;
import org.rubric4j.report.PeriodRuleOutcome;
import org.rubric4j.report.RankedSubject;
import org.rubric4j.report.Report;
import static org.rubric4j.cli.HtmlPage.esc;

/**
 * The report as one self-contained HTML page a quality manager can print: no script, no
 * external file, every chart an inline SVG ({@link Svg}) in the frame of {@link HtmlPage}.
 * This class writes the sections: summary, grade distribution, dimension means (overall bars
 * and a groups × dimensions table), trend over periods, ranking with the top 10 %, KPI
 * attainment, period rules, score categories, data quality.
 */
final class ReportHtml {

  private final Report d;
  private final Rubric rubric;
  private final StringBuilder out = new StringBuilder();

  private ReportHtml(Report d) {
    this.d = d;
    this.rubric = d.rubric();
  }

  static String of(Report d, String dataName) {
    return new ReportHtml(d).page(dataName);
  }

  private String page(String dataName) {
    String title = rubric.name().orElse(rubric.id());
    HtmlPage.start(out, title);
    out.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">Rubric <b>").append(esc(rubric.id()))
        .append("</b>").append(rubric.version().map(v -> " version " + esc(v)).orElse(""))
        .append(" · data ").append(esc(dataName)).append(" · grouped by ")
        .append(esc(String.join(", ", d.groupBy().stream().map(Object::toString).toList())))
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
    GroupReport all = d.summary();
    String scale = rubric.scale().toPlainString();
    out.append("<section>\n<div class=\"cards\">\n");
    card(Long.toString(all.count()), "evaluations scored");
    card(ReportData.text(all.mean(), "–") + " <small>/ " + scale + "</small>", "mean total");
    card(ReportData.text(all.min(), "–") + " – " + ReportData.text(all.max(), "–"), "lowest – highest total");
    card(Long.toString(all.vetoed()), "vetoed");
    card(Long.toString(d.quality().excludedCount()), "rows excluded (see data quality)");
    out.append("</div>\n");
    all.extremes().ifPresent(x -> out.append("<p>Strongest dimension: <b>").append(names(x.strongest()))
        .append("</b> (mean ").append(ReportData.text(all.dimensionMean(x.strongest().get(0)), "–"))
        .append("). Weakest dimension: <b>")
        .append(names(x.weakest())).append("</b> (mean ").append(ReportData.text(all.dimensionMean(x.weakest().get(0)), "–"))
        .append(") — the first place to improve.</p>\n"));
    out.append("</section>\n");
  }

  private void card(String value, String label) {
    out.append("<div class=\"card\"><div class=\"v\">").append(value).append("</div><div class=\"l\">")
        .append(esc(label)).append("</div></div>\n");
  }

  private void grades() {
    GroupReport all = d.summary();
    List<Grade> grades = rubric.grades();
    out.append("<section>\n<h2>").append(grades.isEmpty() ? "Distribution of totals" : "Grade distribution").append("</h2>\n");
    if (grades.isEmpty()) {
      out.append("<p class=\"note\">This rubric defines no grades; the totals are shown in ten equal ranges of its scale.</p>\n");
      histogram();
    } else {
      List<Svg.Bar> bars = new ArrayList<>();
      long n = Math.max(1, all.count());
      for (int i = 0; i < grades.size(); i++) {
        Grade g = grades.get(i);
        long c = all.grades().get(g.id());
        bars.add(new Svg.Bar(g.displayName() + " " + g.range(), c, c + " (" + percent(c, n) + ")",
            Svg.hue(i, grades.size())));
      }
      out.append(Svg.hbars(bars, Svg.maxOf(bars)));
    }
    out.append("</section>\n");
  }

  private void histogram() {
    double scale = rubric.scale().doubleValue();
    List<Long> bins = d.distribution();
    List<Svg.Bar> bars = new ArrayList<>();
    for (int b = 9; b >= 0; b--) {
      String from = Svg.trim(scale * b / 10);
      String to = Svg.trim(scale * (b + 1) / 10);
      bars.add(new Svg.Bar("[" + from + ", " + to + (b == 9 ? "]" : ")"), bins.get(b), Long.toString(bins.get(b)),
          Svg.hue(9 - b, 10)));
    }
    out.append(Svg.hbars(bars, Svg.maxOf(bars)));
  }

  private void dimensions() {
    GroupReport all = d.summary();
    double scale = rubric.scale().doubleValue();
    out.append("<section>\n<h2>Dimension means</h2>\n<p class=\"note\">Each dimension's own score on the rubric's scale (0–")
        .append(rubric.scale().toPlainString()).append("); the weakest is outlined in red.</p>\n");
    Optional<DimensionExtremes> x = all.extremes();
    List<Dimension> dimensions = d.dimensions().stream().map(id -> rubric.dimension(id).orElseThrow()).toList();
    List<Svg.Bar> bars = new ArrayList<>();
    for (Dimension dim : dimensions) {
      Optional<BigDecimal> mean = all.dimension(dim.id()).flatMap(ScoreStatistics::mean);
      boolean weak = x.map(e -> e.weakest().contains(dim.id())).orElse(false);
      bars.add(new Svg.Bar(dim.displayName(), mean.map(BigDecimal::doubleValue).orElse(0.0),
          ReportData.text(all.dimensionMean(dim.id()), "–"), weak ? "#c0392b" : "#2f6fb3"));
    }
    out.append(Svg.hbars(bars, scale));
    out.append("<h3 style=\"font-size:14px\">By ").append(esc(String.join(", ", d.groupBy().stream()
        .map(Object::toString).toList()))).append("</h3>\n<table>\n<tr><th>group</th><th class=\"n\">n</th><th class=\"n\">mean total</th>");
    for (Dimension dim : dimensions) {
      out.append("<th class=\"n\">").append(esc(dim.displayName())).append("</th>");
    }
    out.append("</tr>\n");
    for (GroupReport a : d.groups()) {
      List<String> weakest = a.weakest();
      out.append("<tr><td>").append(esc(a.label())).append("</td><td class=\"n\">").append(a.count())
          .append("</td><td class=\"n\">").append(ReportData.text(a.mean(), "–")).append("</td>");
      for (Dimension dim : dimensions) {
        Optional<BigDecimal> mean = a.dimension(dim.id()).flatMap(ScoreStatistics::mean);
        double f = mean.map(m -> m.doubleValue() / scale).orElse(0.0);
        out.append("<td class=\"n").append(weakest.contains(dim.id()) ? " weak" : "").append("\" style=\"background:")
            .append(mean.isPresent() ? Svg.heat(f) : "#fff").append("\">").append(ReportData.text(a.dimensionMean(dim.id()), "–")).append("</td>");
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
    out.append("<section>\n<h2>Trend by ").append(d.trendUnit().key()).append("</h2>\n");
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (GroupReport p : d.trend()) {
      p.total().mean().ifPresent(m -> {
        labels.add(p.key().values().get(0));
        values.add(m.doubleValue());
        texts.add(ReportData.text(p.mean(), "–"));
      });
    }
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
    List<RankedSubject> r = d.ranking();
    out.append("<section>\n<h2>Ranking of subjects by mean total</h2>\n");
    if (r.isEmpty()) {
      out.append("<p class=\"note\">No evaluation names a subject.</p>\n</section>\n");
      return;
    }
    long top = r.stream().filter(RankedSubject::top).count();
    out.append("<p class=\"note\">").append(top).append(" of ").append(r.size())
        .append(" subjects are in the top 10 % (highlighted ★; ties at the cut-off are all included).")
        .append(" Equal means share a rank.</p>\n");
    out.append("<table>\n<tr><th class=\"n\">rank</th><th>subject</th><th class=\"n\">mean total</th>"
        + "<th class=\"n\">percentile</th><th></th></tr>\n");
    for (RankedSubject e : r) {
      boolean isTop = e.top();
      out.append("<tr").append(isTop ? " class=\"top\"" : "").append("><td class=\"n\">").append(e.rank())
          .append("</td><td>").append(esc(e.subject())).append("</td><td class=\"n\">").append(e.mean().toPlainString())
          .append("</td><td class=\"n\">").append(ReportData.fixed(e.percentile(), 1)).append("</td><td>")
          .append(isTop ? "★ top 10 %" : "").append("</td></tr>\n");
    }
    out.append("</table>\n</section>\n");
  }

  private void kpis() {
    if (d.kpis().isEmpty()) {
      return;
    }
    out.append("<section>\n<h2>KPI attainment</h2>\n<table>\n<tr><th>KPI</th><th>measures</th><th>target</th>"
        + "<th class=\"n\">actual</th><th>overall</th><th class=\"n\">groups meeting it</th></tr>\n");
    List<GroupReport> groups = d.groups();
    List<KpiOutcome> overall = d.kpis();
    long[] meeting = new long[overall.size()];
    for (GroupReport a : groups) {
      List<KpiOutcome> outcomes = a.kpis();
      for (int i = 0; i < meeting.length; i++) {
        if (outcomes.get(i).result().map(KpiResult::met).orElse(false)) {
          meeting[i]++;
        }
      }
    }
    for (int i = 0; i < overall.size(); i++) {
      Kpi k = overall.get(i).kpi();
      Optional<KpiResult> r = overall.get(i).result();
      long met = meeting[i];
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
    List<PeriodRuleOutcome> rules = d.periodRules();
    if (rules.isEmpty()) {
      return;
    }
    out.append("<section>\n<h2>Period rules</h2>\n");
    for (PeriodRuleOutcome r : rules) {
      StreakRule rule = r.rule();
      String grade = rubric.grades().stream().filter(g -> g.id().equals(rule.grade())).findFirst()
          .map(Grade::displayName).orElse(rule.grade());
      out.append("<p><b>").append(esc(rule.id())).append("</b>: grade ").append(esc(grade)).append(" in ")
          .append(rule.consecutive()).append(" consecutive ").append(rule.unit().key()).append("s — ")
          .append(r.matches().isEmpty() ? "nobody." : r.matches().size() + " subject run(s):").append("</p>\n");
      if (!r.matches().isEmpty()) {
        out.append("<table>\n<tr><th>subject</th><th>periods</th></tr>\n");
        for (StreakRule.Match m : r.matches()) {
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
    Map<String, Interval> declared = d.scoreCategories().orElseThrow().categories();
    List<String> ids = new ArrayList<>(declared.keySet());
    List<String> labels = new ArrayList<>();
    List<List<Svg.Share>> rows = new ArrayList<>();
    for (Map.Entry<String, ScoreDistribution> c : categories.entrySet()) {
      labels.add(rubric.indicator(c.getKey()).map(i -> i.displayName()).orElse(c.getKey()));
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
      out.add(esc(rubric.dimension(id).map(Dimension::displayName).orElse(id)));
    }
    return String.join(", ", out);
  }

  private static String percent(long part, long whole) {
    return ReportData.fixed(BigDecimal.valueOf(part * 100.0 / whole), 1) + " %";
  }
}
