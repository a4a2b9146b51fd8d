package census.rules.parameters;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.SchemaWalk;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "OperationMissingRequiredProperty",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationMissingRequiredProperty",
    doc =
        "A dynamic call (x-ms-dynamic-values, x-ms-dynamic-schema, x-ms-dynamic-list,"
            + " x-ms-dynamic-properties on a parameter or schema) supplies in its parameters every"
            + " required parameter of the operation it calls, other than body parameters and those"
            + " with a default: without them the designer's call fails.",
    fix = "Add the missing parameter to the extension's parameters, as a value or a reference.")
public final class OperationMissingRequiredProperty implements Rule {
  static final List<String> EXTENSIONS =
      List.of(
          "x-ms-dynamic-values",
          "x-ms-dynamic-schema",
          "x-ms-dynamic-list",
          "x-ms-dynamic-properties");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              List<SwaggerWalk.Request> requests = SwaggerWalk.requests(connector);
              Map<String, SwaggerWalk.Request> byId = null;
              for (DeclaredParameters.Declared p : DeclaredParameters.of(connector)) {
                byId = check(doc, requests, p.node(), p.pointer(), byId, findings);
              }
              for (SchemaWalk.Schema s : SchemaWalk.of(connector)) {
                byId = check(doc, requests, s.node(), s.pointer(), byId, findings);
              }
            });
  }

  /** Checks the dynamic calls on one node; returns the operation index, built on first need. */
  private static Map<String, SwaggerWalk.Request> check(
      JsonDocument doc,
      List<SwaggerWalk.Request> requests,
      JsonNode node,
      String pointer,
      Map<String, SwaggerWalk.Request> byId,
      Findings findings) {
    for (String extension : EXTENSIONS) {
      JsonNode call = node.path(extension);
      String target = call.path("operationId").asText("");
      if (target.isEmpty()) {
        continue;
      }
      if (byId == null) {
        byId = new HashMap<>();
        for (SwaggerWalk.Request r : requests) {
          byId.putIfAbsent(r.op().operationId(), r);
        }
      }
      SwaggerWalk.Request callee = byId.get(target);
      if (callee == null) {
        continue; // OperationIdNotFound's
      }
      JsonNode supplied = call.path("parameters");
      for (SwaggerWalk.Parameter p : callee.parameters()) {
        if (p.node().path("required").asBoolean(false)
            && !p.in().equals("body")
            && !p.node().has("default")
            && !supplied.has(p.name())) {
          findings.at(
              doc,
              pointer + "/" + JsonDocument.escape(extension),
              extension
                  + " calls "
                  + target
                  + " without its required parameter \""
                  + p.name()
                  + "\"");
        }
      }
    }
    return byId;
  }
}
