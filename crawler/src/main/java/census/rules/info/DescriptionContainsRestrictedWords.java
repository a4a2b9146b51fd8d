package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.ProductNames;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "DescriptionContainsRestrictedWords",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.CERTIFICATION
            + ", \"Write a description for your connector\": \"Can't contain any Power Platform"
            + " product names\"; "
            + Sources.VALIDATOR
            + ": ValueContainsRestrictedWords",
    doc =
        "The connector's description may not name a Power Platform product such as \"Power"
            + " Apps\" or \"Copilot Studio\". Unlike the title, it may say \"API\": the"
            + " certification requirements restrict only product names there (the authoring"
            + " checklist's ban on \"API\" is stricter than they are).",
    fix =
        "Describe what the service does without naming the product it is used from, e.g."
            + " \"Manages Contoso tasks\" rather than \"Manages Contoso tasks in Power Automate\".",
    replaces = {"ValueContainsRestrictedWords"})
public final class DescriptionContainsRestrictedWords implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    ValueContainsRestrictedWords.report(connector, findings, "description", ProductNames.PATTERN);
  }
}
