package census.pulls;

import census.rules.CatalogChange;
import census.rules.FindingSummary;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Checks of connector folder versions, keyed by repository path and folder tree id: the same
 * version in several pull requests, or in the same one run after run, is checked once. Seeded from
 * the previous crawl's tables: in full when they were made with the same rule catalog, partly after
 * a catalog change (only the changed rules run again). It holds each version's findings as a {@link
 * FindingSummary}; the findings themselves are written as they are found.
 */
final class FolderCheckMemo {
  /** A folder version: where it is (findings name the path) and its content. */
  record Key(String path, ObjectId tree) {}

  /** A folder's change: its tree at the base and at the head. */
  record Change(ObjectId base, ObjectId head) {}

  private final Map<Key, FolderCheck> checks = new ConcurrentHashMap<>();
  private final Map<Key, Partial> partial = new ConcurrentHashMap<>();
  // Breaking changes depend on the two versions alone, not on the rule catalog.
  private final Map<Change, Integer> breaking = new ConcurrentHashMap<>();

  /**
   * A version checked before whose title, readme and file list are not stored (only a head's are):
   * the findings of the rules {@code change} left alone. A later check runs the changed rules on
   * it, if any, and reads the rest.
   */
  record Partial(FindingSummary kept, CatalogChange change) {}

  Optional<FolderCheck> get(Key key) {
    return Optional.ofNullable(checks.get(key));
  }

  /** The findings of a version, when no rule has to run on it again. */
  Optional<FindingSummary> findings(Key key) {
    FolderCheck check = checks.get(key);
    if (check != null) {
      return Optional.of(check.findings());
    }
    Partial p = partial.get(key);
    return p != null && p.change().isEmpty() ? Optional.of(p.kept()) : Optional.empty();
  }

  void putPartial(Key key, Partial kept) {
    partial.put(key, kept);
  }

  Optional<Partial> partial(Key key) {
    return Optional.ofNullable(partial.get(key));
  }

  void put(Key key, FolderCheck check) {
    checks.put(key, check);
    partial.remove(key);
  }

  /** How many breaking changes lead from {@code base} to {@code head}, if counted before. */
  Optional<Integer> breakingChanges(ObjectId base, ObjectId head) {
    return Optional.ofNullable(breaking.get(new Change(base, head)));
  }

  void putBreakingChanges(ObjectId base, ObjectId head, int count) {
    breaking.put(new Change(base, head), count);
  }

  /** Versions checked before, in full or in part. */
  int size() {
    return checks.size() + partial.size();
  }
}
