package census.check;

import census.match.Candidate;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code census check} and {@code census pr} compare with, in one small file that the nightly
 * run publishes beside the report ({@code check-index.json}), so that an author needs no warehouse:
 * the connectors of the latest crawl and the pull requests not merged. Format: docs/operations.md.
 */
public final class CheckIndex {
  /** Raised with {@link #VERSION}; a reader refuses other versions rather than misread them. */
  public static final int VERSION = 1;

  public static final String FILE_NAME = "check-index.json";

  /**
   * The tables {@link #of(Warehouse)} reads: an index from unchanged tables is the same index. A
   * method, not a constant: the author jar loads this class without the warehouse's classes.
   */
  public static List<String> tables() {
    return List.of(
        Tables.CONNECTORS.name(),
        Tables.PULL_REQUESTS.name(),
        Tables.PULL_REQUEST_CONNECTORS.name());
  }

  static final String FORMAT = "census-check-index";
  // an index of the whole repository is about 1 MB; anything far larger is not one
  static final long MAX_BYTES = 64L << 20;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * A connector of the latest crawl.
   *
   * @param title the title, or the folder name where the definition has none
   */
  public record Connector(
      String path, String kind, String folder, String title, String host, String publisher) {}

  /**
   * A pull request not merged (git cannot tell open from closed).
   *
   * @param title the proposed title, or null when it adds no connector
   * @param lastActivity the day of its last commit, yyyy-mm-dd
   * @param folders the connector folders it adds or changes
   */
  public record PullRequest(
      int number,
      String title,
      String path,
      String kind,
      boolean proposal,
      String host,
      String publisher,
      String lastActivity,
      List<String> folders) {}

  private final List<Connector> connectors;
  private final List<PullRequest> pullRequests;

  public CheckIndex(List<Connector> connectors, List<PullRequest> pullRequests) {
    this.connectors = List.copyOf(connectors);
    this.pullRequests = List.copyOf(pullRequests);
  }

  public List<Connector> connectors() {
    return connectors;
  }

  public List<PullRequest> pullRequests() {
    return pullRequests;
  }

  /**
   * The warehouse's connectors and unmerged pull requests as {@link Registry} reads them, with each
   * pull request's last activity and folders.
   */
  public static CheckIndex of(Warehouse warehouse) throws IOException {
    List<Connector> connectors = new ArrayList<>();
    for (Entry e : Registry.connectors(warehouse)) {
      Candidate c = e.candidate();
      connectors.add(
          new Connector(c.id(), c.kind(), folderOf(c.id()), c.label(), c.host(), c.publisher()));
    }
    Map<Integer, Entry> proposed = new LinkedHashMap<>();
    for (Entry e : Registry.pullRequests(warehouse)) {
      proposed.put(e.pullRequest(), e);
    }
    // only the columns the index needs, as Registry reads them: pr answers in a second or two
    Map<Integer, List<String>> folders = new LinkedHashMap<>();
    if (warehouse.exists(Tables.PULL_REQUEST_CONNECTORS)) {
      warehouse.forEach(
          Tables.PULL_REQUEST_CONNECTORS.project(List.of("number", "path", "change")),
          r -> {
            if (!"deleted".equals(r.string("change"))) {
              folders
                  .computeIfAbsent((int) r.longValue("number"), n -> new ArrayList<>())
                  .add(r.string("path"));
            }
          });
    }
    List<PullRequest> pulls = new ArrayList<>();
    if (warehouse.exists(Tables.PULL_REQUESTS)) {
      warehouse.forEach(
          Tables.PULL_REQUESTS.project(
              List.of("number", "merged", "path", "kind", "last_commit_time")),
          r -> {
            if (r.bool("merged")) {
              return;
            }
            int number = (int) r.longValue("number");
            Entry e = proposed.get(number);
            Candidate c = e == null ? null : e.candidate();
            Object last = r.get("last_commit_time");
            pulls.add(
                new PullRequest(
                    number,
                    c == null ? null : c.label(),
                    r.string("path"),
                    r.string("kind"),
                    e != null && e.proposal(),
                    c == null ? null : c.host(),
                    c == null ? null : c.publisher(),
                    last instanceof Instant i ? i.toString().substring(0, 10) : "",
                    folders.getOrDefault(number, List.of())));
          });
    }
    return new CheckIndex(connectors, pulls);
  }

