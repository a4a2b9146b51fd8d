package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "TooManyConnectorCategories",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": TooManyConnectorCategories; "
            + Sources.CERTIFICATION
            + ", \"Step 3b\": \"a maximum of two of the following categories\"",
    doc = "The Categories value names at most two categories.",
    fix = "Keep the two categories that describe the service best.")
public final class TooManyConnectorCategories implements Rule {
  static final int MAX = 2;

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    ConnectorMetadata.withCategories(
        connector,
        (doc, entry, categories) -> {
          if (categories.size() > MAX) {
            findings.at(
                doc,
                entry.valuePointer(),
                categories.size() + " categories are given; at most " + MAX + " are allowed");
          }
        });
  }
}
