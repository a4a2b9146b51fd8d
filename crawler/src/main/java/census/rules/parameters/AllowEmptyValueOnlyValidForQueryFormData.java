package census.rules.parameters;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "AllowEmptyValueOnlyValidForQueryFormData",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": AllowEmptyValueOnlyValidForQueryFormData",
    doc =
        "allowEmptyValue is only given on query and formData parameters, the only places Swagger"
            + " 2.0 defines it for.",
    fix = "Remove allowEmptyValue from the parameter.")
public final class AllowEmptyValueOnlyValidForQueryFormData implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    for (DeclaredParameters.Declared p : DeclaredParameters.of(connector)) {
      if (p.node().has("allowEmptyValue")
          && !p.in().equals("query")
          && !p.in().equals("formData")) {
        findings.at(
            connector.definition().orElseThrow(),
            p.pointer() + "/allowEmptyValue",
            "allowEmptyValue on " + p.in() + " parameter \"" + p.name() + "\"");
      }
    }
  }
}
