package census.rules.extensions;

import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.JsonTrail;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What invoking extensions select from the invoked operation's success response, checked against
 * its schema: the array of items ({@code value-collection}, {@code itemsPath}) and the properties
 * read from each item or from the response ({@code value-path}, {@code itemValuePath}, ...). Shared
 * by InvokedOperationShouldProduceArray and InvokedOperationShouldProduceProperty.
 */
final class Outputs {
  private Outputs() {}

  /** One selection the response schema rules out; {@code array} when an array was expected. */
  record Problem(boolean array, JsonTrail trail, String message) {}

  private static final ConnectorIndex.Key<List<Problem>> EXTENSION_OUTPUTS =
      ConnectorIndex.Key.of(
          connector -> Extensions.of(connector).map(Outputs::check).orElse(List.of()));

  static List<Problem> of(ConnectorIndex connector) {
    return connector.get(EXTENSION_OUTPUTS);
  }

  /** Reports the problems of one kind: where an array was expected, or else a property. */
  static void report(ConnectorIndex connector, Findings findings, boolean array) {
    Extensions.of(connector)
        .ifPresent(
            ext -> {
              for (Problem p : of(connector)) {
                if (p.array() == array) {
                  findings.at(ext.doc(), p.trail().pointer(), p.message());
                }
              }
            });
  }

  private static List<Problem> check(Extensions ext) {
    List<Problem> problems = new ArrayList<>();
    for (Extensions.Invocation inv : ext.invocations()) {
      SwaggerWalk.Operation invoked = ext.operation(inv.operationId()).orElse(null);
      if (invoked == null) {
        continue;
      }
      JsonNode response = ext.successSchema(invoked);
      if (response.isMissingNode()) {
        continue;
      }
      switch (inv.at().key()) {
        case Extensions.DYNAMIC_VALUES ->
            items(
                ext,
                inv,
                response,
                "value-collection",
                List.of("value-path", "value-title"),
                problems);
        case Extensions.DYNAMIC_LIST, Extensions.DYNAMIC_TREE ->
            items(
                ext,
                inv,
                response,
                "itemsPath",
                List.of("itemValuePath", "itemTitlePath"),
                problems);
        case Extensions.DYNAMIC_SCHEMA -> property(ext, inv, response, "value-path", problems);
        case Extensions.DYNAMIC_PROPERTIES ->
            property(ext, inv, response, "itemValuePath", problems);
        default -> {}
      }
    }
    return problems;
  }

  private static void items(
      Extensions ext,
      Extensions.Invocation inv,
      JsonNode response,
      String collectionField,
      List<String> itemFields,
      List<Problem> problems) {
    String path = inv.call().path(collectionField).asText("");
    JsonTrail at = path.isEmpty() ? inv.callTrail() : inv.callTrail().field(collectionField);
    Schemas.Lookup collection = Schemas.at(ext, response, path);
    if (collection.absent()) {
      problems.add(new Problem(false, at, missing(inv, path, "the response of")));
      return;
    }
    String type = Schemas.type(collection.schema());
    if (collection.presence() != Schemas.Presence.PRESENT || type.isEmpty()) {
      return;
    }
    if (!type.equals("array")) {
      problems.add(
          new Problem(
              true,
              at,
              (path.isEmpty() ? "the response" : "\"" + path + "\"")
                  + " of \""
                  + inv.operationId()
                  + "\" is of type "
                  + type
                  + ", not the array of items the call lists"));
      return;
    }
    JsonNode item = collection.schema().path("items");
    for (String field : itemFields) {
      String itemPath = inv.call().path(field).asText("");
      if (!itemPath.isEmpty() && Schemas.at(ext, item, itemPath).absent()) {
        problems.add(
            new Problem(
                false, inv.callTrail().field(field), missing(inv, itemPath, "each item of")));
      }
    }
  }

  private static void property(
      Extensions ext,
      Extensions.Invocation inv,
      JsonNode response,
      String field,
      List<Problem> problems) {
    String path = inv.call().path(field).asText("");
    if (!path.isEmpty() && Schemas.at(ext, response, path).absent()) {
      problems.add(
          new Problem(false, inv.callTrail().field(field), missing(inv, path, "the response of")));
    }
  }

  private static String missing(Extensions.Invocation inv, String path, String where) {
    return "\"" + path + "\" is not a property of " + where + " \"" + inv.operationId() + "\"";
  }
}
