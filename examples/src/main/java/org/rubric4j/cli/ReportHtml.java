package org.rubric4j.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rubric4j.Dimension;
import org.rubric4j.Grade;
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

/**
 * The report as one self-contained HTML page a quality manager can print: no script, no
 * external file, every chart an inline SVG drawn here. Sections: summary, grade distribution,
 * dimension means (overall bars and a groups × dimensions table), trend over periods, ranking
 * with the top 10 %, KPI attainment, period rules, score categories, data quality.
 */
final class ReportHtml {

  private static final String CSS = """
      :root{--ink:#1d2733;--muted:#5b6775;--line:#d8dee6;--accent:#2f6fb3;--good:#2e8540;--bad:#c0392b}
      *{box-sizing:border-box}
      body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Noto Sans SC","PingFang SC",
        "Microsoft YaHei",sans-serif;color:var(--ink);margin:0 auto;max-width:1040px;padding:28px 32px;line-height:1.45}
      h1{font-size:24px;margin:0 0 4px}
      h2{font-size:17px;margin:28px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--accent)}
      p.meta,p.note{color:var(--muted);margin:2px 0 8px;font-size:13px}
      .cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
      .card{flex:1 1 150px;border:1px solid var(--line);border-radius:8px;padding:10px 14px}
      .card .v{font-size:21px;white-space:nowrap;font-weight:600}.card .l{font-size:12px;color:var(--muted)}
      table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0}
      th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
      th{background:#f3f6f9;font-weight:600}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
      tr.top td{background:#fff6d6}
      .badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;color:#fff}
      .met{background:var(--good)}.miss{background:var(--bad)}.na{background:#8a96a3}
      .weak{outline:2px solid var(--bad);outline-offset:-2px}
      .two{display:grid;grid-template-columns:1fr 1fr;gap:24px}
      svg text{font-family:inherit}
      @media print{body{padding:0;max-width:none}h2{break-after:avoid}section{break-inside:avoid}}
      """;

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
    out.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(title)).append(" · rubric4j report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
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
    out.append("</body>\n</html>\n");
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
      List<Bar> bars = new ArrayList<>();
      long n = Math.max(1, all.count());
      for (int i = 0; i < grades.size(); i++) {
        Grade g = grades.get(i);
        long c = all.total().gradeCounts().getOrDefault(g.id(), 0L);
        bars.add(new Bar(g.displayName() + " " + g.range(), c, c + " (" + percent(c, n) + ")",
            hue(i, grades.size())));
      }
      out.append(hbars(bars, maxOf(bars)));
    }
    out.append("</section>\n");
  }

  private void histogram() {
    double scale = d.rubric.scale().doubleValue();
    long[] bins = d.tenths();
    List<Bar> bars = new ArrayList<>();
    for (int b = 9; b >= 0; b--) {
      String from = trim(scale * b / 10);
      String to = trim(scale * (b + 1) / 10);
      bars.add(new Bar("[" + from + ", " + to + (b == 9 ? "]" : ")"), bins[b], Long.toString(bins[b]),
          hue(9 - b, 10)));
    }
    out.append(hbars(bars, maxOf(bars)));
  }

  private void dimensions() {
    Aggregate all = d.all();
    double scale = d.rubric.scale().doubleValue();
    out.append("<section>\n<h2>Dimension means</h2>\n<p class=\"note\">Each dimension's own score on the rubric's scale (0–")
        .append(d.rubric.scale().toPlainString()).append("); the weakest is outlined in red.</p>\n");
    Optional<DimensionExtremes> x = d.extremes(all);
    List<Bar> bars = new ArrayList<>();
    for (Dimension dim : d.dimensions) {
      Optional<BigDecimal> mean = all.dimension(dim.id()).flatMap(ScoreStatistics::mean);
      boolean weak = x.map(e -> e.weakest().contains(dim.id())).orElse(false);
      bars.add(new Bar(dim.displayName(), mean.map(BigDecimal::doubleValue).orElse(0.0),
          mean.map(d::score).orElse("–"), weak ? "#c0392b" : "#2f6fb3"));
    }
    out.append(hbars(bars, scale));
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
            .append(mean.isPresent() ? heat(f) : "#fff").append("\">").append(mean.map(d::score).orElse("–")).append("</td>");
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
      out.append(line(labels, values, texts));
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
    List<String> ids = new ArrayList<>(d.analytics.categories().orElseThrow().categories().keySet());
    int width = 960;
    int rowH = 30;
    int labelW = 230;
    StringBuilder svg = new StringBuilder();
    int y = 0;
    for (Map.Entry<String, ScoreDistribution> c : categories.entrySet()) {
      ScoreDistribution dist = c.getValue();
      String name = d.rubric.indicator(c.getKey()).map(i -> i.displayName()).orElse(c.getKey());
      svg.append(text(labelW - 8, y + 19, "end", 13, name));
      double x = labelW;
      double span = width - labelW - 10;
      for (int i = 0; i < ids.size(); i++) {
        double share = dist.share(ids.get(i)).map(BigDecimal::doubleValue).orElse(0.0);
        double w = span * share;
        String colour = hue(i, ids.size());
        svg.append(rect(x, y + 4, w, rowH - 8, colour));
        if (w > 46) {
          svg.append(text(x + w / 2, y + 19, "middle", 12, ReportData.fixed(BigDecimal.valueOf(share * 100), 1) + " %", "#fff"));
        }
        x += w;
      }
      y += rowH;
    }
    StringBuilder legend = new StringBuilder();
    double lx = labelW;
    for (int i = 0; i < ids.size(); i++) {
      legend.append(rect(lx, y + 8, 12, 12, hue(i, ids.size())));
      String range = d.analytics.categories().get().categories().get(ids.get(i)).toString();
      legend.append(text(lx + 17, y + 19, "start", 12, ids.get(i) + " " + range));
      lx += 170;
    }
    out.append(svg(width, y + 28, svg.toString() + legend)).append("</section>\n");
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

  // ---- charts ------------------------------------------------------------------------------

  /** One bar: label, length, the text printed after it, colour. */
  private record Bar(String label, double value, String text, String colour) {}

  private static double maxOf(List<Bar> bars) {
    return Math.max(1, bars.stream().mapToDouble(Bar::value).max().orElse(1));
  }

  /** Horizontal bars from 0 to {@code max}, labels on the left, values after each bar. */
  static String hbars(List<Bar> bars, double max) {
    if (bars.stream().allMatch(b -> b.value() == Math.rint(b.value())) && max == Math.rint(max)) {
      max = Math.ceil(max / 4) * 4; // counts: whole-number ticks
    }
    int width = 960;
    int labelW = 230;
    int rowH = 28;
    double span = width - labelW - 90;
    StringBuilder s = new StringBuilder();
    for (int t = 0; t <= 4; t++) {
      double x = labelW + span * t / 4;
      s.append("<line x1=\"").append(f(x)).append("\" y1=\"0\" x2=\"").append(f(x)).append("\" y2=\"")
          .append(bars.size() * rowH).append("\" stroke=\"#e3e8ee\"/>");
      s.append(text(x, bars.size() * rowH + 14, "middle", 11, trim(max * t / 4), "#5b6775"));
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = i * rowH;
      double w = max <= 0 ? 0 : span * Math.max(0, Math.min(1, b.value() / max));
      s.append(text(labelW - 8, y + 18, "end", 13, b.label()));
      s.append(rect(labelW, y + 5, Math.max(w, 1), rowH - 10, b.colour()));
      s.append(text(labelW + w + 6, y + 18, "start", 12, b.text()));
    }
    return svg(width, bars.size() * rowH + 20, s.toString());
  }

  /** A line chart of {@code values} over {@code labels}, the y axis fitted to the data. */
  static String line(List<String> labels, List<Double> values, List<String> texts) {
    int width = 960;
    int height = 240;
    int left = 50;
    int right = 40;
    int top = 22;
    int bottom = 40;
    double lo = values.stream().mapToDouble(v -> v).min().orElse(0);
    double hi = values.stream().mapToDouble(v -> v).max().orElse(1);
    double pad = Math.max((hi - lo) * 0.15, Math.abs(hi) * 0.01 + 0.01);
    lo -= pad;
    hi += pad;
    int inset = 24;
    double plotW = width - left - right - 2 * inset;
    double plotH = height - top - bottom;
    StringBuilder s = new StringBuilder();
    for (int t = 0; t <= 4; t++) {
      double v = lo + (hi - lo) * t / 4;
      double y = top + plotH - plotH * t / 4;
      s.append("<line x1=\"").append(left).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(width - right)
          .append("\" y2=\"").append(f(y)).append("\" stroke=\"#e3e8ee\"/>");
      s.append(text(left - 6, y + 4, "end", 11, new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros()
          .toPlainString(), "#5b6775"));
    }
    int n = values.size();
    StringBuilder points = new StringBuilder();
    int every = Math.max(1, (int) Math.ceil(n / 16.0));
    for (int i = 0; i < n; i++) {
      double x = left + inset + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
      double y = top + plotH - plotH * (values.get(i) - lo) / (hi - lo);
      points.append(f(x)).append(',').append(f(y)).append(' ');
      s.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y)).append("\" r=\"3.5\" fill=\"#2f6fb3\"/>");
      if (i % every == 0) {
        s.append(text(x, y - 8, "middle", 11, texts.get(i)));
        s.append(text(x, height - bottom + 18, "middle", 11, labels.get(i), "#5b6775"));
      }
    }
    s.insert(0, "<polyline fill=\"none\" stroke=\"#2f6fb3\" stroke-width=\"2.5\" points=\"" + points.toString().strip() + "\"/>");
    return svg(width, height, s.toString());
  }

  private static String svg(int width, int height, String body) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" width=\"100%\" role=\"img\">"
        + body + "</svg>\n";
  }

  private static String rect(double x, double y, double w, double h, String colour) {
    return "<rect x=\"" + f(x) + "\" y=\"" + f(y) + "\" width=\"" + f(w) + "\" height=\"" + f(h) + "\" rx=\"2\" fill=\""
        + colour + "\"/>";
  }

  private static String text(double x, double y, String anchor, int size, String content) {
    return text(x, y, anchor, size, content, "#1d2733");
  }

  private static String text(double x, double y, String anchor, int size, String content, String colour) {
    return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
        + "\" fill=\"" + colour + "\">" + esc(content) + "</text>";
  }

  /** A colour from green (best, index 0) to red (worst), as grades are listed best first. */
  static String hue(int index, int count) {
    double h = count <= 1 ? 140 : 140 - 135.0 * index / (count - 1);
    return "hsl(" + Math.round(h) + ",55%,45%)";
  }

  /** A cell background for a fraction of the scale: pale red (low) to pale green (high). */
  static String heat(double fraction) {
    double h = Math.max(0, Math.min(1, fraction)) * 130;
    return "hsl(" + Math.round(h) + ",65%,88%)";
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

  private static String f(double v) {
    return BigDecimal.valueOf(Math.round(v * 10) / 10.0).stripTrailingZeros().toPlainString();
  }

  private static String trim(double v) {
    return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
