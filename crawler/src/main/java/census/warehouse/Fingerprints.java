package census.warehouse;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What each analysis job and the report last computed from (the {@code fingerprints} table), so
 * that a run skips a step whose code and inputs are unchanged and keeps its last output.
 *
 * <p>A step's fingerprint is the version of the code that computed it and the content hash of each
 * table it read. Analysis jobs record the tables they actually read, so a job's inputs need no
 * declaration; a job that would read other tables must itself have changed, and then its code
 * version has. The code version is coarse on purpose: any change to the compiled classes of the
 * modules involved recomputes every step once, which is cheap next to a stale table.
 */
public final class Fingerprints {
  /** The step name of an analysis job in the table. */
  public static String job(String name) {
    return "job:" + name;
  }

  public static final String REPORT = "report";

  private final Warehouse warehouse;
  private final Map<String, Row> previous;
  private final Map<String, String> hashes = new HashMap<>();

  private Fingerprints(Warehouse warehouse, Map<String, Row> previous) {
    this.warehouse = warehouse;
    this.previous = previous;
  }

  /** The fingerprints the warehouse holds; none when it has none or they cannot be read. */
  public static Fingerprints of(Warehouse warehouse) throws IOException {
    Map<String, Row> rows = new HashMap<>();
    if (warehouse.exists(Tables.FINGERPRINTS)) {
      try {
        warehouse.read(Tables.FINGERPRINTS).forEach(r -> rows.put(r.string("step"), r));
      } catch (CorruptTableException e) {
        // Unreadable fingerprints only cost a recomputation.
        rows.clear();
      }
    }
    return new Fingerprints(warehouse, rows);
  }

  /** The content hash of a published table, computed once per instance. */
  public synchronized String hash(String table) throws IOException {
    String known = hashes.get(table);
    if (known == null) {
      known = warehouse.contentHash(table);
      hashes.put(table, known);
    }
    return known;
  }

  /** The step names recorded, with the given prefix. */
  public List<String> steps(String prefix) {
    return previous.keySet().stream().filter(s -> s.startsWith(prefix)).sorted().toList();
  }

  /**
   * Why the step must run: empty when it was computed by {@code code} from tables whose content is
   * unchanged since, else the first difference in words.
   */
  public Optional<String> changed(String step, String code) throws IOException {
    Row last = previous.get(step);
    if (last == null) {
      return Optional.of("never computed");
    }
    if (!code.equals(last.string("code_version"))) {
      return Optional.of("its code changed");
    }
    for (String input : last.strings("inputs")) {
      int eq = input.lastIndexOf('=');
      String table = input.substring(0, eq);
      if (!hash(table).equals(input.substring(eq + 1))) {
        return Optional.of(table + " changed");
      }
    }
    return Optional.empty();
  }

  /** The row recording that {@code step} was computed now by {@code code} from {@code tables}. */
  public Row computed(String step, String code, Collection<String> tables, String runId)
      throws IOException {
    List<String> inputs = new ArrayList<>();
    for (String table : new TreeSet<>(tables)) {
      inputs.add(table + "=" + hash(table));
    }
    return Tables.FINGERPRINTS
        .row()
        .set("step", step)
        .set("code_version", code)
        .set("inputs", inputs)
        .set("run_id", runId)
        .build();
  }

  /** The recorded rows with {@code replaced} in place of the rows of the same steps. */
  public List<Row> with(Collection<Row> replaced) {
    Map<String, Row> rows = new HashMap<>(previous);
    replaced.forEach(r -> rows.put(r.string("step"), r));
    return rows.values().stream()
        .sorted((a, b) -> a.string("step").compareTo(b.string("step")))
        .toList();
  }

  /**
   * A version of the compiled code that holds these classes: a hash of the names and CRCs of the
   * class files in each one's jar (timestamps aside, so a rebuild of the same sources keeps it), or
   * of the class files' bytes when they lie in a folder (tests, an IDE).
   */
  public static String code(Class<?>... anchors) {
    MessageDigest sha = sha256();
    for (Class<?> anchor : anchors) {
      String resource = anchor.getName().replace('.', '/') + ".class";
      URL url = anchor.getClassLoader().getResource(resource);
      if (url == null) {
        throw new IllegalStateException("cannot find " + resource);
      }
      try {
        if (url.getProtocol().equals("jar")) {
          hashJar(((JarURLConnection) url.openConnection()).getJarFileURL(), sha);
        } else {
          Path file = Path.of(url.toURI());
          Path root = file;
          for (int i = 0; i < anchor.getName().split("\\.").length; i++) {
            root = root.getParent();
          }
          hashFolder(root, sha);
        }
      } catch (IOException | URISyntaxException e) {
        throw new IllegalStateException("cannot read the code of " + anchor.getName(), e);
      }
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 12);
  }

  private static void hashJar(URL jar, MessageDigest sha) throws IOException, URISyntaxException {
    try (JarFile file = new JarFile(Path.of(jar.toURI()).toFile())) {
      file.stream()
          .filter(e -> !e.isDirectory())
          .sorted((a, b) -> a.getName().compareTo(b.getName()))
          .forEach(
              e -> {
                sha.update(e.getName().getBytes(StandardCharsets.UTF_8));
                sha.update(Long.toString(e.getCrc()).getBytes(StandardCharsets.UTF_8));
              });
    }
  }

  private static void hashFolder(Path root, MessageDigest sha) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        sha.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
        sha.update(Files.readAllBytes(f));
      }
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
