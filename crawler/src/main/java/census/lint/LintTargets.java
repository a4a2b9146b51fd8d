package census.lint;

import census.connector.ConnectorFolder;
import census.connector.DiskFolders;
import census.connector.RepositoryView;
import census.model.ConnectorKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the paths given to {@code census lint} into lint targets. */
public final class LintTargets {
  private LintTargets() {}

  /**
   * A directory is a connector folder, unless it is a repository checkout or a kind folder, which
   * stand for every connector folder in them; a file is a lone API definition.
   *
   * @throws NoSuchFileException naming the first path that does not exist
   */
  public static List<LintTarget> resolve(List<Path> paths, Optional<ConnectorKind> kind)
      throws IOException {
    Map<Path, RepositoryView> repositories = new HashMap<>();
    List<LintTarget> targets = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString(), null, "no such file or directory");
      }
      if (Files.isRegularFile(path)) {
        ConnectorFolder folder = DiskFolders.definitionFile(path, kind);
        targets.add(new LintTarget(path, folder, repository(path, repositories), true));
        continue;
      }
      List<Path> inside = DiskFolders.connectorFoldersUnder(path);
      for (Path dir : inside.isEmpty() ? List.of(path) : inside) {
        ConnectorFolder folder = DiskFolders.folder(dir, kind);
        targets.add(new LintTarget(dir, folder, repository(dir, repositories), false));
      }
    }
    return targets;
  }

  /** One memoized view per checkout, so 1,035 folders read the schema once. */
  private static RepositoryView repository(Path path, Map<Path, RepositoryView> repositories) {
    return DiskFolders.repositoryRoot(path)
        .map(root -> repositories.computeIfAbsent(root, r -> DiskFolders.repository(r).memoized()))
        .orElse(RepositoryView.EMPTY);
  }
}
