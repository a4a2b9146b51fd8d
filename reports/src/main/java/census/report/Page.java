package census.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One HTML page of the site. Repository text reaches the page only through {@link Escape}; charts
 * reach it only as JSON data blocks. The Content-Security-Policy allows our own files and nothing
 * else: no inline script or style, no eval, no remote content.
 */
final class Page {
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " base-uri 'none'; form-action 'none'";

  /** The site's pages in navigation order: file and label. */
  static final List<String[]> NAV =
      List.of(
          new String[] {"index.html", "Overview"},
          new String[] {"connectors.html", "Connectors"},
          new String[] {"conformance.html", "Conformance"},
          new String[] {"duplicates.html", "Duplicates"},
          new String[] {"pulls.html", "Pull requests"},
          new String[] {TriagePage.FILE, "Triage"},
          new String[] {"breaking.html", "Breaking changes"});

  /** A full git object id is shown by its first {@value #SHORT_ID} characters. */
  private static final int SHORT_ID = 7;

  private final Site site;
  private final String root;
  private final StringBuilder h = new StringBuilder(32 * 1024);
  private int charts;
  private int tables;

  /**
   * @param file path of the page inside the site, e.g. {@code connectors/x.html}
   * @param title page title, repository text allowed
   */
  Page(Site site, String file, String title, String subtitle) {
    this.site = site;
    this.root = "../".repeat((int) file.chars().filter(c -> c == '/').count());
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CSP)
        .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n<title>")
        .append(Escape.html(title))
        .append(" - Connector Census</title>\n<link rel=\"stylesheet\" href=\"")
        .append(root)
        .append("assets/census.css\">\n</head>\n<body>\n<header><nav>");
    for (String[] nav : NAV) {
      h.append("<a href=\"").append(root).append(nav[0]).append("\"");
      if (nav[0].equals(file)) {
        h.append(" aria-current=\"page\"");
      }
      h.append(">").append(nav[1]).append("</a>");
    }
    h.append("</nav><h1>")
        .append(Escape.html(title))
        .append("</h1><p>")
        .append(Escape.html(subtitle))
        .append("</p></header>\n<main>\n");
  }

  /** Site-relative link target from this page, e.g. {@code ../connectors/x.html}. */
  String href(String sitePath) {
    return root + sitePath;
  }

  Page section(String title) {
    h.append("<section><h2>").append(Escape.html(title)).append("</h2>\n");
    return this;
  }

  Page end() {
    h.append("</section>\n");
    return this;
  }

  /** A paragraph of text (escaped). */
  Page text(String text) {
    h.append("<p>").append(Escape.html(text)).append("</p>\n");
    return this;
  }

  /** A paragraph of text (escaped) ending in a link to a page of the site. */
  Page link(String text, String sitePath, String label) {
    h.append("<p>")
        .append(Escape.html(text))
        .append(" <a href=\"")
        .append(Escape.attribute(root + sitePath))
        .append("\">")
        .append(Escape.html(label))
        .append("</a>.</p>\n");
    return this;
  }

  /** A note for a section whose table is not in the warehouse. */
  Page absent(String table, String producedBy) {
    h.append("<p class=\"absent\">The table <code>")
        .append(Escape.html(table))
        .append("</code> is not in this warehouse (")
        .append(Escape.html(producedBy))
        .append("), so this section is empty.</p>\n");
    return this;
  }

  Page cards(long[] values, String[] labels) {
    h.append("<div class=\"cards\">");
    for (int i = 0; i < values.length; i++) {
      h.append("<div class=\"card\"><b>")
          .append(values[i])
          .append("</b><span>")
          .append(Escape.html(labels[i]))
          .append("</span></div>");
    }
    h.append("</div>\n");
    return this;
  }

  /** Label and value pairs; values are cells as in {@link Table}. */
  Page facts(List<Object[]> facts) {
    h.append("<dl class=\"facts\">");
    for (Object[] fact : facts) {
      h.append("<dt>").append(Escape.html((String) fact[0])).append("</dt><dd>");
      cell(fact[1]);
      h.append("</dd>");
    }
    h.append("</dl>\n");
    return this;
  }

  /**
   * A chart with the table that carries the same figures beside it, for people who cannot see the
   * chart.
   */
  Page chart(String title, Chart chart, Table beside) {
    String id = "chart-" + ++charts;
    // A long list of bars gets a taller canvas so that every label fits.
    h.append("<div class=\"chart-row\"><figure class=\"chart\"><div class=\"canvas")
        .append(chart.labels().size() > 12 ? " tall" : "")
        .append("\">")
        .append("<canvas id=\"")
        .append(id)
        .append("\" role=\"img\" aria-label=\"")
        .append(Escape.attribute(title + " (the table beside it has the figures)"))
        .append("\"></canvas></div><figcaption>")
        .append(Escape.html(title))
        .append("</figcaption></figure>\n<script type=\"application/json\" class=\"chart-data\"")
        .append(" data-canvas=\"")
        .append(id)
        .append("\">")
        .append(chart.json())
        .append("</script>\n<div class=\"beside\">");
    table(beside, false);
    h.append("</div></div>\n");
    return this;
  }

  /** A table that sorts by a click on its header and, with {@code filter}, filters as you type. */
  Page table(Table table, boolean filter) {
    if (table.computed()) {
      site.export(table);
    }
    String id = "table-" + ++tables;
    h.append("<div class=\"table-tools\">");
    if (filter) {
      h.append("<input type=\"search\" class=\"filter\" placeholder=\"Filter\" data-table=\"")
          .append(id)
          .append("\" aria-label=\"")
          .append(Escape.attribute("Filter " + table.caption()))
          .append("\"> <span class=\"count\" data-table=\"")
          .append(id)
          .append("\"></span> ");
    }
    h.append("<a class=\"csv\" href=\"")
        .append(root)
        .append("csv/")
        .append(table.csv())
        .append(".csv\">CSV</a></div>\n<div class=\"scroll\"><table class=\"data\" id=\"")
        .append(id)
        .append("\"><caption>")
        .append(Escape.html(table.caption()))
        .append("</caption><thead><tr>");
    for (String column : table.columns()) {
      h.append("<th scope=\"col\">").append(Escape.html(column)).append("</th>");
    }
    h.append("</tr></thead><tbody>\n");
    for (List<Object> row : table.rows()) {
      h.append("<tr>");
      for (Object value : row) {
        boolean number = value instanceof java.lang.Number || value instanceof Table.Number;
        h.append(number ? "<td class=\"n\"" : "<td");
        if (value instanceof Table.Number n) {
          h.append(" data-sort=\"").append(n.value()).append("\"");
        } else if (value instanceof Instant t) {
          h.append(" data-sort=\"").append(t.toEpochMilli()).append("\"");
        }
        h.append(">");
        cell(value);
        h.append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table></div>\n");
    return this;
  }

  private void cell(Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Table.Link link) {
      h.append("<a href=\"")
          .append(Escape.attribute(root + link.href()))
          .append("\">")
          .append(Escape.html(link.text()))
          .append("</a>");
    } else if (value instanceof Table.Web web) {
      h.append(Escape.link(web.url(), web.label()));
    } else if (value instanceof Table.Code code) {
      code(code.text());
    } else if (value instanceof String text && isObjectId(text)) {
      code(text);
    } else if (value instanceof Instant t) {
      // The date alone in the table, the full time on hover; dates never wrap (census.css).
      String full = t.toString();
      h.append("<time datetime=\"")
          .append(full)
          .append("\" title=\"")
          .append(full)
          .append("\">")
          .append(full, 0, full.indexOf('T'))
          .append("</time>");
    } else if (value instanceof Table.Number n) {
      h.append(Escape.html(n.text()));
    } else if (value instanceof Double d) {
      h.append(String.format(Locale.ROOT, "%.3f", d));
    } else if (value instanceof List<?> list) {
      h.append(Escape.html(String.join(", ", list.stream().map(String::valueOf).toList())));
    } else {
      h.append(Escape.html(String.valueOf(value)));
    }
  }

  /** Code text; a full object id shortened, with the whole id on hover. */
  private void code(String text) {
    if (isObjectId(text)) {
      h.append("<code class=\"id\" title=\"")
          .append(text)
          .append("\">")
          .append(text, 0, SHORT_ID)
          .append("</code>");
    } else {
      h.append("<code>").append(Escape.html(text)).append("</code>");
    }
  }

  /** 40 lower-case hex digits; checked on every text cell, so without a regex. */
  static boolean isObjectId(String text) {
    if (text == null || text.length() != 40) {
      return false;
    }
    for (int i = 0; i < 40; i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

  /** The finished page, with our script (Chart.js first, then census.js). */
  String finish() {
    h.append("<footer><p>Every table is also in <a href=\"")
        .append(root)
        .append("csv/\">csv/</a>; a text summary is in <a href=\"")
        .append(root)
        .append("summary.md\">summary.md</a>.</p></footer>\n</main>\n");
    if (charts > 0) {
      h.append("<script src=\"").append(root).append("assets/chart.umd.min.js\"></script>\n");
    }
    h.append("<script src=\"").append(root).append("assets/census.js\"></script>\n");
    h.append("</body>\n</html>\n");
    return h.toString();
  }
}
