package census.report;

import census.warehouse.Row;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * triage.html, the pr-triage job's board of unmerged pull requests active lately, and pulls/N.html,
 * one page per pull request on it: its row, the folders it changes, the evidence of its outcome and
 * overlaps, and its link on GitHub. Pages and links are made from the number alone.
 */
final class TriagePage {
  static final String FILE = "triage.html";
  static final String TABLE = "pr_triage";
  static final String PULL_URL = "https://github.com/microsoft/PowerPlatformConnectors/pull/";

  private TriagePage() {}

  /** The page of pull request {@code number}, inside the site. */
  static String pageOf(long number) {
    return "pulls/" + number + ".html";
  }

  static void write(Site site) throws IOException {
    Page page = new Page(site, FILE, "Triage board", site.subtitle());
    page.section("Unmerged pull requests, latest activity first");
    List<Row> board = site.data.table(TABLE).orElse(null);
    if (board == null) {
      page.absent(TABLE, "written by the pr-triage job").end();
      site.page(FILE, page);
      return;
    }
    page.text(
        board.size()
            + " pull requests not merged whose last commit is at most 12 months older than the"
            + " newest pull-request commit in the warehouse ("
            + board.stream()
                .map(r -> (Instant) r.get("last_commit_time"))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .map(Instant::toString)
                .orElse("none")
            + "). Git cannot tell an open pull request from a closed one: last activity is its"
            + " last commit, and GitHub has its state. Age runs from its first commit to that"
            + " newest commit.");
    page.cards(
        new long[] {
          board.size(),
          board.stream().filter(r -> r.bool("blocks")).count(),
          board.stream().filter(r -> "on_platform".equals(r.string("outcome"))).count(),
          board.stream().filter(r -> r.longValue("overlaps") > 0).count()
        },
        new String[] {
          "on the board",
          "would block (new error, breaking change or on the platform)",
          "propose a connector already on the platform",
          "change a folder another one changes"
        });
    Table table =
        Table.of(
            TABLE,
            "Triage board",
            "pull request",
            "title",
            "author",
            "last activity",
            "age (days)",
            "outcome",
            "target",
            "overlaps",
            "new errors",
            "new warnings",
            "breaking changes",
            "blocks",
            "GitHub");
    Set<Long> onBoard = board.stream().map(r -> r.longValue("number")).collect(Collectors.toSet());
    for (Row r : board) {
      long n = r.longValue("number");
      table.add(
          new Table.Link(pageOf(n), "#" + n),
          r.string("proposed_title"),
          r.string("author"),
          r.get("last_commit_time"),
          r.get("age_days"),
          r.string("outcome"),
          target(site, r, onBoard),
          r.get("overlaps"),
          r.get("new_error_count"),
          r.get("new_warning_count"),
          r.get("breaking_change_count"),
          r.bool("blocks") ? "blocks" : "",
          github(n));
    }
    page.table(table, true).end();
    site.page(FILE, page);
    pullPages(site, board, onBoard);
  }

  /** One page per pull request on the board. */
  private static void pullPages(Site site, List<Row> board, Set<Long> onBoard) throws IOException {
    Map<Long, List<Row>> folders = byNumber(site, "pull_request_connectors", "number", onBoard);
    Map<Long, List<Row>> overlap = byNumber(site, "pr_overlap", "number", onBoard);
    Map<Long, List<Row>> conflicts = byNumber(site, "pr_conflicts", "number", onBoard);
    byNumber(site, "pr_conflicts", "other_number", onBoard)
        .forEach((n, rows) -> conflicts.computeIfAbsent(n, k -> new ArrayList<>()).addAll(rows));
    for (Row r : board) {
      long n = r.longValue("number");
      String title = r.string("proposed_title");
      Page page =
          new Page(
              site,
              pageOf(n),
              "#" + n + (title == null ? "" : " " + title),
              "Pull request on the triage board");
      page.section("Pull request").facts(facts(site, r, onBoard)).end();
      folders(site, page, folders.getOrDefault(n, List.of()));
      evidence(site, page, n, overlap.getOrDefault(n, List.of()), onBoard);
      conflicts(page, n, conflicts.getOrDefault(n, List.of()), onBoard);
      site.page(pageOf(n), page);
    }
  }

