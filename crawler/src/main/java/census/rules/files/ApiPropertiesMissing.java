package census.rules.files;

import census.connector.ConnectorFolder;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Enforcement;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "ApiPropertiesMissing",
    severity = Severity.ERROR,
    enforcedBy = Enforcement.PLATFORM,
    rationale =
        "A connector is created from its definition and its apiProperties.json together (paconn"
            + " create --api-prop); the folder cannot be packaged without it.",
    files = {"apiProperties.json"},
    source = Sources.AUTHORING + ", \"Required files\"",
    doc =
        "A connector folder with an API definition also holds apiProperties.json: its connection"
            + " parameters, brand colour, publisher and policy templates. A folder with no"
            + " definition at all is ApiDefinitionMissing's finding.",
    fix = "Add apiProperties.json (the repository's templates/ folder has a starting point).")
public final class ApiPropertiesMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    ConnectorFolder folder = connector.folder();
    if (folder.swaggerFile().isPresent() && folder.propertiesFile().isEmpty()) {
      findings.file(ConnectorFolder.PROPERTIES, "the folder has no apiProperties.json");
    }
  }
}
