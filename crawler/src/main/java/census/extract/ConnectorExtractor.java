package census.extract;

import census.connector.ConnectorContext;
import census.connector.ConnectorFolder;
import census.connector.FileRef;
import census.json.JsonDocument;
import census.model.Severity;
import census.rules.Finding;
import census.warehouse.Row;
import census.warehouse.Tables;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.models.HttpMethod;
import io.swagger.models.Operation;
import io.swagger.models.Path;
import io.swagger.models.Response;
import io.swagger.models.Swagger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns an opened connector folder into its {@code connectors} row and {@code operations} rows.
 * Works on whatever could be read: a folder with broken or missing files still gets its row.
 */
public final class ConnectorExtractor {
  private ConnectorExtractor() {}

  /** Rows of one connector at one commit. */
  public record Extracted(Row connector, List<Row> operations) {}

  /**
   * What names a connector and tells it from others: its definition's title and host, its
   * properties' publisher; each null where absent or not a value.
   */
  public record Identity(String title, String host, String publisher) {}

  public static Identity identity(ConnectorContext c) {
    JsonNode swagger = c.swagger().map(JsonDocument::tree).orElse(missing());
    JsonNode props = c.properties().map(d -> d.tree().path("properties")).orElse(missing());
    return new Identity(
        text(swagger.path("info").path("title")),
        text(swagger.path("host")),
        text(props.path("publisher")));
  }

  public static Extracted extract(
      ConnectorContext c, String commitId, Instant commitTime, List<Finding> findings) {
    ConnectorFolder folder = c.folder();
    JsonNode swagger = c.swagger().map(JsonDocument::tree).orElse(missing());
    JsonNode props = c.properties().map(d -> d.tree().path("properties")).orElse(missing());
    JsonNode info = swagger.path("info");
    Optional<Swagger> model = c.swaggerModel();
    List<Row> operations = model.map(m -> operations(c.path(), commitId, m)).orElse(List.of());
    long triggers = operations.stream().filter(o -> o.get("trigger_kind") != null).count();
    JsonNode metadata = swagger.path("x-ms-connector-metadata");
    Identity identity = identity(c);

    Row.Builder row =
        Tables.CONNECTORS
            .row()
            .set("kind", c.kind().id())
            .set("folder", folder.folder())
            .set("path", folder.path())
            .set("commit_id", commitId)
            .set("commit_time", commitTime)
            .set("title", identity.title())
            .set("description", text(info.path("description")))
            .set("version", text(info.path("version")))
            .set("host", identity.host())
            .set("base_path", text(swagger.path("basePath")))
            .set("schemes", strings(swagger.path("schemes")))
            .set("publisher", identity.publisher())
            .set("stack_owner", text(props.path("stackOwner")))
            .set("icon_brand_color", text(props.path("iconBrandColor")))
            .set("auth_kinds", authKinds(swagger, props))
            .set("oauth_identity_provider", identityProvider(props))
            .set("website", metadata(metadata, "Website"))
            .set("privacy_policy", metadata(metadata, "Privacy policy"))
            .set("categories", categories(metadata))
            .set("contact_name", text(info.path("contact").path("name")))
            .set("contact_url", text(info.path("contact").path("url")))
            .set("contact_email", text(info.path("contact").path("email")))
            .set("operation_count", operations.size())
            .set("action_count", (int) (operations.size() - triggers))
            .set("trigger_count", (int) triggers)
            .set("definition_count", swagger.path("definitions").size())
            .set("swagger_file", folder.swaggerFile().map(FileRef::name).orElse(null))
            .set("swagger_blob", blob(folder.swaggerFile()))
            .set("properties_blob", blob(folder.propertiesFile()))
            .set("readme_blob", blob(folder.readmeFile()))
            .set("intro_blob", blob(folder.introFile()))
            .set("icon_blob", blob(folder.iconFile()))
            .set("script_blob", blob(folder.scriptFile()))
            .set("has_swagger", folder.swaggerFile().isPresent())
            .set("has_properties", folder.propertiesFile().isPresent())
            .set("has_readme", folder.readmeFile().isPresent())
            .set("has_intro", folder.introFile().isPresent())
            .set("has_icon", folder.iconFile().isPresent())
            .set("has_script", folder.scriptFile().isPresent())
            .set("parse_status", parseStatus(c))
            .set("error_count", count(findings, Severity.ERROR))
            .set("warning_count", count(findings, Severity.WARNING));
    return new Extracted(row.build(), operations);
  }

