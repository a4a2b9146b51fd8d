package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Locale;

@AutoService(Rule.class)
@RuleInfo(
    id = "RequiredValueEmpty",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": RequiredValueEmpty; "
            + Sources.CERTIFICATION
            + ", \"Give your connector a title\" and \"Write a description for your connector\"",
    doc =
        "info is an object and info.title, info.description, info.version and host, where"
            + " present, are non-empty strings; an empty or non-text value is as good as none.",
    fix = "Give the property a value, or write it as a string rather than a number or object.")
public final class RequiredValueEmpty implements Rule {
  static final List<String> TEXT =
      List.of("/info/title", "/info/description", "/info/version", "/host");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode info = doc.tree().path("info");
              if (!info.isMissingNode() && !info.isObject()) {
                findings.at(doc, "/info", "info must be an object");
                return;
              }
              for (String pointer : TEXT) {
                JsonNode value = doc.tree().at(pointer);
                String name = pointer.substring(1).replace('/', '.');
                if (value.isMissingNode()) {
                  continue;
                }
                if (!value.isTextual()) {
                  findings.at(
                      doc,
                      pointer,
                      name
                          + " must be a string, not "
                          + value.getNodeType().name().toLowerCase(Locale.ROOT));
                } else if (value.asText().isBlank()) {
                  findings.at(doc, pointer, name + " is empty");
                }
              }
            });
  }
}
