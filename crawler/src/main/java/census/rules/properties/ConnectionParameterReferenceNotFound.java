package census.rules.properties;

import census.connector.ConnectorContext;
import census.json.JsonDocument;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import census.rules.info.Documents;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

@AutoService(Rule.class)
@RuleInfo(
    id = "ConnectionParameterReferenceNotFound",
    severity = Severity.ERROR,
    files = {"apiProperties.json"},
    source =
        Sources.AUTHORING
            + ", \"Policy Templates\" (dynamichosturl: \"Route to dynamic host URL from"
            + " connection params\")",
    doc =
        "Every @connectionParameters('name') expression in a policy template instance names a"
            + " connection parameter the connector defines (in connectionParameters or a"
            + " parameter set); otherwise the policy sends an empty value, e.g. an empty host."
            + " Names are compared without regard to case.",
    fix = "Use the parameter's name exactly as connectionParameters defines it.")
public final class ConnectionParameterReferenceNotFound implements Rule {
  static final Pattern REFERENCE =
      Pattern.compile("@connectionParameters\\(\\s*['\"]([^'\"]*)['\"]");

  /** Policy parameters are flat or shallow; anything deeper is not a policy's own doing. */
  static final int MAX_DEPTH = 16;

  @Override
  public void check(ConnectorContext connector, Findings findings) {
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              Set<String> defined =
                  ConnectionParameters.all(doc.tree()).stream()
                      .map(p -> References.key(p.name()))
                      .collect(Collectors.toSet());
              JsonNode instances = doc.tree().at(PolicyTemplateInstanceNotValid.POINTER);
              for (int i = 0; i < instances.size(); i++) {
                String pointer = PolicyTemplateInstanceNotValid.POINTER + "/" + i + "/parameters";
                walk(doc, doc.tree().at(pointer), pointer, 0, defined, findings);
              }
            });
  }

  private static void walk(
      JsonDocument doc,
      JsonNode node,
      String pointer,
      int depth,
      Set<String> defined,
      Findings findings) {
    if (node.isTextual()) {
      Matcher m = REFERENCE.matcher(node.asText());
      while (m.find()) {
        if (!defined.contains(References.key(m.group(1)))) {
          findings.at(
              doc,
              pointer,
              "@connectionParameters('"
                  + m.group(1)
                  + "') names no connection parameter of this connector");
        }
      }
    } else if (depth < MAX_DEPTH && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(doc, node.get(i), pointer + "/" + i, depth + 1, defined, findings);
      }
    } else if (depth < MAX_DEPTH) {
      for (Map.Entry<String, JsonNode> field : SwaggerWalk.fields(node)) {
        walk(
            doc,
            field.getValue(),
            pointer + "/" + JsonDocument.escape(field.getKey()),
            depth + 1,
            defined,
            findings);
      }
    }
  }
}
