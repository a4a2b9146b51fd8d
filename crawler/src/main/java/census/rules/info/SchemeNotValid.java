package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
    id = "SchemeNotValid",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": SchemeNotValid",
    doc =
        "schemes is an array whose values are \"http\" or \"https\", in lower case; WebSocket"
            + " schemes are SchemeNotSupported's finding.",
    fix = "Write \"schemes\": [\"https\"].")
public final class SchemeNotValid implements Rule {
  static final Set<String> VALID = Set.of("http", "https");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode schemes = doc.tree().path("schemes");
              if (!schemes.isMissingNode() && !schemes.isArray()) {
                findings.at(doc, "/schemes", "schemes must be an array such as [\"https\"]");
                return;
              }
              for (RootArrays.Element e : RootArrays.elements(doc.tree(), "schemes")) {
                String scheme = e.value().asText("");
                if (!e.value().isTextual()) {
                  findings.at(doc, e.pointer(), "a scheme must be a string");
                } else if (!VALID.contains(scheme)
                    && !SchemeNotSupported.WEBSOCKET.contains(scheme)) {
                  findings.at(
                      doc,
                      e.pointer(),
                      "scheme \"" + scheme + "\" is not valid; use \"https\" (or \"http\")");
                }
              }
            });
  }
}
