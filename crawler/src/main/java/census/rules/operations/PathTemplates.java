package census.rules.operations;

import census.rules.ConnectorIndex;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The operations of a definition with their path templates cut into segments for routing
 * comparisons: every {@code {variable}} becomes {@code {}} (its name does not route) and static
 * text is lower-cased (routing ignores case). Computed once per connector for the path rules.
 */
final class PathTemplates {
  static final String VARIABLE = "{}";
  private static final Pattern VARIABLES = Pattern.compile("\\{[^{}/]*}");

  /** One operation and its normalised segments. */
  record Route(SwaggerWalk.Operation op, List<String> segments) {
    String template() {
      return "/" + String.join("/", segments);
    }
  }

  private PathTemplates() {}

  /** A check of one key of {@code paths}, its pointer and its path item. */
  @FunctionalInterface
  interface PathCheck {
    void check(census.json.JsonDocument doc, String path, String pointer, JsonNode item);
  }

  /** Runs {@code check} on every key of the definition's {@code paths}. */
  static void eachPath(ConnectorIndex connector, PathCheck check) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (Map.Entry<String, JsonNode> p : SwaggerWalk.fields(doc.tree().path("paths"))) {
                check.check(
                    doc,
                    p.getKey(),
                    "/paths/" + census.json.JsonDocument.escape(p.getKey()),
                    p.getValue());
              }
            });
  }

  private static final ConnectorIndex.Key<List<Route>> PATH_TEMPLATES =
      ConnectorIndex.Key.of(
          connector ->
              connector
                  .definition()
                  .map(doc -> routes(SwaggerWalk.operations(doc.tree())))
                  .orElse(List.of()));

  static List<Route> of(ConnectorIndex connector) {
    return connector.get(PATH_TEMPLATES);
  }

  private static List<Route> routes(List<SwaggerWalk.Operation> ops) {
    List<Route> routes = new ArrayList<>(ops.size());
    for (SwaggerWalk.Operation op : ops) {
      List<String> segments = new ArrayList<>();
      // Empty segments are kept: /items and /items/ are different routes.
      String path = op.path().startsWith("/") ? op.path().substring(1) : op.path();
      for (String s : path.split("/", -1)) {
        segments.add(VARIABLES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("{}"));
      }
      routes.add(new Route(op, List.copyOf(segments)));
    }
    return routes;
  }
}
