package census.connector;

import census.json.JsonDocument;
import census.model.ConnectorKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Connector folders read from a directory on disk rather than from git objects, for {@code census
 * lint}. The same {@link ConnectorFolder} and rules serve both.
 */
public final class DiskFolders {
  /** A folder with more files than this is not a connector; listing stops there. */
  static final int MAX_FILES = 5_000;

  static final int MAX_DEPTH = 12;

  /** Repository files (JSON Schemas) larger than this are not read. */
  static final long MAX_REPOSITORY_FILE_BYTES = 8L * 1024 * 1024;

  /** The brand colour every independent publisher connector carries. */
  public static final String INDEPENDENT_PUBLISHER_COLOR = "#da3b01";

  private DiskFolders() {}

  /**
   * The connector folder at {@code dir}. Its kind is {@code kind} when given, else the kind folder
   * that holds it ({@code certified-connectors/...}), else independent publisher when its
   * apiProperties.json carries the brand colour #da3b01, else certified.
   */
  public static ConnectorFolder folder(Path dir, Optional<ConnectorKind> kind) throws IOException {
    Path abs = dir.toAbsolutePath().normalize();
    List<FileRef> files = list(abs);
    FileContents contents = (file, max) -> read(abs.resolve(file.name()), file, max);
    String name = abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
    ConnectorKind resolved =
        kind.or(() -> kindFromPlace(abs)).orElseGet(() -> kindFromBrandColor(abs, files));
    return new ConnectorFolder(resolved, name, repositoryPath(abs, name), files, contents);
  }

  /**
   * A single API definition file, as a folder that holds just that file under the standard name
   * {@value ConnectorFolder#SWAGGER}, so that every rule reading the definition finds it.
   */
  public static ConnectorFolder definitionFile(Path file, Optional<ConnectorKind> kind)
      throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    FileRef ref = new FileRef(ConnectorFolder.SWAGGER, null, Files.size(abs));
    FileContents contents = (f, max) -> read(abs, f, max);
    Path parent = abs.getParent();
    ConnectorKind resolved =
        kind.or(() -> parent == null ? Optional.empty() : kindFromPlace(parent))
            .orElse(ConnectorKind.CERTIFIED);
    String name =
        parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    return new ConnectorFolder(
        resolved,
        name,
        parent == null ? name : repositoryPath(parent, name),
        List.of(ref),
        contents);
  }

  /**
   * The connector folders under {@code dir} when it is a repository checkout (it holds a kind
   * folder such as {@code certified-connectors/}) or a kind folder itself; empty otherwise.
   */
  public static List<Path> connectorFoldersUnder(Path dir) throws IOException {
    Path abs = dir.toAbsolutePath().normalize();
    List<Path> kindFolders = new ArrayList<>();
    if (abs.getFileName() != null
        && ConnectorKind.fromTopFolder(abs.getFileName().toString()).isPresent()) {
      kindFolders.add(abs);
    } else {
      for (ConnectorKind kind : ConnectorKind.values()) {
        Path candidate = abs.resolve(kind.topFolder());
        if (Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)) {
          kindFolders.add(candidate);
        }
      }
    }
    List<Path> folders = new ArrayList<>();
    for (Path kindFolder : kindFolders) {
      try (var children = Files.list(kindFolder)) {
        children
            .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
            .sorted()
            .forEach(folders::add);
      }
    }
    return folders;
  }

  /**
   * The repository around a folder: the nearest ancestor holding {@code schemas/}, whose files (the
   * apiProperties JSON Schema) rules may read. {@link RepositoryView#EMPTY} when there is none, and
   * then the rules that need those files say nothing.
   */
  public static Optional<Path> repositoryRoot(Path dir) {
    for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("schemas"), LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Files of the repository checkout at {@code root}; paths cannot leave it. */
  public static RepositoryView repository(Path root) {
    Path base = root.toAbsolutePath().normalize();
    return repositoryPath -> {
      Path file = base.resolve(repositoryPath).normalize();
      if (!file.startsWith(base) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      try {
        FileRef ref = new FileRef(repositoryPath, null, Files.size(file));
        return Optional.of(read(file, ref, MAX_REPOSITORY_FILE_BYTES));
      } catch (IOException e) {
        return Optional.empty();
      }
    };
  }

  private static List<FileRef> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + " is not a directory");
    }
    List<FileRef> files = new ArrayList<>();
    Files.walkFileTree(
        dir,
        java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class),
        MAX_DEPTH,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            // Symbolic links are not connector files, as in git (see ConnectorTrees).
            if (attrs.isRegularFile()) {
              String name =
                  dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
              files.add(new FileRef(name, null, attrs.size()));
            }
            return files.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // an unreadable entry is skipped, the rest is linted
          }
        });
    files.sort(Comparator.comparing(FileRef::name));
    return files;
  }

  private static byte[] read(Path path, FileRef file, long maxBytes) throws IOException {
    if (Files.size(path) > maxBytes) {
      throw new FileContents.TooLargeException(file, maxBytes);
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new FileContents.TooLargeException(file, maxBytes); // it grew while being read
      }
      return bytes;
    }
  }

  private static Optional<ConnectorKind> kindFromPlace(Path folder) {
    Path parent = folder.getParent();
    return parent == null || parent.getFileName() == null
        ? Optional.empty()
        : ConnectorKind.fromTopFolder(parent.getFileName().toString());
  }

  private static ConnectorKind kindFromBrandColor(Path dir, List<FileRef> files) {
    ConnectorFolder probe = new ConnectorFolder(ConnectorKind.CERTIFIED, "", "", files, null);
    Optional<FileRef> props = probe.propertiesFile();
    if (props.isEmpty()) {
      return ConnectorKind.CERTIFIED;
    }
    try {
      byte[] bytes = read(dir.resolve(props.get().name()), props.get(), JsonDocument.MAX_BYTES);
      String color =
          JsonDocument.parse(props.get().name(), bytes)
              .tree()
              .path("properties")
              .path("iconBrandColor")
              .asText("");
      return INDEPENDENT_PUBLISHER_COLOR.equalsIgnoreCase(color.trim())
          ? ConnectorKind.INDEPENDENT_PUBLISHER
          : ConnectorKind.CERTIFIED;
    } catch (IOException e) {
      return ConnectorKind.CERTIFIED; // the rules report the unreadable file
    }
  }

  /** {@code kind-folder/name} when the folder sits in a kind folder, else its name. */
  private static String repositoryPath(Path folder, String name) {
    Path parent = folder.getParent();
    if (parent != null
        && parent.getFileName() != null
        && ConnectorKind.fromTopFolder(parent.getFileName().toString()).isPresent()) {
      return parent.getFileName() + "/" + name;
    }
    return name;
  }
}