  /** ok, lenient, recovered, failed or missing: how far the API definition could be read. */
  static String parseStatus(ConnectorContext c) {
    Optional<JsonDocument> doc = c.swagger();
    if (doc.isEmpty()) {
      return c.folder().swaggerFile().isPresent() ? "failed" : "missing";
    }
    if (doc.get().root().isEmpty()) {
      return "failed";
    }
    if (doc.get().isStrict()) {
      return "ok";
    }
    return doc.get().isRecovered() ? "recovered" : "lenient";
  }

  private static List<Row> operations(String connectorPath, String commitId, Swagger swagger) {
    List<Row> rows = new ArrayList<>();
    if (swagger.getPaths() == null) {
      return rows;
    }
    for (Map.Entry<String, Path> path : swagger.getPaths().entrySet()) {
      if (path.getValue() == null) {
        continue;
      }
      int shared =
          path.getValue().getParameters() == null ? 0 : path.getValue().getParameters().size();
      for (Map.Entry<HttpMethod, Operation> op : path.getValue().getOperationMap().entrySet()) {
        Operation o = op.getValue();
        Map<String, Object> ext = o.getVendorExtensions();
        rows.add(
            Tables.OPERATIONS
                .row()
                .set("connector_path", connectorPath)
                .set("commit_id", commitId)
                .set("path", path.getKey())
                .set("method", op.getKey().name().toLowerCase(Locale.ROOT))
                .set("operation_id", o.getOperationId())
                .set("summary", o.getSummary())
                .set("description", o.getDescription())
                .set("visibility", stringOf(ext.get("x-ms-visibility")))
                .set("trigger_kind", triggerKind(ext))
                .set("deprecated", Boolean.TRUE.equals(o.isDeprecated()))
                .set(
                    "parameter_count",
                    shared + (o.getParameters() == null ? 0 : o.getParameters().size()))
                .set("has_success_schema", hasSuccessSchema(o))
                .build());
      }
    }
    return rows;
  }

  private static String triggerKind(Map<String, Object> ext) {
    Object trigger = ext.get("x-ms-trigger");
    if (trigger != null) {
      return stringOf(trigger);
    }
    return ext.containsKey("x-ms-notification-content") ? "webhook" : null;
  }

  private static boolean hasSuccessSchema(Operation o) {
    if (o.getResponses() == null) {
      return false;
    }
    for (Map.Entry<String, Response> r : o.getResponses().entrySet()) {
      if (r.getKey().startsWith("2")
          && r.getValue() != null
          && r.getValue().getResponseSchema() != null) {
        return true;
      }
    }
    return false;
  }

  private static List<String> authKinds(JsonNode swagger, JsonNode props) {
    TreeSet<String> kinds = new TreeSet<>();
    swagger
        .path("securityDefinitions")
        .forEach(
            d -> {
              switch (d.path("type").asText()) {
                case "oauth2" -> kinds.add("oauth2");
                case "apiKey" -> kinds.add("api_key");
                case "basic" -> kinds.add("basic");
                default -> {}
              }
            });
    List<JsonNode> parameterGroups = new ArrayList<>();
    parameterGroups.add(props.path("connectionParameters"));
    props
        .path("connectionParameterSets")
        .path("values")
        .forEach(set -> parameterGroups.add(set.path("parameters")));
    for (JsonNode group : parameterGroups) {
      group.forEach(
          p -> {
            if ("oauthSetting".equals(p.path("type").asText())) {
              kinds.add("oauth2");
            }
          });
    }
    if (kinds.isEmpty()) {
      kinds.add("none");
    }
    return List.copyOf(kinds);
  }

  private static String identityProvider(JsonNode props) {
    JsonNode settings = props.path("connectionParameters").findPath("oAuthSettings");
    return text(settings.path("identityProvider"));
  }

  private static String metadata(JsonNode metadata, String property) {
    for (JsonNode entry : metadata) {
      if (property.equalsIgnoreCase(entry.path("propertyName").asText())) {
        return text(entry.path("propertyValue"));
      }
    }
    return null;
  }

  private static List<String> categories(JsonNode metadata) {
    String value = metadata(metadata, "Categories");
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(
        v -> {
          if (v.isValueNode() && !v.isNull()) {
            values.add(v.asText());
          }
        });
    return values;
  }

  private static String text(JsonNode node) {
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  private static String stringOf(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  private static String blob(Optional<FileRef> file) {
    return file.map(FileRef::blobId).orElse(null);
  }

  private static int count(List<Finding> findings, Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  private static JsonNode missing() {
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }
}
