package census.rules.parameters;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

@AutoService(Rule.class)
@RuleInfo(
    id = "ParamtersWithSameNameMustHaveSameTypeAndVisibility",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ParamtersWithSameNameMustHaveSameTypeAndVisibility",
    doc =
        "A polling trigger (fetch) whose x-ms-notification names a webhook operation (subscribe)"
            + " shares its inputs with it: parameters of the same name in both have the same type"
            + " (a body parameter's schema type) and the same x-ms-visibility. The id keeps the"
            + " validator's spelling.",
    fix = "Give the parameter the same type and x-ms-visibility in both operations.")
public final class ParamtersWithSameNameMustHaveSameTypeAndVisibility implements Rule {
  @Override
  @SuppressWarnings("ReferenceEquality") // a trigger naming itself as its webhook is skipped
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode root = doc.tree();
              List<SwaggerWalk.Request> requests = SwaggerWalk.requests(connector);
              Map<String, SwaggerWalk.Request> byId = null; // built once a trigger needs it
              for (SwaggerWalk.Request fetch : requests) {
                String target =
                    fetch.op().node().path("x-ms-notification").path("operationId").asText(null);
                if (target == null) {
                  continue;
                }
                if (byId == null) {
                  byId = new HashMap<>();
                  for (SwaggerWalk.Request r : requests) {
                    byId.putIfAbsent(r.op().operationId(), r);
                  }
                }
                SwaggerWalk.Request subscribe = byId.get(target);
                if (subscribe == null || subscribe == fetch) {
                  continue;
                }
                Map<String, SwaggerWalk.Parameter> theirs = new HashMap<>();
                for (SwaggerWalk.Parameter p : subscribe.parameters()) {
                  theirs.putIfAbsent(p.name(), p);
                }
                for (SwaggerWalk.Parameter p : fetch.parameters()) {
                  SwaggerWalk.Parameter other = theirs.get(p.name());
                  if (other != null
                      && (!Objects.equals(type(root, p), type(root, other))
                          || !visibility(p).equals(visibility(other)))) {
                    findings.at(
                        doc,
                        p.pointer(),
                        "parameter \""
                            + p.name()
                            + "\" differs in type or visibility from the one of "
                            + target);
                  }
                }
              }
            });
  }

  private static String type(JsonNode root, SwaggerWalk.Parameter p) {
    JsonNode typed =
        p.in().equals("body") ? SwaggerWalk.resolve(root, p.node().path("schema")) : p.node();
    return typed.path("type").asText(null);
  }

  private static String visibility(SwaggerWalk.Parameter p) {
    String v = p.node().path("x-ms-visibility").asText("");
    return v.isEmpty() ? "none" : v;
  }
}
