package census.history;

import census.connector.FileRef;
import census.match.TitleNormalizer;
import census.warehouse.Row;
import census.warehouse.Tables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the walk's folder changes into connector versions with identities, and finds the breaking
 * changes between each version and the one before it.
 *
 * <p>A path keeps the identity it first got, so a folder deleted and added again is a new life of
 * the same connector. A folder that appears in the commit that removes another becomes a rename of
 * it when at least half of their files have the same blobs, or their titles or folder names are the
 * same once normalised ("Proposal - X (Independent Publisher)" and "X").
 */
final class Identities {
  static final double SAME_BLOBS = 0.5;
  private static final Pattern PROPOSAL =
      Pattern.compile("^\\s*proposal\\b[\\s\\-:_]*", Pattern.CASE_INSENSITIVE);

  private final Map<String, String> idOfPath = new HashMap<>();
  private final Map<String, Life> lives = new HashMap<>();
  private final Function<String, Row> contentRow;
  private final Map<String, ApiSurface> surfaces = new HashMap<>();
  private final List<Version> versions = new ArrayList<>();
  private final List<Row> breaking = new ArrayList<>();

  /** {@code contentRow} gives the connector_contents row of a content hash. */
  Identities(Function<String, Row> contentRow) {
    this.contentRow = contentRow;
  }

  private static final class Life {
    int life;
    boolean live;
    Version last;
  }

  private static final class Version {
    String connectorId;
    String path;
    String previousPath;
    String kind;
    String commitId;
    Instant commitTime;
    String author;
    String change;
    int life;
    String contentHash;
    String swaggerBlob;
    List<String> files;
    Instant validFrom;
    Instant validTo;
  }

  /**
   * Continues from the versions an earlier crawl wrote, in the order it wrote them: each path keeps
   * its identity, and each connector's latest version gets its valid_to when a new one arrives.
   */
  void resume(List<Row> previous) {
    for (Row row : previous) {
      Version v = new Version();
      v.connectorId = row.string("connector_id");
      v.path = row.string("path");
      v.previousPath = row.string("previous_path");
      v.kind = row.string("kind");
      v.commitId = row.string("commit_id");
      v.commitTime = (Instant) row.get("commit_time");
      v.author = row.string("author");
      v.change = row.string("change");
      v.life = (Integer) row.get("life");
      v.contentHash = row.string("content_hash");
      v.swaggerBlob = row.string("swagger_blob");
      v.files = row.strings("files");
      v.validFrom = (Instant) row.get("valid_from");
      v.validTo = (Instant) row.get("valid_to");
      idOfPath.putIfAbsent(v.path, v.connectorId);
      Life life = lives.computeIfAbsent(v.connectorId, k -> new Life());
      life.life = v.life;
      life.live = !v.change.equals("deleted");
      life.last = v;
      versions.add(v);
    }
  }

  /** Continues from the breaking changes an earlier crawl found. */
  void resumeBreakingChanges(List<Row> previous) {
    breaking.addAll(previous);
  }

  void add(HistoryWalk.CommitChanges commit) {
    List<HistoryWalk.FolderChange> added = new ArrayList<>();
    List<HistoryWalk.FolderChange> removed = new ArrayList<>();
    for (HistoryWalk.FolderChange c : commit.changes()) {
      if (c.before() != null && c.after() != null) {
        version(commit, c, identity(c.path()), "modified", null);
        compare(commit, c.path(), identity(c.path()), c.before(), c.after());
      } else if (c.after() != null) {
        added.add(c);
      } else {
        removed.add(c);
      }
    }
    Set<HistoryWalk.FolderChange> renamedFrom = new HashSet<>();
    for (HistoryWalk.FolderChange a : added) {
      HistoryWalk.FolderChange from =
          idOfPath.containsKey(a.path()) ? null : renameSource(a, removed, renamedFrom);
      if (from == null) {
        version(commit, a, identity(a.path()), "added", null);
        continue;
      }
      renamedFrom.add(from);
      String id = identity(from.path());
      idOfPath.put(a.path(), id);
      version(commit, a, id, "renamed", from.path());
      compare(commit, a.path(), id, from.before(), a.after());
    }
    for (HistoryWalk.FolderChange r : removed) {
      if (!renamedFrom.contains(r)) {
        version(commit, r, identity(r.path()), "deleted", null);
      }
    }
  }

