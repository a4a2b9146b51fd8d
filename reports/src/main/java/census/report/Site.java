package census.report;

import census.rules.Rule;
import census.rules.RuleCatalog;
import census.rules.RuleInfo;
import census.warehouse.Column;
import census.warehouse.Row;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The static HTML site: overview, connectors, conformance, duplicates, pull requests, the triage
 * board, breaking changes, one page per connector and one per pull request on the board, with
 * Chart.js and our own census.js and census.css in assets/. It opens from disk with no server and
 * no network.
 */
final class Site {
  static final String CHARTJS = "META-INF/resources/webjars/chart.js/";
  static final int MAX_ROWS = 2000;

  final ReportData data;
  private final Path out;
  private final Map<String, Table> exports = new LinkedHashMap<>();
  private final Map<String, String> pageOfPath = new HashMap<>();
  private final Map<String, String> pathOfRef = new HashMap<>();
  final Map<String, RuleInfo> rules = new HashMap<>();

  private Site(ReportData data, Path out) {
    this.data = data;
    this.out = out;
    Map<String, Long> folders = new HashMap<>();
    for (Row c : data.connectors()) {
      folders.merge(c.string("folder"), 1L, Long::sum);
    }
    for (Row c : data.connectors()) {
      String path = c.string("path");
      pageOfPath.put(path, "connectors/" + pageName(path, c.string("folder")));
      pathOfRef.put(path, path);
      if (folders.get(c.string("folder")) == 1) {
        pathOfRef.putIfAbsent(c.string("folder"), path);
      }
    }
    for (Rule rule : RuleCatalog.standard().rules()) {
      rules.put(rule.info().id(), rule.info());
    }
  }

  /** Writes the site into {@code out}; returns the tables it computed, for csv/. */
  static Collection<Table> write(ReportData data, Path out) throws IOException {
    Site site = new Site(data, out);
    Files.createDirectories(out.resolve("assets"));
    Files.createDirectories(out.resolve("connectors"));
    Files.createDirectories(out.resolve("pulls"));
    site.assets();
    OverviewPage.write(site);
    ConnectorPages.write(site);
    ConformancePage.write(site);
    DuplicatesPage.write(site);
    PullRequestsPage.write(site);
    TriagePage.write(site);
    BreakingChangesPage.write(site);
    return site.exports.values();
  }

  /**
   * The file name of a connector's page: a readable ASCII slug of the folder and a hash of the
   * path, so no folder name (spaces, dots, non-ASCII, "..") ever becomes part of a path or URL.
   */
  static String pageName(String path, String folder) {
    String slug =
        Normalizer.normalize(folder, Normalizer.Form.NFKD)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (slug.length() > 40) {
      slug = slug.substring(0, 40).replaceAll("-+$", "");
    }
    try {
      byte[] sha =
          MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
      return (slug.isEmpty() ? "connector" : slug)
          + "-"
          + HexFormat.of().formatHex(sha, 0, 4)
          + ".html";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  void page(String file, Page page) throws IOException {
    Files.writeString(out.resolve(file), page.finish(), StandardCharsets.UTF_8);
  }

  @SuppressWarnings("ReferenceEquality") // the same table exported twice is one export
  void export(Table table) {
    Table before = exports.put(table.csv(), table);
    if (before != null && before != table) {
      throw new IllegalStateException("two tables export csv/" + table.csv() + ".csv");
    }
  }

  String subtitle() {
    return data.connectors().stream()
        .findFirst()
        .map(
            r ->
                "Snapshot of commit "
                    + r.string("commit_id")
                    + " ("
                    + r.get("commit_time")
                    + "), "
                    + data.connectors().size()
                    + " connectors")
        .orElse("No connectors crawled");
  }

  /**
   * A connector named by path (or, when unique, folder) as a link to its page; anything else as
   * code text.
   */
  Object connector(String ref) {
    String path = ref == null ? null : pathOfRef.get(ref);
    return path == null ? new Table.Code(ref) : new Table.Link(pageOfPath.get(path), path);
  }

  /** The connectors.path a reference (path or unique folder) names, or null. */
  String pathOf(String ref) {
    return ref == null ? null : pathOfRef.get(ref);
  }

  String pageOf(String path) {
    return pageOfPath.get(path);
  }

  /** A count table (label, connectors, share) with a bar chart of it beside. */
  static void counts(
      Page page,
      String csv,
      String title,
      String what,
      Map<String, Long> counts,
      long total,
      String chartType) {
    Table table = Table.computed(csv, title, what, "connectors", "share");
    counts.forEach(
        (k, n) ->
            table.add(
                k,
                n,
                new Table.Number(
                    100.0 * n / Math.max(1, total),
                    String.format(Locale.ROOT, "%.1f%%", 100.0 * n / Math.max(1, total)))));
    page.chart(
        title,
        Chart.single(
            chartType,
            "connectors",
            new ArrayList<>(counts.keySet()),
            List.copyOf(counts.values())),
        table);
  }

  /** The first {@code limit} entries of a sorted count map. */
  static Map<String, Long> top(Map<String, Long> counts, int limit) {
    Map<String, Long> top = new LinkedHashMap<>();
    counts.entrySet().stream().limit(limit).forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  /**
   * Rows of a warehouse table with every column it has, connector references linked, at most {@link
   * #MAX_ROWS} of them (the CSV has all).
   */
  void rows(Page page, String table, String caption, List<Row> rows) {
    if (rows.isEmpty()) {
      page.text("The table " + table + " has no rows.");
      return;
    }
    List<Column> columns = rows.get(0).schema().columns();
    Table t = Table.of(table, caption, columns.stream().map(Column::name).toArray(String[]::new));
    for (Row row : rows.subList(0, Math.min(MAX_ROWS, rows.size()))) {
      Object[] cells = new Object[columns.size()];
      for (int i = 0; i < cells.length; i++) {
        Object v = row.get(i);
        cells[i] = v instanceof String s && pathOf(s) != null ? connector(s) : v;
      }
      t.add(cells);
    }
    if (rows.size() > MAX_ROWS) {
      page.text("The first " + MAX_ROWS + " of " + rows.size() + " rows; the CSV has them all.");
    }
    page.table(t, true);
  }

  private void assets() throws IOException {
    String version = chartJsVersion();
    copy(CHARTJS + version + "/dist/chart.umd.min.js", "assets/chart.umd.min.js");
    copy(CHARTJS + version + "/LICENSE.md", "assets/chart.js-LICENSE.md");
    copy("census/report/site/census.js", "assets/census.js");
    copy("census/report/site/census.css", "assets/census.css");
  }

  /** The version of the Chart.js WebJar on the class path. */
  static String chartJsVersion() throws IOException {
    try (InputStream in = resource("META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }

  private void copy(String resource, String target) throws IOException {
    try (InputStream in = resource(resource)) {
      Files.copy(in, out.resolve(target));
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Site.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing from the class path: " + name);
    }
    return in;
  }
}
