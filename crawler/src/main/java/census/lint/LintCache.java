package census.lint;

import census.connector.DiskFolders;
import census.connector.FileRef;
import census.model.Severity;
import census.rules.Finding;
import census.rules.Fix;
import census.rules.files.ApiPropertiesSchema;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The findings of folders linted before ({@code census lint --cache}): a folder whose files, kind,
 * place and repository schema are those of an earlier lint under the same rules gets that lint's
 * findings without being checked again. Each entry is one file named by its key, written to a
 * temporary name and moved into place, so lints running at once or one killed midway leave the
 * cache usable; an entry that cannot be read is a miss. Entries not used for {@link #UNUSED} are
 * deleted.
 */
public final class LintCache {
  /** Bumped when the entry format or what the key covers changes. */
  private static final String FORMAT = "census-lint-cache 3";

  static final Duration UNUSED = Duration.ofDays(30);

  private static final String SUFFIX = ".findings";

  private final Path dir;
  private final String checkVersion;

  /**
   * @param checkVersion what findings depend on besides the files: the catalog's version and the
   *     opt-in rules that run ({@link census.rules.RuleEngine#checkVersion()})
   */
  public LintCache(Path dir, String checkVersion) {
    this.dir = dir;
    this.checkVersion = checkVersion;
  }

  /** {@code $XDG_CACHE_HOME/census/lint}, else {@code ~/.cache/census/lint}. */
  public static Path defaultLocation() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("census").resolve("lint");
  }

  public Path location() {
    return dir;
  }

  /**
   * The key of a target: a hash of everything its findings depend on. As in ESLint's and Ruff's
   * caches, a file counts as changed when its size or modification time does (hashing the 90 MB of
   * the dev tip's files would cost more than half of a cached lint); a file that cannot be read
   * enters the key by its error, which the rules report.
   *
   * @param config the fingerprint of the target's configuration ({@link
   *     FolderConfig#fingerprint()}), which decides the rules that run on it
   */
  public String key(LintTarget target, String config) {
    MessageDigest sha = sha256();
    update(sha, FORMAT);
    update(sha, checkVersion);
    update(sha, config);
    update(sha, target.folder().kind().id());
    update(sha, target.folder().path());
    update(sha, target.folder().folder());
    update(sha, target.singleFile() ? "file" : "folder");
    Path location = target.location().toAbsolutePath().normalize();
    update(sha, location.toString());
    List<FileRef> files = new ArrayList<>(target.folder().files());
    files.sort(Comparator.comparing(FileRef::name));
    for (FileRef file : files) {
      update(sha, file.name());
      update(sha, stamp(target.singleFile() ? location : location.resolve(file.name())));
    }
    // The one repository file rules read: apiProperties.json is validated against it.
    update(
        sha,
        DiskFolders.repositoryRoot(location)
            .map(root -> stamp(root.resolve(ApiPropertiesSchema.SCHEMA_PATH)))
            .orElse("no repository"));
    return HexFormat.of().formatHex(sha.digest());
  }

  /** A file's size and modification time, or why they cannot be read. */
  private static String stamp(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    } catch (IOException | RuntimeException e) {
      return "unreadable: " + e.getMessage();
    }
  }

  /** The findings stored under {@code key}, of the connector at {@code connectorPath}. */
  public Optional<List<Finding>> get(String key, String connectorPath) {
    Path entry = dir.resolve(key + SUFFIX);
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(entry)))) {
      if (!FORMAT.equals(in.readUTF())) {
        return Optional.empty();
      }
      int n = in.readInt();
      List<Finding> findings = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        findings.add(
            new Finding(
                connectorPath,
                string(in),
                string(in),
                Severity.valueOf(string(in)),
                string(in),
                in.readInt(),
                in.readInt(),
                string(in),
                fix(in)));
      }
      Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
      return Optional.of(findings);
    } catch (IOException | RuntimeException e) {
      // No entry, or a truncated or foreign one: the folder is checked and the entry written anew.
      return Optional.empty();
    }
  }

  /** Stores the findings under {@code key}. */
  public void put(String key, List<Finding> findings) throws IOException {
    Files.createDirectories(dir);
    Path temporary = dir.resolve(key + "." + UUID.randomUUID() + ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
      out.writeUTF(FORMAT);
      out.writeInt(findings.size());
      for (Finding f : findings) {
        string(out, f.file());
        string(out, f.ruleId());
        string(out, f.severity().name());
        string(out, f.jsonPointer());
        out.writeInt(f.line());
        out.writeInt(f.column());
        string(out, f.message());
        fix(out, f.fix());
      }
    }
    try {
      Files.move(
          temporary,
          dir.resolve(key + SUFFIX),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, dir.resolve(key + SUFFIX), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static Optional<Fix> fix(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return Optional.empty();
    }
    boolean safe = in.readBoolean();
    boolean utf8 = in.readBoolean();
    int n = in.readInt();
    List<Fix.Splice> splices = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      splices.add(
          new Fix.Splice(
              in.readInt(),
              in.readInt(),
              string(in),
              in.readInt(),
              in.readInt(),
              in.readInt(),
              in.readInt()));
    }
    return Optional.of(new Fix(safe, splices, utf8));
  }

  private static void fix(DataOutputStream out, Optional<Fix> fix) throws IOException {
    out.writeBoolean(fix.isPresent());
    if (fix.isEmpty()) {
      return;
    }
    out.writeBoolean(fix.get().safe());
    out.writeBoolean(fix.get().utf8());
    out.writeInt(fix.get().splices().size());
    for (Fix.Splice s : fix.get().splices()) {
      out.writeInt(s.start());
      out.writeInt(s.end());
      string(out, s.text());
      out.writeInt(s.startLine());
      out.writeInt(s.startColumn());
      out.writeInt(s.endLine());
      out.writeInt(s.endColumn());
    }
  }

  /**
   * Deletes entries not used since {@code now - UNUSED}, and temporary files a killed lint left;
   * returns how many.
   */
  public int prune(Instant now) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    Instant before = now.minus(UNUSED);
    int deleted = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        boolean ours = name.endsWith(SUFFIX) || name.endsWith(".tmp");
        if (ours && Files.getLastModifiedTime(entry).toInstant().isBefore(before)) {
          deleted += Files.deleteIfExists(entry) ? 1 : 0;
        }
      }
    }
    return deleted;
  }

  private static String string(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void string(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static void update(MessageDigest sha, String value) {
    update(sha, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Length first, so that two fields can never run into each other. */
  private static void update(MessageDigest sha, byte[] bytes) {
    sha.update(
        new byte[] {
          (byte) (bytes.length >>> 24),
          (byte) (bytes.length >>> 16),
          (byte) (bytes.length >>> 8),
          (byte) bytes.length
        });
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
