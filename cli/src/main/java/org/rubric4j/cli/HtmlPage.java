package org.rubric4j.cli;

/**
 * The frame of the HTML report: the document head with its one inline style sheet (no script,
 * no font or file fetched), the end of the page, and HTML escaping.
 */
final class HtmlPage {

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

  private HtmlPage() {}

  /** Appends the doctype, the head titled {@code title} (escaped here) and the opening body tag. */
  static void start(StringBuilder out, String title) {
    out.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(title)).append(" · rubric4j report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
  }

  /** Appends the end of the page. */
  static void end(StringBuilder out) {
    out.append("</body>\n</html>\n");
  }

  /** {@code s} as HTML text or attribute value: {@code < > & "} escaped. */
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
