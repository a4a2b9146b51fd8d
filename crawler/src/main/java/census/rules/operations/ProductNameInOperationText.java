package census.rules.operations;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.ProductNames;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;

@AutoService(Rule.class)
@RuleInfo(
    id = "ProductNameInOperationText",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.CERTIFICATION
            + ", \"Define operation and parameter summaries and descriptions: Can't contain any of"
            + " the Microsoft Power Platform product names\"",
    doc =
        "Operation summaries and descriptions, and the x-ms-summary and description of"
            + " parameters, name no Power Platform product (Power Apps, Power"
            + " Automate, Copilot Studio, Dataverse, Logic Apps, …): the same connector runs in"
            + " all of them. The connector's own title is ValueContainsRestrictedWords', its"
            + " description DescriptionContainsRestrictedWords'.",
    fix =
        "Say what the operation does without the product: \"Start a flow run\" needs no \"Power Automate\".")
public final class ProductNameInOperationText implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          for (String key : KEYS_OF_OPERATION) {
            check(doc, op.node().path(key), () -> op.pointer() + "/" + key, op::label, findings);
          }
        });
    SwaggerWalk.eachWrittenParameter(
        connector,
        (doc, op, p) -> {
          for (String key : KEYS_OF_PARAMETER) {
            check(
                doc,
                p.node().path(key),
                () -> p.pointer() + "/" + key,
                () -> "parameter \"" + p.name() + "\"",
                findings);
          }
        });
  }

  private static final List<String> KEYS_OF_OPERATION = List.of("summary", "description");
  private static final List<String> KEYS_OF_PARAMETER = List.of("x-ms-summary", "description");

  /** Names the place only when it has a finding: most texts name no product. */
  private static void check(
      JsonDocument doc,
      JsonNode text,
      Supplier<String> pointer,
      Supplier<String> what,
      Findings findings) {
    if (!text.isTextual()) {
      return;
    }
    Matcher m = ProductNames.PATTERN.matcher(text.asText());
    if (m.find()) {
      String at = pointer.get();
      findings.at(
          doc,
          at,
          "the "
              + at.substring(at.lastIndexOf('/') + 1)
              + " of "
              + what.get()
              + " names the product \""
              + m.group()
              + "\"");
    }
  }
}