  private static List<Object[]> facts(Site site, Row r, Set<Long> onBoard) {
    List<Object[]> facts = new ArrayList<>();
    facts.add(new Object[] {"on GitHub", github(r.longValue("number"))});
    facts.add(new Object[] {"author", r.string("author")});
    facts.add(new Object[] {"first commit", r.get("first_commit_time")});
    facts.add(new Object[] {"last activity (last commit)", r.get("last_commit_time")});
    facts.add(new Object[] {"age (days)", r.get("age_days")});
    facts.add(new Object[] {"commits", r.get("commit_count")});
    facts.add(new Object[] {"folder it proposes", site.connector(r.string("path"))});
    facts.add(new Object[] {"connector folders changed", r.get("folder_count")});
    facts.add(new Object[] {"outcome", r.string("outcome")});
    facts.add(new Object[] {"target", target(site, r, onBoard)});
    facts.add(new Object[] {"overlapping pull requests", r.get("overlaps")});
    facts.add(new Object[] {"new errors", r.get("new_error_count")});
    facts.add(new Object[] {"new warnings", r.get("new_warning_count")});
    facts.add(new Object[] {"breaking changes", r.get("breaking_change_count")});
    facts.add(new Object[] {"would block", r.bool("blocks") ? "yes" : "no"});
    return facts;
  }

  private static void folders(Site site, Page page, List<Row> rows) {
    page.section("Connector folders it changes");
    Table table =
        Table.of(
            "pull_request_connectors",
            "Its version of each folder, against the one it is based on",
            "folder",
            "change",
            "title",
            "errors",
            "warnings",
            "new errors",
            "new warnings",
            "breaking changes");
    for (Row f : rows) {
      table.add(
          site.connector(f.string("path")),
          f.string("change"),
          f.string("title"),
          f.get("error_count"),
          f.get("warning_count"),
          f.get("new_error_count"),
          f.get("new_warning_count"),
          f.get("breaking_change_count"));
    }
    if (rows.isEmpty()) {
      page.text("It changes no connector folder.");
    } else {
      page.table(table, false);
    }
    page.end();
  }

  /** The pr-overlap row: what decided its outcome. */
  private static void evidence(Site site, Page page, long n, List<Row> rows, Set<Long> onBoard) {
    page.section("Does the connector exist already?");
    if (rows.isEmpty()) {
      page.text("The pr-overlap job has no row for #" + n + ".");
    }
    for (Row o : rows) {
      List<Object[]> facts = new ArrayList<>();
      facts.add(new Object[] {"outcome", o.string("outcome")});
      facts.add(new Object[] {"target", target(site, o, onBoard)});
      facts.add(new Object[] {"match", o.string("match_class")});
      facts.add(new Object[] {"score", o.get("score")});
      facts.add(new Object[] {"reason", o.string("reason")});
      page.facts(facts);
    }
    page.end();
  }

  private static void conflicts(Page page, long n, List<Row> rows, Set<Long> onBoard) {
    page.section("Other unmerged pull requests changing its folders");
    Table table =
        Table.of(
            "pr_conflicts",
            "Pull requests that change the same folder",
            "folder",
            "other pull request",
            "its change",
            "this one's change",
            "same content");
    for (Row c : rows) {
      boolean first = c.longValue("number") == n;
      long other = c.longValue(first ? "other_number" : "number");
      table.add(
          new Table.Code(c.string("path")),
          pull(other, onBoard),
          c.string(first ? "other_change" : "change"),
          c.string(first ? "change" : "other_change"),
          c.get("same_content"));
    }
    if (rows.isEmpty()) {
      page.text("None.");
    } else {
      page.table(table, false);
    }
    page.end();
  }

  /** What decided the outcome: a connector (linked when it has a page) or a pull request. */
  private static Object target(Site site, Row r, Set<Long> onBoard) {
    if (r.string("target_path") != null) {
      return site.connector(r.string("target_path"));
    }
    Object number = r.get("target_number");
    return number == null ? r.string("target_title") : pull(((Number) number).longValue(), onBoard);
  }

  /** A pull request: its page when it is on the board, else its GitHub link. */
  private static Object pull(long number, Set<Long> onBoard) {
    return onBoard.contains(number) ? new Table.Link(pageOf(number), "#" + number) : github(number);
  }

  private static Table.Web github(long number) {
    return new Table.Web(PULL_URL + number, "pull/" + number);
  }

  /** Rows of an optional table whose {@code column} is a number on the board, by that number. */
  private static Map<Long, List<Row>> byNumber(
      Site site, String table, String column, Set<Long> onBoard) {
    return site.data.table(table).orElse(List.of()).stream()
        .filter(r -> r.get(column) != null && onBoard.contains(r.longValue(column)))
        .collect(Collectors.groupingBy(r -> r.longValue(column)));
  }
}