  /** The entries {@link Checker} compares with, the same as {@link Registry} gives. */
  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    for (Connector c : connectors) {
      entries.add(
          Entry.connector(
              Candidate.of(c.path(), c.kind(), c.folder(), c.title(), c.host(), c.publisher())));
    }
    for (PullRequest p : pullRequests) {
      if (p.title() != null) {
        entries.add(
            Entry.pullRequest(
                Candidate.of(
                    "#" + p.number(),
                    p.kind(),
                    p.path() == null ? null : folderOf(p.path()),
                    p.title(),
                    p.host(),
                    p.publisher()),
                p.number(),
                p.proposal()));
      }
    }
    return entries;
  }

  // a connector's path is kind-folder/name
  private static String folderOf(String path) {
    return path.substring(path.indexOf('/') + 1);
  }

  /** Writes the index to {@code file} atomically: a reader sees the old file or the new one. */
  public void write(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    ArrayNode cs = root.putArray("connectors");
    for (Connector c : connectors) {
      cs.addObject()
          .put("path", c.path())
          .put("kind", c.kind())
          .put("folder", c.folder())
          .put("title", c.title())
          .put("host", c.host())
          .put("publisher", c.publisher());
    }
    ArrayNode ps = root.putArray("pull_requests");
    for (PullRequest p : pullRequests) {
      ObjectNode n =
          ps.addObject()
              .put("number", p.number())
              .put("title", p.title())
              .put("path", p.path())
              .put("kind", p.kind())
              .put("proposal", p.proposal())
              .put("host", p.host())
              .put("publisher", p.publisher())
              .put("last_activity", p.lastActivity());
      p.folders().forEach(n.putArray("folders")::add);
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    mapper.writeValue(tmp.toFile(), root);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Reads the index at {@code location}: an http(s) URL or a file. Only a user names it, never the
   * repository's content.
   *
   * @throws IOException naming the location, and the place in it of what is wrong
   */
  public static CheckIndex load(String location) throws IOException {
    boolean url = location.startsWith("https://") || location.startsWith("http://");
    byte[] bytes = url ? fetch(location) : readFile(Path.of(location));
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IOException(
          location
              + (at == null ? "" : ": line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ": not JSON: "
              + e.getOriginalMessage(),
          e);
    }
    try {
      return parse(root);
    } catch (IllegalArgumentException e) {
      throw new IOException(location + ": " + e.getMessage(), e);
    }
  }

  private static byte[] readFile(Path file) throws IOException {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new IOException(file + ": larger than " + (MAX_BYTES >> 20) + " MB");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file", e);
    }
  }

  private static byte[] fetch(String url) throws IOException {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
    } catch (IllegalArgumentException e) {
      throw new IOException(url + ": not a URL: " + e.getMessage(), e);
    }
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(url + ": interrupted", e);
    } catch (IOException e) {
      throw new IOException(url + ": " + e, e);
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException(url + ": HTTP " + response.statusCode());
      }
      byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new IOException(url + ": larger than " + (MAX_BYTES >> 20) + " MB");
      }
      return bytes;
    }
  }

  /**
   * The index in {@code root}.
   *
   * @throws IllegalArgumentException naming the place (a JSON path) of what is wrong
   */
  static CheckIndex parse(JsonNode root) {
    if (!FORMAT.equals(root.path("format").asText(null))) {
      throw new IllegalArgumentException("$.format: not \"" + FORMAT + "\"");
    }
    if (root.path("version").asInt(-1) != VERSION) {
      throw new IllegalArgumentException(
          "$.version: "
              + root.path("version")
              + ", this census reads version "
              + VERSION
              + " (use a census of the index's release)");
    }
    List<Connector> connectors = new ArrayList<>();
    JsonNode cs = array(root, "connectors");
    for (int i = 0; i < cs.size(); i++) {
      JsonNode c = cs.get(i);
      String place = "$.connectors[" + i + "]";
      connectors.add(
          new Connector(
              required(c, "path", place),
              text(c, "kind", place),
              text(c, "folder", place),
              text(c, "title", place),
              text(c, "host", place),
              text(c, "publisher", place)));
    }
    List<PullRequest> pulls = new ArrayList<>();
    JsonNode ps = array(root, "pull_requests");
    for (int i = 0; i < ps.size(); i++) {
      JsonNode p = ps.get(i);
      String place = "$.pull_requests[" + i + "]";
      JsonNode number = p.path("number");
      if (!number.isInt() || number.asInt() <= 0) {
        throw new IllegalArgumentException(place + ".number: not a positive integer");
      }
      List<String> folders = new ArrayList<>();
      JsonNode fs = p.path("folders");
      for (int j = 0; j < fs.size(); j++) {
        if (!fs.get(j).isTextual()) {
          throw new IllegalArgumentException(place + ".folders[" + j + "]: not a string");
        }
        folders.add(fs.get(j).asText());
      }
      pulls.add(
          new PullRequest(
              number.asInt(),
              text(p, "title", place),
              text(p, "path", place),
              text(p, "kind", place),
              p.path("proposal").asBoolean(false),
              text(p, "host", place),
              text(p, "publisher", place),
              p.path("last_activity").asText(""),
              folders));
    }
    return new CheckIndex(connectors, pulls);
  }

  private static JsonNode array(JsonNode root, String field) {
    JsonNode a = root.path(field);
    if (!a.isArray()) {
      throw new IllegalArgumentException("$." + field + ": not an array");
    }
    return a;
  }

  private static String required(JsonNode node, String field, String place) {
    String value = text(node, field, place);
    if (value == null) {
      throw new IllegalArgumentException(place + "." + field + ": missing");
    }
    return value;
  }

  private static String text(JsonNode node, String field, String place) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(place + "." + field + ": not a string");
    }
    return v.asText();
  }
}
