package census.report;

import census.rules.Rule;
import census.rules.RuleCatalog;
import census.rules.RuleInfo;
import census.warehouse.Row;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * index.html: headline figures, connectors by kind and publisher, findings by rule with each rule's
 * doc, and the duplicate groups. Static, no script; a Content-Security-Policy forbids any, so even
 * a string that escaped escaping could not run.
 */
final class HtmlReport {
  static final int TOP_PUBLISHERS = 25;

  private HtmlReport() {}

  static String render(ReportData data) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append(
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Connector Census</title>
        <style>
        body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
        header{background:#24292f;color:#fff;padding:20px 32px}header h1{margin:0;font-size:22px}
        header p{margin:4px 0 0;color:#c9d1d9}main{max-width:1100px;margin:0 auto;padding:24px 32px}
        .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px;margin-bottom:24px}
        .card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:14px 16px}
        .card b{display:block;font-size:26px}.card span{color:#57606a}
        section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:4px 20px 16px;margin-bottom:20px}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eaeef2;vertical-align:top}
        th{font-weight:600;background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
        .bar{display:inline-block;height:10px;background:#0969da;border-radius:2px;vertical-align:middle}
        .sev-error{color:#cf222e}.sev-warning{color:#9a6700}.sev-info{color:#57606a}
        small{color:#57606a}code{font-size:13px}
        </style>
        </head>
        <body>
        """);
    h.append("<header><h1>Connector Census</h1><p>")
        .append(Escape.html(source(data)))
        .append("</p></header>\n<main>\n");
    cards(h, data);
    kinds(h, data);
    publishers(h, data);
    rules(h, data);
    duplicates(h, data);
    h.append(
        "<p><small>Every table here is also in <code>csv/</code>; a text summary is in <code>summary.md</code>.</small></p>\n");
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String source(ReportData data) {
    Optional<Row> any = data.connectors().stream().findFirst();
    return any.map(
            r -> "Snapshot of commit " + r.string("commit_id") + " (" + r.get("commit_time") + ")")
        .orElse("No connectors crawled");
  }

  private static void cards(StringBuilder h, ReportData data) {
    h.append("<div class=\"cards\">");
    card(h, data.connectors().size(), "connectors");
    card(h, data.byPublisher().size(), "publishers");
    card(h, data.connectorsWithErrors(), "connectors with errors");
    card(h, data.findings().size(), "findings");
    card(h, data.duplicateGroupsById().size(), "duplicate title groups");
    h.append("</div>\n");
  }

  private static void card(StringBuilder h, long value, String label) {
    h.append("<div class=\"card\"><b>")
        .append(value)
        .append("</b><span>")
        .append(label)
        .append("</span></div>");
  }

  private static void kinds(StringBuilder h, ReportData data) {
    h.append("<section><h2>Connectors by kind</h2>");
    counts(h, "kind", data.byKind(), data.connectors().size());
    h.append("</section>\n");
  }

  private static void publishers(StringBuilder h, ReportData data) {
    Map<String, Long> all = data.byPublisher();
    h.append("<section><h2>Publishers</h2><p><small>The ")
        .append(Math.min(TOP_PUBLISHERS, all.size()))
        .append(" with the most connectors, of ")
        .append(all.size())
        .append(".</small></p>");
    Map<String, Long> top = new java.util.LinkedHashMap<>();
    all.entrySet().stream().limit(TOP_PUBLISHERS).forEach(e -> top.put(e.getKey(), e.getValue()));
    counts(h, "publisher", top, data.connectors().size());
    h.append("</section>\n");
  }

  /** A count table with a proportional bar, which carries no information the numbers lack. */
  private static void counts(StringBuilder h, String what, Map<String, Long> counts, long total) {
    long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
    h.append("<table><thead><tr><th>")
        .append(what)
        .append("</th><th>connectors</th><th>share</th></tr></thead><tbody>");
    counts.forEach(
        (key, n) ->
            h.append("<tr><td>")
                .append(Escape.html(key))
                .append("</td><td class=\"n\">")
                .append(n)
                .append("</td><td><span class=\"bar\" style=\"width:")
                .append(Math.max(1, 200 * n / max))
                .append("px\"></span> ")
                .append(
                    String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * n / Math.max(1, total)))
                .append("</td></tr>"));
    h.append("</tbody></table>");
  }

  private static void rules(StringBuilder h, ReportData data) {
    Map<String, RuleInfo> docs = new java.util.HashMap<>();
    for (Rule rule : RuleCatalog.standard().rules()) {
      docs.put(rule.info().id(), rule.info());
    }
    h.append("<section><h2>Findings by rule</h2><table><thead><tr><th>rule</th><th>severity</th>")
        .append("<th>findings</th><th>connectors</th><th>requirement</th></tr></thead><tbody>");
    for (ReportData.RuleCount rule : data.byRule()) {
      RuleInfo info = docs.get(rule.ruleId());
      h.append("<tr><td><code>")
          .append(Escape.html(rule.ruleId()))
          .append("</code></td><td class=\"sev-")
          .append(Escape.attribute(rule.severity()))
          .append("\">")
          .append(Escape.html(rule.severity()))
          .append("</td><td class=\"n\">")
          .append(rule.findings())
          .append("</td><td class=\"n\">")
          .append(rule.connectors())
          .append("</td><td>")
          .append(info == null ? "" : Escape.html(info.doc()))
          .append("</td></tr>");
    }
    h.append("</tbody></table></section>\n");
  }

  private static void duplicates(StringBuilder h, ReportData data) {
    Map<String, List<Row>> groups = data.duplicateGroupsById();
    h.append(
            "<section><h2>Duplicate titles</h2><p><small>Connectors whose titles are equal once case,")
        .append(
            " punctuation, white space and \u201c(Independent Publisher)\u201d are set aside.</small></p>");
    if (groups.isEmpty()) {
      h.append("<p>None.</p></section>\n");
      return;
    }
    h.append("<table><thead><tr><th>title</th><th>kind</th><th>folder</th></tr></thead><tbody>");
    groups.forEach(
        (id, members) -> {
          for (int i = 0; i < members.size(); i++) {
            Row m = members.get(i);
            h.append(i == 0 ? "<tr style=\"border-top:2px solid #d0d7de\">" : "<tr>")
                .append("<td>")
                .append(Escape.html(m.string("title")))
                .append("</td><td>")
                .append(Escape.html(m.string("kind")))
                .append("</td><td><code>")
                .append(Escape.html(m.string("path")))
                .append("</code></td></tr>");
          }
        });
    h.append("</tbody></table></section>\n");
  }
}
