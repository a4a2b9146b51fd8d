package census.lint;

import census.rules.FindingKey;
import census.rules.RuleCatalog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A lint baseline ({@code --write-baseline}, {@code --baseline}): the keys of the findings a
 * project accepts, per connector folder (named as lint output names it: relative to {@code --base}
 * or the current folder), each with how many times it occurs. A later lint reports only the
 * findings the baseline does not hold, matched as multisets as {@link FindingKey#newIn} does.
 */
final class Baseline {
  static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::connector)
          .thenComparing(k -> k.key().file())
          .thenComparing(k -> k.key().ruleId())
          .thenComparing(k -> k.key().path())
          .thenComparing(k -> k.key().message());

  private record Key(String connector, FindingKey key) {}

  private final Path file;
  private final Path relativeTo;
  private final Map<String, List<FindingKey>> byConnector;

  private Baseline(Path file, Path relativeTo, Map<String, List<FindingKey>> byConnector) {
    this.file = file;
    this.relativeTo = relativeTo;
    this.byConnector = byConnector;
  }

  /** Writes the keys of every finding of {@code folders}, counted, in a stable order. */
  static void write(
      Path file, List<KeyedFindings.Folder> folders, DisplayPaths paths, String catalogVersion)
      throws IOException {
    Map<Key, Integer> counts = new TreeMap<>(ORDER);
    for (KeyedFindings.Folder folder : folders) {
      String connector = paths.show(folder.target().location());
      folder.keys().forEach(k -> counts.merge(new Key(connector, k), 1, Integer::sum));
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("version", FORMAT_VERSION).put("catalogVersion", catalogVersion);
    ArrayNode entries = root.putArray("entries");
    counts.forEach(
        (k, n) ->
            entries
                .addObject()
                .put("connector", k.connector())
                .put("file", k.key().file())
                .put("rule", k.key().ruleId())
                .put("path", k.key().path())
                .put("message", k.key().message())
                .put("count", n));
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
  }

  /**
   * Reads a baseline whose connector folders are named relative to {@code relativeTo}. A rule id no
   * longer in {@code catalog} stands for the rules split or renamed from it ({@link
   * RuleCatalog#resolve}), so their findings still match.
   *
   * @throws IOException naming the file when it is missing or not a baseline
   */
  static Baseline read(Path file, Path relativeTo, RuleCatalog catalog) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new IOException("cannot read the baseline " + file + ": no such file", e);
    } catch (JsonProcessingException e) {
      throw malformed(file, e.getOriginalMessage());
    }
    if (root == null || root.path("version").asInt(-1) != FORMAT_VERSION) {
      throw malformed(file, "expected \"version\": " + FORMAT_VERSION);
    }
    if (!root.path("entries").isArray()) {
      throw malformed(file, "expected an array \"entries\"");
    }
    Map<String, List<FindingKey>> byConnector = new HashMap<>();
    for (JsonNode e : root.path("entries")) {
      for (String field : List.of("connector", "file", "rule", "path", "message")) {
        if (!e.path(field).isTextual()) {
          throw malformed(file, "an entry without a text \"" + field + "\": " + e);
        }
      }
      int count = e.path("count").asInt(0);
      if (!e.path("count").isInt() || count < 1) {
        throw malformed(file, "an entry without a positive \"count\": " + e);
      }
      String rule = e.path("rule").asText();
      Set<String> ids = catalog.resolve(rule);
      List<FindingKey> keys =
          byConnector.computeIfAbsent(e.path("connector").asText(), c -> new ArrayList<>());
      for (String id : ids.isEmpty() ? Set.of(rule) : ids) {
        FindingKey key =
            new FindingKey(
                e.path("file").asText(), id, e.path("path").asText(), e.path("message").asText());
        for (int i = 0; i < count; i++) {
          keys.add(key);
        }
      }
    }
    return new Baseline(file, relativeTo, byConnector);
  }

  private static IOException malformed(Path file, String why) {
    return new IOException(file + " is not a census lint baseline: " + why);
  }

  /** What the base is, for the report. */
  String description() {
    return "the baseline " + file;
  }

  /** The accepted keys of a folder's findings. Called from several threads. */
  List<FindingKey> keys(KeyedFindings.Folder folder) {
    // A DisplayPaths of its own: it memoises in a plain HashMap.
    String connector = new DisplayPaths(relativeTo).show(folder.target().location());
    return byConnector.getOrDefault(connector, List.of());
  }
}
