package census.rules.operations;

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
    id = "HttpsOnly",
    severity = Severity.ERROR,
    enforcedBy = Enforcement.PLATFORM,
    rationale =
        "Certification requires that the connector reach its service over TLS; a definition"
            + " whose schemes offer no https gives the platform only plain HTTP to call.",
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"schemes\"",
    doc =
        "The connector talks to its service over HTTPS: schemes, where given, includes"
            + " \"https\". An http scheme beside https is HttpSchemeBesideHttps' finding, a missing"
            + " schemes SchemesMissing's.",
    fix = "Set \"schemes\": [\"https\"] and serve the API over TLS.",
    version = 2)
public final class HttpsOnly implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Schemes.of(connector)
        .filter(schemes -> !schemes.offers("https"))
        .ifPresent(
            schemes ->
                findings.at(
                    schemes.doc(), "/schemes", "schemes offer no https, only " + schemes.node()));
  }
}
