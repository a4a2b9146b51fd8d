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
    id = "InvalidFormDataParameterName",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": InvalidFormDataParameterName",
    doc = "A formData parameter's name is US-ASCII only: it is sent as a form field name.",
    fix = "Rename the parameter with ASCII characters; keep the display text in x-ms-summary.")
public final class InvalidFormDataParameterName implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    for (DeclaredParameters.Declared p : DeclaredParameters.of(connector)) {
      if (p.in().equals("formData") && !ascii(p.name())) {
        findings.at(
            connector.definition().orElseThrow(),
            p.pointer() + "/name",
            "formData parameter name \"" + p.name() + "\" is not US-ASCII");
      }
    }
  }

  private static boolean ascii(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }
}
