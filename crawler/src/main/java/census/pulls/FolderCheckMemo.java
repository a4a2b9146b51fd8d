package census.pulls;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Checks of connector folder versions, keyed by repository path and folder tree id: the same
 * version in several pull requests, or in the same one run after run, is checked once. Seeded from
 * the previous crawl's tables when they were made with the same rule catalog. The one place to swap
 * in a persistent content-keyed cache.
 */
final class FolderCheckMemo {
  /** A folder version: where it is (findings name the path) and its content. */
  record Key(String path, ObjectId tree) {}

  private final Map<Key, FolderCheck> checks = new ConcurrentHashMap<>();

  Optional<FolderCheck> get(Key key) {
    return Optional.ofNullable(checks.get(key));
  }

  void put(Key key, FolderCheck check) {
    checks.put(key, check);
  }

  int size() {
    return checks.size();
  }
}
