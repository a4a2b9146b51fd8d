package census.rules.properties;

import census.model.ConnectorKind;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "IndependentPublisherIsStackOwner",
    severity = Severity.ERROR,
    kinds = ConnectorKind.INDEPENDENT_PUBLISHER,
    files = {"apiProperties.json"},
    source =
        Sources.AUTHORING
            + ", \"Independent Publisher vs Verified Publisher\" (an independent publisher"
            + " \"does NOT own the API\"); "
            + Sources.CERTIFICATION
            + ", \"Step 3a\"",
    doc =
        "An independent publisher does not own the service: publisher names the person who"
            + " publishes the connector and stackOwner the company behind the service, so the"
            + " two differ. A service owner publishes as a verified publisher.",
    fix =
        "Set stackOwner to the organisation that runs the service; if that is you, submit the"
            + " connector as a verified (certified) connector instead.")
public final class IndependentPublisherIsStackOwner implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Documents.properties(connector)
        .ifPresent(
            doc -> {
              PropertiesNode properties = PropertiesNode.properties(doc);
              String publisher = properties.get("publisher").text().strip();
              PropertiesNode owner = properties.get("stackOwner");
              if (!publisher.isEmpty() && publisher.equalsIgnoreCase(owner.text().strip())) {
                findings.at(
                    doc,
                    owner.pointer(),
                    "stackOwner \""
                        + owner.text().strip()
                        + "\" is the publisher; an independent publisher does not own the"
                        + " service");
              }
            });
  }
}
