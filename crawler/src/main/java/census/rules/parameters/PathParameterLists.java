package census.rules.parameters;

import census.json.JsonDocument;
import census.rules.ConnectorIndex;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The path-level parameter lists of a definition, each entry resolved, for the path-list rules. */
final class PathParameterLists {
  /** One path item's parameters: the path and each resolved parameter with its pointer. */
  record PathList(String path, List<SwaggerWalk.Parameter> parameters) {}

  private PathParameterLists() {}

  private static final ConnectorIndex.Key<List<PathList>> PATH_LISTS =
      ConnectorIndex.Key.of(
          connector -> connector.definition().map(doc -> lists(doc.tree())).orElse(List.of()));

  static List<PathList> of(ConnectorIndex connector) {
    return connector.get(PATH_LISTS);
  }

  private static List<PathList> lists(JsonNode root) {
    List<PathList> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : SwaggerWalk.fields(root.path("paths"))) {
      JsonNode list = path.getValue().path("parameters");
      if (!list.isArray() || list.isEmpty()) {
        continue;
      }
      String pointer = "/paths/" + JsonDocument.escape(path.getKey()) + "/parameters/";
      List<SwaggerWalk.Parameter> params = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        params.add(
            new SwaggerWalk.Parameter(SwaggerWalk.resolve(root, list.get(i)), pointer + i, true));
      }
      out.add(new PathList(path.getKey(), params));
    }
    return out;
  }
}
