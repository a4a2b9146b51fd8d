package census.rules.properties;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
import com.google.auto.service.AutoService;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "PublisherPropertiesMissing",
    severity = Severity.WARNING,
    files = {"apiProperties.json"},
    source = Sources.CERTIFICATION + ", \"Step 3a: publisher and stackOwner properties\"",
    doc =
        "properties.publisher (who publishes the connector) and properties.stackOwner (who owns"
            + " the service behind it) are present and non-empty; the connector documentation"
            + " shows both.",
    fix =
        "Add \"publisher\": \"Contoso Corporation\" and \"stackOwner\": \"Contoso\" under"
            + " properties; an independent publisher gives their own name as publisher.")
public final class PublisherPropertiesMissing implements Rule {
  static final List<String> FIELDS = List.of("publisher", "stackOwner");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              PropertiesNode properties = PropertiesNode.properties(doc);
              for (String field : FIELDS) {
                PropertiesNode value = properties.get(field);
                if (value.isMissing()) {
                  findings.at(doc, properties.pointer(), field + " is missing");
                } else if (value.text().isBlank()) {
                  findings.at(doc, value.pointer(), field + " must be a non-empty string");
                }
              }
            });
  }
}
