package census.lint;

import census.json.JsonDocument;
import census.json.Location;
import census.json.SyntaxIssue;
import census.model.Severity;
import census.rules.RuleCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;

/**
 * One {@code .census.json}: which rules run on the folders below it, at which severity, and which
 * findings are suppressed and why. Every mistake in it is a {@link ConfigException} naming the file
 * and the line and column of the value at fault, so a typo never silently turns a rule off.
 */
public final class ConfigFile {
  public static final String NAME = ".census.json";

  private static final Set<String> TOP_KEYS =
      Set.of("select", "ignore", "severity", "overrides", "suppress");
  private static final Set<String> OVERRIDE_KEYS = Set.of("paths", "select", "ignore", "severity");
  private static final Set<String> SUPPRESS_KEYS = Set.of("rule", "path", "pointer", "reason");
  private static final String OFF = "off";

  /**
   * Rule settings at one level: the top of the file or one override. Ids are resolved ({@link
   * RuleCatalog#resolve}); {@code off} lists the rules whose severity is "off".
   */
  record Settings(
      Optional<Set<String>> select,
      Set<String> ignore,
      Map<String, Severity> severity,
      Set<String> off) {}

  /** Settings that apply to the folders one of {@code paths} matches. */
  record PathOverride(List<PathMatcher> paths, Settings settings) {}

  /** Findings of {@code rules} at {@code path} (and under {@code pointer}) are suppressed. */
  record Suppression(Set<String> rules, PathMatcher path, String pointer, String reason) {}

  private final Path file;
  private final String fingerprint;
  private final Settings top;
  private final List<PathOverride> overrides;
  private final List<Suppression> suppressions;

  private ConfigFile(
      Path file,
      String fingerprint,
      Settings top,
      List<PathOverride> overrides,
      List<Suppression> suppressions) {
    this.file = file;
    this.fingerprint = fingerprint;
    this.top = top;
    this.overrides = List.copyOf(overrides);
    this.suppressions = List.copyOf(suppressions);
  }

  /** Reads a configuration file; rule ids are checked against {@code catalog}. */
  public static ConfigFile read(Path file, RuleCatalog catalog)
      throws IOException, ConfigException {
    Path abs = file.toAbsolutePath().normalize();
    byte[] bytes = Files.readAllBytes(abs);
    return new Parser(abs, JsonDocument.parse(abs.toString(), bytes), catalog)
        .parse(fingerprint(abs, bytes));
  }

  public Path file() {
    return file;
  }

  /** The folder that the globs in the file are relative to. */
  public Path folder() {
    return file.getParent();
  }

  /** The file's place and a hash of its content: what lint findings cached under it depend on. */
  public String fingerprint() {
    return fingerprint;
  }

  Settings top() {
    return top;
  }

  List<PathOverride> overrides() {
    return overrides;
  }

  List<Suppression> suppressions() {
    return suppressions;
  }

  /**
   * Whether a glob matches a path relative to the config's folder or one of the folders holding it,
   * so {@code certified-connectors/Contoso} covers every file in that folder.
   */
  static boolean matches(PathMatcher glob, Path relative) {
    for (Path p = relative; p != null; p = p.getParent()) {
      if (glob.matches(p)) {
        return true;
      }
    }
    return false;
  }

