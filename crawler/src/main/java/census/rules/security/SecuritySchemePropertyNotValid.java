package census.rules.security;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Map;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
    id = "SecuritySchemePropertyNotValid",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": SecuritySchemePropertyNotValid; Swagger 2.0, \"Security Scheme Object\"",
    doc =
        "Each security definition is an object of type basic, apiKey or oauth2 that holds only"
            + " the properties of its type (plus description and x- extensions), with valid"
            + " values: in is header or query; flow is implicit, password, application or"
            + " accessCode; scopes maps scope names to descriptions; authorizationUrl and"
            + " tokenUrl only where the flow uses them.",
    fix = "Remove the property that does not belong to the type, or correct its value.")
public final class SecuritySchemePropertyNotValid implements Rule {
  static final Map<String, Set<String>> PROPERTIES =
      Map.of(
          "basic", Set.of("type", "description"),
          "apiKey", Set.of("type", "description", "name", "in"),
          "oauth2",
              Set.of("type", "description", "flow", "authorizationUrl", "tokenUrl", "scopes"));
  static final Set<String> IN = Set.of("header", "query");
  static final Set<String> FLOWS = Set.of("implicit", "password", "application", "accessCode");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (SecuritySchemes.Scheme scheme : SecuritySchemes.schemes(doc.tree())) {
                check(doc, scheme, findings);
              }
            });
  }

  private static void check(JsonDocument doc, SecuritySchemes.Scheme scheme, Findings findings) {
    String label = "security definition \"" + scheme.name() + "\"";
    if (!scheme.node().isObject()) {
      findings.at(doc, scheme.pointer(), label + " must be an object");
      return;
    }
    Set<String> allowed = PROPERTIES.get(scheme.type());
    if (allowed == null) {
      if (scheme.node().has("type")) {
        findings.at(
            doc,
            scheme.pointer() + "/type",
            label + " has type " + scheme.node().get("type") + "; use basic, apiKey or oauth2");
      }
      return;
    }
    for (Map.Entry<String, JsonNode> field : SwaggerWalk.fields(scheme.node())) {
      String name = field.getKey();
      if (!allowed.contains(name) && !name.startsWith("x-")) {
        findings.at(
            doc,
            scheme.pointer() + "/" + JsonDocument.escape(name),
            label + " of type " + scheme.type() + " cannot have " + name);
      }
    }
    JsonNode node = scheme.node();
    if (node.has("in") && !IN.contains(node.path("in").asText(""))) {
      findings.at(
          doc,
          scheme.pointer() + "/in",
          label + ": in is " + node.get("in") + ", not header or query");
    }
    if (scheme.type().equals("oauth2")) {
      checkOAuth(doc, scheme, label, findings);
    }
  }

  private static void checkOAuth(
      JsonDocument doc, SecuritySchemes.Scheme scheme, String label, Findings findings) {
    JsonNode node = scheme.node();
    String flow = node.path("flow").asText("");
    if (node.has("flow") && !FLOWS.contains(flow)) {
      findings.at(
          doc,
          scheme.pointer() + "/flow",
          label
              + ": flow "
              + node.get("flow")
              + " is not implicit, password, application or"
              + " accessCode");
    }
    if (node.has("authorizationUrl") && (flow.equals("password") || flow.equals("application"))) {
      findings.at(
          doc,
          scheme.pointer() + "/authorizationUrl",
          label + ": the " + flow + " flow has no authorizationUrl");
    }
    if (node.has("tokenUrl") && flow.equals("implicit")) {
      findings.at(
          doc, scheme.pointer() + "/tokenUrl", label + ": the implicit flow has no tokenUrl");
    }
    JsonNode scopes = node.path("scopes");
    if (node.has("scopes") && !scopes.isObject()) {
      findings.at(doc, scheme.pointer() + "/scopes", label + ": scopes must be an object");
    }
    for (Map.Entry<String, JsonNode> scope : SwaggerWalk.fields(scopes)) {
      if (!scope.getValue().isTextual()) {
        findings.at(
            doc,
            scheme.pointer() + "/scopes/" + JsonDocument.escape(scope.getKey()),
            label + ": the description of scope \"" + scope.getKey() + "\" must be a string");
      }
    }
  }
}
