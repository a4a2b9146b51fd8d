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
    id = "ApiDefinitionMissing",
    severity = Severity.ERROR,
    enforcedBy = Enforcement.PLATFORM,
    rationale =
        "A connector is created from apiDefinition.swagger.json; the pipeline looks for that name and has nothing to validate without it.",
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"Required files\"",
    doc =
        "Every connector folder holds its OpenAPI 2.0 definition as apiDefinition.swagger.json."
            + " A definition under another name is found but reported, since paconn and the"
            + " pipeline look for the standard name. A proposal, a folder holding only readme.md"
            + " or intro.md (the publishing process's first step), needs none yet.",
    fix = "Add the definition, or rename it to apiDefinition.swagger.json.",
    version = 2)
public final class ApiDefinitionMissing implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    ConnectorFolder folder = connector.folder();
    if (folder.onlyDocs()) {
      return;
    }
    if (folder
        .file(ConnectorFolder.SWAGGER)
        .filter(f -> f.name().equals(ConnectorFolder.SWAGGER))
        .isPresent()) {
      return;
    }
    folder
        .swaggerFile()
        .ifPresentOrElse(
            other ->
                findings.file(
                    other.name(), "the API definition should be named " + ConnectorFolder.SWAGGER),
            () -> findings.file(ConnectorFolder.SWAGGER, "the folder has no API definition"));
  }
}