  private static String fingerprint(Path file, byte[] bytes) {
    try {
      return file
          + " "
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Reads the document's values by JSON pointer, which also places the error messages. */
  private static final class Parser {
    private final Path file;
    private final JsonDocument doc;
    private final RuleCatalog catalog;

    Parser(Path file, JsonDocument doc, RuleCatalog catalog) {
      this.file = file;
      this.doc = doc;
      this.catalog = catalog;
    }

    ConfigFile parse(String fingerprint) throws ConfigException {
      for (SyntaxIssue issue : doc.issues()) {
        if (issue.kind() != SyntaxIssue.Kind.BYTE_ORDER_MARK) {
          throw new ConfigException(
              file + ":" + issue.line() + ":" + issue.column() + ": not JSON: " + issue.message());
        }
      }
      object("", TOP_KEYS);
      List<PathOverride> overrides = new ArrayList<>();
      for (String o : elements("/overrides")) {
        object(o, OVERRIDE_KEYS);
        List<PathMatcher> paths = new ArrayList<>();
        for (String p : elements(required(o, "paths"))) {
          paths.add(glob(p));
        }
        if (paths.isEmpty()) {
          throw error(o + "/paths", "an override needs at least one path");
        }
        overrides.add(new PathOverride(paths, settings(o)));
      }
      List<Suppression> suppressions = new ArrayList<>();
      for (String s : elements("/suppress")) {
        object(s, SUPPRESS_KEYS);
        Set<String> rules = ruleId(required(s, "rule"));
        PathMatcher path = glob(required(s, "path"));
        String pointer = "";
        if (present(s + "/pointer")) {
          pointer = string(s + "/pointer");
          if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw error(s + "/pointer", "a JSON pointer is empty or starts with '/'");
          }
        }
        String reason = string(required(s, "reason"));
        if (reason.isBlank()) {
          throw error(s + "/reason", "a suppression needs a reason");
        }
        suppressions.add(new Suppression(rules, path, pointer, reason.strip()));
      }
      return new ConfigFile(file, fingerprint, settings(""), overrides, suppressions);
    }

    private Settings settings(String at) throws ConfigException {
      Optional<Set<String>> select = Optional.empty();
      if (present(at + "/select")) {
        select = Optional.of(ruleIds(at + "/select"));
      }
      Set<String> ignore = present(at + "/ignore") ? ruleIds(at + "/ignore") : Set.of();
      Map<String, Severity> severity = new LinkedHashMap<>();
      Set<String> off = new TreeSet<>();
      if (present(at + "/severity")) {
        JsonNode levels = object(at + "/severity", null);
        for (Iterator<String> names = levels.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          String pointer = at + "/severity/" + JsonDocument.escape(name);
          Set<String> ids = ruleId(pointer, name);
          String value = string(pointer);
          if (value.equals(OFF)) {
            off.addAll(ids);
          } else {
            Severity s = severity(value, pointer);
            ids.forEach(id -> severity.put(id, s));
          }
        }
      }
      return new Settings(select, ignore, severity, off);
    }

    private Severity severity(String value, String pointer) throws ConfigException {
      for (Severity s : Severity.values()) {
        if (s.id().equals(value)) {
          return s;
        }
      }
      throw error(pointer, "'" + value + "' is not a severity: error, warning, info or off");
    }

    private Set<String> ruleIds(String pointer) throws ConfigException {
      Set<String> ids = new TreeSet<>();
      for (String e : elements(pointer)) {
        ids.addAll(ruleId(e));
      }
      return ids;
    }

    private Set<String> ruleId(String pointer) throws ConfigException {
      return ruleId(pointer, string(pointer));
    }

    /** The rules an id stands for: the old id of a split rule means all its parts. */
    private Set<String> ruleId(String pointer, String id) throws ConfigException {
      Set<String> ids = catalog.resolve(id);
      if (ids.isEmpty()) {
        throw error(pointer, "no rule has the id '" + id + "' (`census rules` lists them)");
      }
      return ids;
    }

    private PathMatcher glob(String pointer) throws ConfigException {
      String glob = string(pointer);
      if (glob.isEmpty() || glob.startsWith("/")) {
        throw error(pointer, "a glob relative to the folder of " + NAME + " is expected");
      }
      try {
        // the file system of the paths it matches: on Windows a / in a glob matches a backslash
        return file.getFileSystem().getPathMatcher("glob:" + glob);
      } catch (PatternSyntaxException e) {
        throw error(pointer, "bad glob '" + glob + "': " + e.getDescription());
      }
    }

    /** The pointers of the array's elements; none when the array is absent. */
    private List<String> elements(String pointer) throws ConfigException {
      JsonNode array = doc.tree().at(pointer);
      if (array.isMissingNode()) {
        return List.of();
      }
      if (!array.isArray()) {
        throw error(pointer, "an array is expected");
      }
      List<String> elements = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        elements.add(pointer + "/" + i);
      }
      return elements;
    }

    private boolean present(String pointer) {
      return !doc.tree().at(pointer).isMissingNode();
    }

    /** The pointer of {@code key} in the object at {@code object}, which must hold it. */
    private String required(String object, String key) throws ConfigException {
      String pointer = object + "/" + key;
      if (!present(pointer)) {
        throw error(object, "\"" + key + "\" is required here");
      }
      return pointer;
    }

    /** The object at {@code pointer}, whose keys must all be in {@code keys} (any when null). */
    private JsonNode object(String pointer, Set<String> keys) throws ConfigException {
      JsonNode node = doc.tree().at(pointer);
      if (!node.isObject()) {
        throw error(pointer, "an object is expected");
      }
      if (keys != null) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          if (!keys.contains(name)) {
            throw error(
                pointer + "/" + JsonDocument.escape(name),
                "unknown key \"" + name + "\" (expected one of " + new TreeSet<>(keys) + ")");
          }
        }
      }
      return node;
    }

    private String string(String pointer) throws ConfigException {
      JsonNode node = doc.tree().at(pointer);
      if (!node.isTextual()) {
        throw error(pointer, "a string is expected");
      }
      return node.asText();
    }

    private ConfigException error(String pointer, String problem) {
      Location at = doc.locate(pointer);
      return new ConfigException(file + ":" + at.line() + ":" + at.column() + ": " + problem);
    }
  }
}
