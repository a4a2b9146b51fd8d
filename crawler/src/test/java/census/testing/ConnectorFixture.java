package census.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The files of one connector folder for tests: a definition and properties that pass the rules,
 * which a test then edits to make the case it needs.
 */
public final class ConnectorFixture {
  /** The definition's file name. */
  public static final String SWAGGER = "apiDefinition.swagger.json";

  /** The properties' file name. */
  public static final String PROPERTIES = "apiProperties.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode swagger;
  private final ObjectNode properties;
  private final Map<String, byte[]> extra = new LinkedHashMap<>();

  private ConnectorFixture(String title) {
    swagger = JSON.createObjectNode();
    swagger.put("swagger", "2.0");
    ObjectNode info = swagger.putObject("info");
    info.put("title", title);
    info.put("description", "Manages the tasks and projects of a " + title + " workspace.");
    info.put("version", "1.0");
    ObjectNode contact = info.putObject("contact");
    contact.put("name", "Jane Doe");
    contact.put("url", "https://example.com");
    contact.put("email", "jane@example.com");
    swagger.put("host", "api.contoso.com");
    swagger.put("basePath", "/v1");
    swagger.putArray("schemes").add("https");
    swagger.putArray("consumes").add("application/json");
    swagger.putArray("produces").add("application/json");
    ObjectNode paths = swagger.putObject("paths");
    ObjectNode get = paths.putObject("/tasks/{taskId}").putObject("get");
    get.put("operationId", "GetTask");
    get.put("summary", "Get a task");
    get.put("description", "Gets one task by its identifier.");
    ObjectNode param = get.putArray("parameters").addObject();
    param.put("name", "taskId");
    param.put("in", "path");
    param.put("required", true);
    param.put("type", "string");
    param.put("x-ms-summary", "Task ID");
    param.put("description", "The identifier of the task.");
    param.put("x-ms-url-encoding", "single");
    ObjectNode ok = get.putObject("responses").putObject("200");
    ok.put("description", "OK");
    ObjectNode schema = ok.putObject("schema");
    schema.put("type", "object");
    ObjectNode name = schema.putObject("properties").putObject("name");
    name.put("type", "string");
    name.put("title", "Name");
    name.put("description", "The task's name.");
    name.put("x-ms-summary", "Name");
    swagger.putObject("definitions");
    swagger.putObject("parameters");
    swagger.putObject("responses");
    swagger.putObject("securityDefinitions");
    swagger.putArray("security");
    swagger.putArray("tags");
    ArrayNode metadata = swagger.putArray("x-ms-connector-metadata");
    metadata.addObject().put("propertyName", "Website").put("propertyValue", "https://example.com");
    metadata
        .addObject()
        .put("propertyName", "Privacy policy")
        .put("propertyValue", "https://example.com/privacy");
    metadata.addObject().put("propertyName", "Categories").put("propertyValue", "Productivity");

    properties = JSON.createObjectNode();
    ObjectNode props = properties.putObject("properties");
    props.putObject("connectionParameters");
    props.put("iconBrandColor", "#da3b01");
    props.putArray("capabilities");
    props.put("publisher", "Jane Doe");
    props.put("stackOwner", title + " Inc");
  }

  /** The folder name a fixture gets when no path is given: its title. */
  public String folderName() {
    return swagger.path("info").path("title").asText("Connector");
  }

  /** A connector titled {@code title} that passes every rule. */
  public static ConnectorFixture named(String title) {
    return new ConnectorFixture(title);
  }

  /** Edits the definition. */
  public ConnectorFixture swagger(Consumer<ObjectNode> edit) {
    edit.accept(swagger);
    return this;
  }

  /** Edits apiProperties.json. */
  public ConnectorFixture properties(Consumer<ObjectNode> edit) {
    edit.accept(properties);
    return this;
  }

  /** Adds or replaces a file with raw content, e.g. a broken definition. */
  public ConnectorFixture file(String name, String content) {
    extra.put(name, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public ConnectorFixture file(String name, byte[] content) {
    extra.put(name, content);
    return this;
  }

  /** Drops a file, e.g. the definition. */
  public ConnectorFixture without(String name) {
    extra.put(name, null);
    return this;
  }

  /** File name to content, with 4-space indented JSON as the guidelines ask. */
  public Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(SWAGGER, pretty(swagger));
    files.put(PROPERTIES, pretty(properties));
    files.put("readme.md", readme().getBytes(StandardCharsets.UTF_8));
    extra.forEach(
        (name, bytes) -> {
          if (bytes == null) {
            files.remove(name);
          } else {
            files.put(name, bytes);
          }
        });
    return files;
  }

  /** A readme with the sections of the authoring guide's template. */
  private String readme() {
    String title = swagger.path("info").path("title").asText();
    return "# "
        + title
        + "\n\nA test connector.\n\n## Publisher: Jane Doe\n\n## Prerequisites\n\nAn account.\n\n"
        + "## Supported Operations\n\n### Get a task\n\nGets one task.\n\n"
        + "## Known Issues and Limitations\n\nNone.\n";
  }

  /** The first bytes of a PNG image of the given size: its signature and IHDR chunk. */
  public static byte[] png(int width, int height) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(33);
    b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    b.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height);
    b.put(new byte[] {8, 6, 0, 0, 0}).putInt(0);
    return b.array();
  }

  /** Writes the folder's files under {@code dir}, creating it; returns {@code dir}. */
  public java.nio.file.Path writeTo(java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> file : files().entrySet()) {
      java.nio.file.Path target = dir.resolve(file.getKey());
      java.nio.file.Files.createDirectories(target.getParent());
      java.nio.file.Files.write(target, file.getValue());
    }
    return dir;
  }

  private static byte[] pretty(ObjectNode node) {
    try {
      var printer =
          new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
              .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("    ", "\n"))
              .withArrayIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("    ", "\n"));
      return JSON.writer(printer).writeValueAsBytes(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