  /** The removed folder this added one is a rename of, if any: the best match above the bar. */
  private HistoryWalk.FolderChange renameSource(
      HistoryWalk.FolderChange added,
      List<HistoryWalk.FolderChange> removed,
      Set<HistoryWalk.FolderChange> taken) {
    HistoryWalk.FolderChange best = null;
    double bestScore = 0;
    for (HistoryWalk.FolderChange r : removed) {
      if (taken.contains(r)) {
        continue;
      }
      double score = similarity(r, added);
      if (score >= SAME_BLOBS && score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return best;
  }

  /** 1 for the same title or folder name once normalised, else the share of blobs in common. */
  private double similarity(HistoryWalk.FolderChange removed, HistoryWalk.FolderChange added) {
    String oldName = nameKey(removed.name());
    if (!oldName.isEmpty() && oldName.equals(nameKey(added.name()))) {
      return 1;
    }
    String oldTitle = TitleNormalizer.key(title(removed.before()));
    if (!oldTitle.isEmpty() && oldTitle.equals(TitleNormalizer.key(title(added.after())))) {
      return 1;
    }
    Set<String> a = removed.before().blobs();
    Set<String> b = added.after().blobs();
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String blob : a) {
      if (b.contains(blob)) {
        shared++;
      }
    }
    return (double) shared / Math.max(a.size(), b.size());
  }

  /** A folder name as a title key, without a leading "Proposal -". */
  static String nameKey(String folder) {
    return TitleNormalizer.key(PROPOSAL.matcher(folder.toLowerCase(Locale.ROOT)).replaceFirst(""));
  }

  private String title(HistoryWalk.Content content) {
    Row row = contentRow.apply(content.hash());
    return row == null ? null : row.string("title");
  }

  private String identity(String path) {
    return idOfPath.computeIfAbsent(path, p -> p);
  }

  private void version(
      HistoryWalk.CommitChanges commit,
      HistoryWalk.FolderChange change,
      String id,
      String kind,
      String previousPath) {
    Life life = lives.computeIfAbsent(id, k -> new Life());
    if (kind.equals("added") && !life.live) {
      life.life++;
    }
    life.life = Math.max(life.life, 1);
    life.live = !kind.equals("deleted");
    Version v = new Version();
    v.connectorId = id;
    v.path = change.path();
    v.previousPath = previousPath;
    v.kind = change.kind().id();
    v.commitId = commit.commitId();
    v.commitTime = commit.time();
    v.author = commit.author();
    v.change = kind;
    v.life = life.life;
    HistoryWalk.Content content = change.after();
    v.contentHash = content == null ? null : content.hash();
    v.swaggerBlob = content == null ? null : content.swaggerBlob();
    v.files = new ArrayList<>();
    if (content != null) {
      for (FileRef f : content.folder().files()) {
        v.files.add(f.blobId() + " " + f.name());
      }
    }
    v.validFrom = commit.time();
    if (life.last != null) {
      if (life.last.validFrom.isAfter(v.validFrom)) {
        v.validFrom = life.last.validFrom;
      }
      life.last.validTo = v.validFrom;
    }
    life.last = v;
    versions.add(v);
  }

  /** Breaking changes from one content to the next, read from their stored surfaces. */
  private void compare(
      HistoryWalk.CommitChanges commit,
      String path,
      String id,
      HistoryWalk.Content before,
      HistoryWalk.Content after) {
    if (before.apiFiles().equals(after.apiFiles())) {
      return; // the same definition and properties: only side files (readme, icon) changed
    }
    ApiSurface old = surface(before.hash());
    ApiSurface now = surface(after.hash());
    if (old.equals(now)) {
      return;
    }
    for (BreakingChanges.Change change : BreakingChanges.between(old, now)) {
      breaking.add(
          Tables.BREAKING_CHANGES
              .row()
              .set("connector_id", id)
              .set("path", path)
              .set("commit_id", commit.commitId())
              .set("commit_time", commit.time())
              .set("kind", change.kind())
              .set("operation_id", change.operationId())
              .set("detail", change.detail())
              .build());
    }
  }

  private ApiSurface surface(String hash) {
    return surfaces.computeIfAbsent(
        hash,
        h -> {
          Row row = contentRow.apply(h);
          return row == null ? ApiSurface.NONE : ApiSurface.fromJson(row.string("api_surface"));
        });
  }

  List<Row> versionRows() {
    List<Row> rows = new ArrayList<>(versions.size());
    for (Version v : versions) {
      rows.add(
          Tables.CONNECTOR_VERSIONS
              .row()
              .set("connector_id", v.connectorId)
              .set("path", v.path)
              .set("previous_path", v.previousPath)
              .set("kind", v.kind)
              .set("commit_id", v.commitId)
              .set("commit_time", v.commitTime)
              .set("author", v.author)
              .set("change", v.change)
              .set("life", v.life)
              .set("content_hash", v.contentHash)
              .set("swagger_blob", v.swaggerBlob)
              .set("files", v.files)
              .set("valid_from", v.validFrom)
              .set("valid_to", v.validTo)
              .build());
    }
    return rows;
  }

  List<Row> breakingChangeRows() {
    return breaking;
  }

  /** Connectors by their latest change, for the crawl's summary. */
  Map<String, Long> changeCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Version v : versions) {
      counts.merge(v.change, 1L, Long::sum);
    }
    return counts;
  }
}
