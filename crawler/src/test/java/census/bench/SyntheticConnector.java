package census.bench;

import census.model.ConnectorKind;
import census.testing.ConnectorFixture;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * One version of a synthetic connector folder: its operations and the flaws it was generated with,
 * and the files that state renders to (a definition with parameters, responses, definitions and
 * x-ms-* extensions, apiProperties.json, readme.md, icon.png). Edits return a new version, so the
 * history generator can keep the old one for a pull request that raced it.
 */
record SyntheticConnector(
    ConnectorKind kind,
    String folder,
    String title,
    String host,
    List<Operation> operations,
    int flaws,
    Syntax syntax,
    boolean proposal,
    int revision) {

  /** How a definition is not strict JSON, as about 2% of the repository's files are not. */
  enum Syntax {
    STRICT,
    TRAILING_COMMA,
    COMMENT
  }

  // Flaws, one bit each, drawn per connector in roughly the proportions the rules find.
  static final int NO_OPERATION_SUMMARY = 1;
  static final int NO_PARAMETER_SUMMARY = 1 << 1;
  static final int DESCRIPTION_NOT_SENTENCE = 1 << 2;
  static final int CAMEL_CASE_OPERATION_ID = 1 << 3;
  static final int HTTP_SCHEME = 1 << 4;
  static final int ICON_NOT_SQUARE = 1 << 5;
  static final int NO_ICON = 1 << 6;
  static final int NO_CONTACT = 1 << 7;

  private static final String[] VERBS = {"List", "Get", "Create", "Update", "Delete", "OnNew"};
  private static final String[] NOUNS = {
    "Contact",
    "Task",
    "Project",
    "Invoice",
    "Order",
    "Ticket",
    "Document",
    "Event",
    "User",
    "Message",
    "Report",
    "Folder",
    "File",
    "Comment",
    "Lead",
    "Deal",
    "Campaign",
    "Form",
    "Response",
    "Record",
    "Item",
    "Note",
    "Asset",
    "Device",
    "Alert",
    "Job",
    "Workflow",
    "Template",
    "Customer",
    "Product",
    "Payment",
    "Subscription",
    "Team",
    "Channel",
    "Meeting",
    "Booking",
    "Survey",
    "Shipment",
    "Address",
    "Label"
  };
  private static final String[] PUBLISHERS = {
    "Jane Doe", "Ravi Kumar", "Lena Fischer", "Tom Okoro", "Priya Raman", "Northwind Labs"
  };

  /** One operation: a verb on a noun, with optional query parameters some of which are required. */
  record Operation(String verb, String noun, int queryParameters, int requiredQuery) {
    String id() {
      return verb + noun + (verb.equals("List") ? "s" : "");
    }

    boolean trigger() {
      return verb.equals("OnNew");
    }

    String method() {
      return switch (verb) {
        case "Create" -> "post";
        case "Update" -> "patch";
        case "Delete" -> "delete";
        default -> "get";
      };
    }

    String path() {
      String collection = "/" + noun.toLowerCase(Locale.ROOT) + "s";
      return verb.equals("List") || verb.equals("Create") || trigger()
          ? collection + (trigger() ? "/new" : "")
          : collection + "/{" + idParameter() + "}";
    }

    String idParameter() {
      return noun.substring(0, 1).toLowerCase(Locale.ROOT) + noun.substring(1) + "Id";
    }
  }

  /**
   * A new connector with between 2 and 200 operations, most with a handful; {@code syntax} says
   * whether its definition is strict JSON.
   */
  static SyntheticConnector create(
      ConnectorKind kind, String folder, String title, String host, Syntax syntax, Random random) {
    int size = random.nextInt(100) < 85 ? 2 + random.nextInt(14) : 16 + random.nextInt(185);
    List<Operation> operations = new ArrayList<>();
    TreeSet<String> taken = new TreeSet<>();
    while (operations.size() < size) {
      Operation op = randomOperation(random);
      if (taken.add(op.id())) {
        operations.add(op);
      }
    }
    int flaws = 0;
    int[] odds = {25, 20, 15, 5, 3, 5, 30, 10}; // percent of connectors with each flaw
    for (int bit = 0; bit < odds.length; bit++) {
      if (random.nextInt(100) < odds[bit]) {
        flaws |= 1 << bit;
      }
    }
    return new SyntheticConnector(kind, folder, title, host, operations, flaws, syntax, false, 1);
  }

  /** A readme-only folder that shares an idea before its files exist. */
  static SyntheticConnector proposal(String folder, String title) {
    return new SyntheticConnector(
        ConnectorKind.INDEPENDENT_PUBLISHER,
        folder,
        title,
        null,
        List.of(),
        0,
        Syntax.STRICT,
        true,
        1);
  }

  private static Operation randomOperation(Random random) {
    int query = random.nextInt(4);
    return new Operation(
        VERBS[random.nextInt(VERBS.length)],
        NOUNS[random.nextInt(NOUNS.length)],
        query,
        query == 0 ? 0 : random.nextInt(2));
  }

  SyntheticConnector withOperations(List<Operation> changed) {
    return new SyntheticConnector(
        kind, folder, title, host, List.copyOf(changed), flaws, syntax, proposal, revision + 1);
  }

  /** A new operation: not breaking. A connector with every operation there is gets a docs edit. */
  SyntheticConnector withOperationAdded(Random random) {
    if (operations.size() == VERBS.length * NOUNS.length) {
      return withDocsEdited();
    }
    List<Operation> changed = new ArrayList<>(operations);
    TreeSet<String> taken = new TreeSet<>();
    operations.forEach(op -> taken.add(op.id()));
    Operation op = randomOperation(random);
    while (taken.contains(op.id())) {
      op = randomOperation(random);
    }
    changed.add(op);
    return withOperations(changed);
  }

  /** An operation removed: breaks the flows that use it. */
  SyntheticConnector withOperationRemoved(Random random) {
    List<Operation> changed = new ArrayList<>(operations);
    changed.remove(random.nextInt(changed.size()));
    return withOperations(changed);
  }

  /** An optional query parameter made required: breaks the flows that leave it empty. */
  SyntheticConnector withParameterRequired(Random random) {
    List<Operation> changed = new ArrayList<>(operations);
    int start = random.nextInt(changed.size());
    for (int i = 0; i < changed.size(); i++) {
      int at = (start + i) % changed.size();
      Operation op = changed.get(at);
      if (op.requiredQuery() < op.queryParameters()) {
        changed.set(
            at, new Operation(op.verb(), op.noun(), op.queryParameters(), op.requiredQuery() + 1));
        return withOperations(changed);
      }
    }
    throw new IllegalStateException("no optional parameter in " + folder);
  }

  boolean canRequireParameter() {
    return operations.stream().anyMatch(op -> op.requiredQuery() < op.queryParameters());
  }

  /** The readme and descriptions reworded: a new content with the same surface. */
  SyntheticConnector withDocsEdited() {
    return withOperations(operations);
  }

  SyntheticConnector withSyntax(Syntax changed) {
    return new SyntheticConnector(
        kind, folder, title, host, operations, flaws, changed, proposal, revision + 1);
  }

  SyntheticConnector renamed(String newFolder, String newTitle) {
    return new SyntheticConnector(
        kind, newFolder, newTitle, host, operations, flaws, syntax, proposal, revision);
  }

  /** The proposal's idea turned into a connector with files, under its final name. */
  SyntheticConnector realized(String newFolder, SyntheticConnector files) {
    return new SyntheticConnector(
        kind,
        newFolder,
        files.title(),
        files.host(),
        files.operations(),
        files.flaws(),
        files.syntax(),
        false,
        revision + 1);
  }

  boolean has(int flaw) {
    return (flaws & flaw) != 0;
  }

  /** The folder's files, file name to bytes. */
  Map<String, byte[]> files() {
    if (proposal) {
      return Map.of("readme.md", proposalReadme().getBytes(StandardCharsets.UTF_8));
    }
    ConnectorFixture fixture =
        ConnectorFixture.named(title)
            .swagger(this::definition)
            .properties(this::properties)
            .file("readme.md", readme());
    if (!has(NO_ICON) && kind != ConnectorKind.CUSTOM) {
      fixture.file("icon.png", has(ICON_NOT_SQUARE) ? Icons.png(160, 90) : Icons.png(230, 230));
    }
    Map<String, byte[]> files = new LinkedHashMap<>(fixture.files());
    files.computeIfPresent("apiDefinition.swagger.json", (name, bytes) -> withSyntax(bytes));
    return files;
  }

  private byte[] withSyntax(byte[] strict) {
    String json = new String(strict, StandardCharsets.UTF_8);
    return switch (syntax) {
      case STRICT -> strict;
      case TRAILING_COMMA ->
          (json.substring(0, json.lastIndexOf('}')).stripTrailing() + ",\n}\n")
              .getBytes(StandardCharsets.UTF_8);
      case COMMENT ->
          json.replaceFirst("\\{\n", "{\n    // generated, do not edit\n")
              .getBytes(StandardCharsets.UTF_8);
    };
  }

  private void definition(ObjectNode swagger) {
    ObjectNode info = (ObjectNode) swagger.get("info");
    String description =
        "Connects to " + title + " to manage " + nouns() + " (revision " + revision + ")";
    info.put("description", has(DESCRIPTION_NOT_SENTENCE) ? description : description + ".");
    if (has(NO_CONTACT)) {
      info.remove("contact");
    }
    swagger.put("host", host);
    if (has(HTTP_SCHEME)) {
      swagger.putArray("schemes").add("http");
    }
    ObjectNode paths = swagger.putObject("paths");
    ObjectNode definitions = swagger.putObject("definitions");
    for (Operation op : operations) {
      ObjectNode path = paths.has(op.path()) ? (ObjectNode) paths.get(op.path()) : null;
      if (path == null) {
        path = paths.putObject(op.path());
      }
      operation(path.putObject(op.method()), op);
      definitions.set(op.noun(), schema(swagger, op.noun()));
    }
    if (host.hashCode() % 3 == 0) {
      ObjectNode key = ((ObjectNode) swagger.get("securityDefinitions")).putObject("API Key");
      key.put("type", "apiKey").put("in", "header").put("name", "Authorization");
    }
  }

  private void operation(ObjectNode node, Operation op) {
    String summary =
        switch (op.verb()) {
          case "OnNew" -> "When a " + lower(op.noun()) + " is created";
          case "List" -> "List " + lower(op.noun()) + "s";
          default -> op.verb() + " a " + lower(op.noun());
        };
    node.put(
        "operationId",
        has(CAMEL_CASE_OPERATION_ID)
            ? lower(op.id().substring(0, 1)) + op.id().substring(1)
            : op.id());
    if (!has(NO_OPERATION_SUMMARY)) {
      node.put("summary", summary);
    }
    node.put("description", summary + " in " + title + ".");
    if (op.trigger()) {
      node.put("x-ms-trigger", "batch");
      node.putObject("x-ms-trigger-hint").put("description", "Polls for new " + op.noun() + "s.");
    }
    ArrayNode parameters = node.putArray("parameters");
    if (op.path().contains("{")) {
      ObjectNode id = parameters.addObject();
      id.put("name", op.idParameter()).put("in", "path").put("required", true);
      id.put("type", "string").put("x-ms-url-encoding", "single");
      summary(id, op.noun() + " ID");
    }
    for (int q = 0; q < op.queryParameters(); q++) {
      ObjectNode query = parameters.addObject();
      query.put("name", new String[] {"filter", "top", "orderBy"}[q]).put("in", "query");
      query.put("required", q < op.requiredQuery()).put("type", q == 1 ? "integer" : "string");
      query.put("x-ms-visibility", q < op.requiredQuery() ? "important" : "advanced");
      summary(query, new String[] {"Filter", "Top", "Order by"}[q]);
    }
    if (op.method().equals("post") || op.method().equals("patch")) {
      ObjectNode body = parameters.addObject();
      body.put("name", "body").put("in", "body").put("required", true);
      body.putObject("schema").put("$ref", "#/definitions/" + op.noun());
    }
    ObjectNode responses = node.putObject("responses");
    ObjectNode ok = responses.putObject(op.method().equals("delete") ? "204" : "200");
    ok.put("description", "OK");
    if (!op.method().equals("delete")) {
      ObjectNode schema = ok.putObject("schema");
      if (op.verb().equals("List") || op.trigger()) {
        schema.put("type", "array").putObject("items").put("$ref", "#/definitions/" + op.noun());
      } else {
        schema.put("$ref", "#/definitions/" + op.noun());
      }
    }
    responses.putObject("default").put("description", "Operation failed.");
  }

  private void summary(ObjectNode parameter, String text) {
    parameter.put("description", "The " + lower(text) + ".");
    if (!has(NO_PARAMETER_SUMMARY)) {
      parameter.put("x-ms-summary", text);
    }
  }

  /** A resource's schema: scalar fields, an enum, a nested owner object and an array of tags. */
  private static ObjectNode schema(ObjectNode swagger, String noun) {
    ObjectNode schema = swagger.objectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    for (String field :
        new String[] {"id", "name", "description", "url", "createdAt", "updatedAt"}) {
      ObjectNode property = field(properties, field, "The " + lower(noun) + "'s " + field + ".");
      if (field.endsWith("At")) {
        property.put("format", "date-time");
      }
    }
    field(properties, "status", "Where the " + lower(noun) + " stands.")
        .putArray("enum")
        .add("active")
        .add("archived")
        .add("deleted");
    ObjectNode owner = properties.putObject("owner").put("type", "object");
    owner.put("description", "Who owns the " + lower(noun) + ".");
    ObjectNode ownerFields = owner.putObject("properties");
    for (String field : new String[] {"id", "displayName", "email"}) {
      field(ownerFields, field, "The owner's " + field + ".");
    }
    ObjectNode tags = properties.putObject("tags").put("type", "array");
    tags.put("description", "Labels on the " + lower(noun) + ".").put("x-ms-summary", "Tags");
    tags.putObject("items").put("type", "string");
    return schema;
  }

  private static ObjectNode field(ObjectNode properties, String name, String description) {
    ObjectNode property = properties.putObject(name).put("type", "string");
    property.put("description", description);
    property.put("x-ms-summary", name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1));
    return property;
  }

  private void properties(ObjectNode properties) {
    ObjectNode props = (ObjectNode) properties.get("properties");
    props.put("publisher", publisher());
    props.put("stackOwner", title + " Inc");
    props.put("iconBrandColor", String.format(Locale.ROOT, "#%06x", host.hashCode() & 0xffffff));
    if (host.hashCode() % 3 == 0) {
      ObjectNode key = ((ObjectNode) props.get("connectionParameters")).putObject("api_key");
      key.put("type", "securestring");
      ObjectNode ui = key.putObject("uiDefinition");
      ui.put("displayName", "API Key").put("description", "The API key for " + title + ".");
      ui.put("tooltip", "Provide your API key");
      ui.putObject("constraints")
          .put("tabIndex", 2)
          .put("clearText", false)
          .put("required", "true");
    }
  }

  /** The vendor for a certified connector, a person or small firm for the others. */
  private String publisher() {
    return kind == ConnectorKind.CERTIFIED
        ? title + " Inc"
        : PUBLISHERS[Math.floorMod(title.hashCode(), PUBLISHERS.length)];
  }

  private String readme() {
    StringBuilder readme = new StringBuilder();
    readme.append("# ").append(title).append("\n\n");
    readme.append(title).append(" helps teams manage ").append(nouns()).append(".\n\n");
    readme.append("## Publisher: ").append(publisher());
    readme.append("\n\n## Prerequisites\n\nAn account with ").append(title).append(".\n\n");
    readme.append("## Supported Operations\n\n");
    for (Operation op : operations) {
      readme.append("### ").append(op.id()).append("\n\n").append(op.verb()).append(" a ");
      readme.append(lower(op.noun())).append(".\n\n");
    }
    readme.append("## Known Issues and Limitations\n\nRevision ").append(revision).append(".\n");
    return readme.toString();
  }

  private String proposalReadme() {
    return "# "
        + title
        + "\n\nA connector for "
        + title
        + " is planned; this folder shares the idea first.\n\n"
        + "Contact: proposer@example.com\n";
  }

  private String nouns() {
    TreeSet<String> nouns = new TreeSet<>();
    operations.forEach(op -> nouns.add(lower(op.noun()) + "s"));
    return nouns.isEmpty() ? "its data" : String.join(", ", nouns);
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** Real PNG icons: a square of the brand colour, the size the certification asks for or not. */
  static final class Icons {
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private Icons() {}

    static byte[] png(int width, int height) {
      return CACHE.computeIfAbsent(width + "x" + height, key -> draw(width, height));
    }

    private static byte[] draw(int width, int height) {
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      var graphics = image.createGraphics();
      graphics.setColor(new Color(0x0f, 0x6c, 0xbd));
      graphics.fillRect(0, 0, width, height);
      graphics.setColor(Color.WHITE);
      graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
      graphics.dispose();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        ImageIO.write(image, "png", out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }
  }
}
