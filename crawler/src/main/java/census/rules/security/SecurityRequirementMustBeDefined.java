package census.rules.security;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "SecurityRequirementMustBeDefined",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": SecurityRequirementMustBeDefined; Swagger 2.0, \"Security Requirement Object\"",
    doc =
        "Every scheme a security requirement names (in the root security list or an"
            + " operation's) is defined in securityDefinitions.",
    fix = "Use the name of a securityDefinitions entry, or define the scheme.")
public final class SecurityRequirementMustBeDefined implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SecuritySchemes.eachRequirement(
        connector,
        (doc, r, scheme) -> {
          if (scheme.isMissingNode()) {
            findings.at(
                doc,
                r.pointer(),
                "security requirement names \""
                    + r.scheme()
                    + "\", which securityDefinitions does not define");
          }
        });
  }
}
