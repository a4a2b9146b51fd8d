package census.rules.properties;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
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
  public void check(ConnectorIndex connector, Findings findings) {
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              Set<String> defined =
                  ConnectionParameters.all(doc).stream()
                      .map(p -> References.key(p.name()))
                      .collect(Collectors.toSet());
              for (PropertiesNode instance : Policies.instances(doc).elements()) {
                walk(doc, instance.get("parameters"), 0, defined, findings);
              }
            });
  }

  private static void walk(
      JsonDocument doc, PropertiesNode node, int depth, Set<String> defined, Findings findings) {
    if (node.node().isTextual()) {
      Matcher m = REFERENCE.matcher(node.text());
      while (m.find()) {
        if (!defined.contains(References.key(m.group(1)))) {
          findings.at(
              doc,
              node.pointer(),
              "@connectionParameters('"
                  + m.group(1)
                  + "') names no connection parameter of this connector");
        }
      }
    } else if (depth < MAX_DEPTH) {
      for (PropertiesNode element : node.elements()) {
        walk(doc, element, depth + 1, defined, findings);
      }
      for (Map.Entry<String, PropertiesNode> field : node.fields()) {
        walk(doc, field.getValue(), depth + 1, defined, findings);
      }
    }
  }
}
