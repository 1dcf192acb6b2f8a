package org.rubric4j.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The inline SVG charts of the HTML report, drawn as text: horizontal bars, a line over
 * periods and stacked shares. Every chart is 960 units wide and scales to the page; numbers
 * are written with at most one decimal, so the same data always gives the same bytes.
 */
final class Svg {

  private static final int WIDTH = 960;
  private static final int LABEL_WIDTH = 230;
  private static final String INK = "#1d2733";
  private static final String MUTED = "#5b6775";
  private static final String GRID = "#e3e8ee";
  private static final String ACCENT = "#2f6fb3";

  private Svg() {}

  /** One bar: label, length, the text printed after it, colour. */
  record Bar(String label, double value, String text, String colour) {}

  /** One segment of a stacked row: its share of the row (0 to 1) and the text printed in it. */
  record Share(double share, String text) {}

  /** The longest bar, at least 1: the end of the axis of bars that are counts. */
  static double maxOf(List<Bar> bars) {
    return Math.max(1, bars.stream().mapToDouble(Bar::value).max().orElse(1));
  }

  /** Horizontal bars from 0 to {@code max}, labels on the left, values after each bar. */
  static String hbars(List<Bar> bars, double max) {
    if (bars.stream().allMatch(b -> b.value() == Math.rint(b.value())) && max == Math.rint(max)) {
      max = Math.ceil(max / 4) * 4; // counts: whole-number ticks
    }
    int rowH = 28;
    double span = WIDTH - LABEL_WIDTH - 90;
    StringBuilder s = new StringBuilder();
    for (int t = 0; t <= 4; t++) {
      double x = LABEL_WIDTH + span * t / 4;
      s.append("<line x1=\"").append(f(x)).append("\" y1=\"0\" x2=\"").append(f(x)).append("\" y2=\"")
          .append(bars.size() * rowH).append("\" stroke=\"").append(GRID).append("\"/>");
      s.append(text(x, bars.size() * rowH + 14, "middle", 11, trim(max * t / 4), MUTED));
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = i * rowH;
      double w = max <= 0 ? 0 : span * Math.max(0, Math.min(1, b.value() / max));
      s.append(text(LABEL_WIDTH - 8, y + 18, "end", 13, b.label()));
      s.append(rect(LABEL_WIDTH, y + 5, Math.max(w, 1), rowH - 10, b.colour()));
      s.append(text(LABEL_WIDTH + w + 6, y + 18, "start", 12, b.text()));
    }
    return svg(WIDTH, bars.size() * rowH + 20, s.toString());
  }

  /** A line chart of {@code values} over {@code labels}, the y axis fitted to the data. */
  static String line(List<String> labels, List<Double> values, List<String> texts) {
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
    double plotW = WIDTH - left - right - 2 * inset;
    double plotH = height - top - bottom;
    StringBuilder s = new StringBuilder();
    for (int t = 0; t <= 4; t++) {
      double v = lo + (hi - lo) * t / 4;
      double y = top + plotH - plotH * t / 4;
      s.append("<line x1=\"").append(left).append("\" y1=\"").append(f(y)).append("\" x2=\"").append(WIDTH - right)
          .append("\" y2=\"").append(f(y)).append("\" stroke=\"").append(GRID).append("\"/>");
      s.append(text(left - 6, y + 4, "end", 11, new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros()
          .toPlainString(), MUTED));
    }
    int n = values.size();
    StringBuilder points = new StringBuilder();
    int every = Math.max(1, (int) Math.ceil(n / 16.0));
    for (int i = 0; i < n; i++) {
      double x = left + inset + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
      double y = top + plotH - plotH * (values.get(i) - lo) / (hi - lo);
      points.append(f(x)).append(',').append(f(y)).append(' ');
      s.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y)).append("\" r=\"3.5\" fill=\"")
          .append(ACCENT).append("\"/>");
      if (i % every == 0) {
        s.append(text(x, y - 8, "middle", 11, texts.get(i)));
        s.append(text(x, height - bottom + 18, "middle", 11, labels.get(i), MUTED));
      }
    }
    s.insert(0, "<polyline fill=\"none\" stroke=\"" + ACCENT + "\" stroke-width=\"2.5\" points=\""
        + points.toString().strip() + "\"/>");
    return svg(WIDTH, height, s.toString());
  }

  /**
   * One stacked row of shares per label, segment {@code i} coloured {@link #hue(int, int)
   * hue(i, legend.size())} and its text shown where the segment is wide enough; below, the
   * legend.
   */
  static String shares(List<String> labels, List<List<Share>> rows, List<String> legend) {
    int rowH = 30;
    StringBuilder s = new StringBuilder();
    int y = 0;
    for (int r = 0; r < rows.size(); r++) {
      s.append(text(LABEL_WIDTH - 8, y + 19, "end", 13, labels.get(r)));
      double x = LABEL_WIDTH;
      double span = WIDTH - LABEL_WIDTH - 10;
      List<Share> row = rows.get(r);
      for (int i = 0; i < row.size(); i++) {
        double w = span * row.get(i).share();
        s.append(rect(x, y + 4, w, rowH - 8, hue(i, legend.size())));
        if (w > 46) {
          s.append(text(x + w / 2, y + 19, "middle", 12, row.get(i).text(), "#fff"));
        }
        x += w;
      }
      y += rowH;
    }
    double lx = LABEL_WIDTH;
    for (int i = 0; i < legend.size(); i++) {
      s.append(rect(lx, y + 8, 12, 12, hue(i, legend.size())));
      s.append(text(lx + 17, y + 19, "start", 12, legend.get(i)));
      lx += 170;
    }
    return svg(WIDTH, y + 28, s.toString());
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

  /** {@code v} to four significant digits, without trailing zeros: an axis tick or range end. */
  static String trim(double v) {
    return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
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
    return text(x, y, anchor, size, content, INK);
  }

  private static String text(double x, double y, String anchor, int size, String content, String colour) {
    return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
        + "\" fill=\"" + colour + "\">" + HtmlPage.esc(content) + "</text>";
  }

  /** A coordinate to one decimal, without trailing zeros. */
  private static String f(double v) {
    return BigDecimal.valueOf(Math.round(v * 10) / 10.0).stripTrailingZeros().toPlainString();
  }
}
