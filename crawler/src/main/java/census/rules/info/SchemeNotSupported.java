package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
    id = "SchemeNotSupported",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": SchemeNotSupported",
    doc =
        "schemes holds no WebSocket scheme (ws, wss): Swagger 2.0 allows them, but connectors"
            + " call their service over HTTP requests only.",
    fix = "Remove \"ws\" and \"wss\" from schemes; expose the service over HTTPS.")
public final class SchemeNotSupported implements Rule {
  static final Set<String> WEBSOCKET = Set.of("ws", "wss");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (RootArrays.Element e : RootArrays.elements(doc.tree(), "schemes")) {
                if (WEBSOCKET.contains(e.value().asText(""))) {
                  findings.at(
                      doc,
                      e.pointer(),
                      "WebSocket scheme \"" + e.value().asText() + "\" is not supported");
                }
              }
            });
  }
}
