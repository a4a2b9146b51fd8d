package census.check;

import census.match.Candidate;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads what already exists: the warehouse's connectors and unmerged pull requests, and a catalog
 * of platform connectors.
 */
public final class Registry {
  private Registry() {}

  /** The connectors of the latest crawl; a clear error when nothing was crawled yet. */
  public static List<Entry> connectors(Warehouse warehouse) throws IOException {
    if (!warehouse.exists(Tables.CONNECTORS)) {
      throw new IOException(
          "no crawl in "
              + warehouse.location()
              + " yet: run `census run` (or `census sync` then `census crawl`) first");
    }
    List<Entry> entries = new ArrayList<>();
    // The columns a candidate needs, not the whole table (45 columns): check answers in a second.
    warehouse.forEach(
        Tables.CONNECTORS.project(List.of("path", "kind", "folder", "title", "host", "publisher")),
        r ->
            entries.add(
                Entry.connector(
                    Candidate.of(
                        r.string("path"),
                        r.string("kind"),
                        r.string("folder"),
                        r.string("title"),
                        r.string("host"),
                        r.string("publisher")))));
    return entries;
  }

  /**
   * The pull requests not merged into dev, by the title each proposes and the host and publisher of
   * the folder it proposes (git alone cannot tell an open pull request from one closed without
   * merging); none before a {@code crawl --pulls}.
   */
  public static List<Entry> pullRequests(Warehouse warehouse) throws IOException {
    List<Entry> entries = new ArrayList<>();
    if (!warehouse.exists(Tables.PULL_REQUESTS)) {
      return entries;
    }
    Map<String, Row> folders = new HashMap<>();
    if (warehouse.exists(Tables.PULL_REQUEST_CONNECTORS)) {
      warehouse.forEach(
          Tables.PULL_REQUEST_CONNECTORS.project(List.of("number", "path", "host", "publisher")),
          r -> folders.put(r.longValue("number") + " " + r.string("path"), r));
    }
    for (Row r :
        warehouse.read(
            Tables.PULL_REQUESTS.project(
                List.of("number", "merged", "proposed_title", "path", "kind", "is_proposal")))) {
      String title = r.string("proposed_title");
      if (r.bool("merged") || title == null) {
        continue;
      }
      int number = (int) r.longValue("number");
      String path = r.string("path");
      String folder = path == null ? null : path.substring(path.indexOf('/') + 1);
      Row proposed = folders.get(number + " " + path);
      entries.add(
          Entry.pullRequest(
              Candidate.of(
                  "#" + number,
                  r.string("kind"),
                  folder,
                  title,
                  proposed == null ? null : proposed.string("host"),
                  proposed == null ? null : proposed.string("publisher")),
              number,
              r.bool("is_proposal")));
    }
    return entries;
  }

  /**
   * Connectors on the platform but not in the repository (first-party ones such as Office 365
   * Outlook), from a CSV file with a header row: {@code title} (required), {@code publisher} and
   * {@code host} (optional).
   */
  public static List<Entry> catalog(Path csv) throws IOException {
    List<Entry> entries = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      var parser = format.parse(in);
      if (!parser.getHeaderMap().containsKey("title")) {
        throw new IOException(csv + ": line 1: the header has no \"title\" column");
      }
      for (CSVRecord record : parser) {
        String title = record.get("title");
        if (title == null || title.isBlank()) {
          throw new IOException(csv + ": line " + (record.getRecordNumber() + 1) + ": empty title");
        }
        entries.add(
            Entry.connector(
                Candidate.of(
                    "catalog: " + title,
                    "platform",
                    null,
                    title,
                    optional(record, "host"),
                    optional(record, "publisher"))));
      }
    }
    return entries;
  }

  private static String optional(CSVRecord record, String column) {
    return record.isMapped(column) ? record.get(column) : null;
  }
}
