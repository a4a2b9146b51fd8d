package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;

@AutoService(Rule.class)
@RuleInfo(
    id = "OperationIdShouldEndWithRevision",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": OperationIdShouldEndWithRevision",
    doc =
        "An operation whose x-ms-api-annotation gives a revision above 1 ends its operationId with"
            + " the suffix V and that revision (GetItemsV2 or GetItems_V2, any case), so each revision"
            + " keeps a distinct, recognisable id.",
    fix = "Rename the operationId to end with V and the revision.")
public final class OperationIdShouldEndWithRevision implements Rule {
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9]+");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          JsonNode revision = op.node().path("x-ms-api-annotation").path("revision");
          String id = op.operationId();
          String rev = revision.isValueNode() ? revision.asText("").trim() : "";
          if (id == null || !NUMBER.matcher(rev).matches() || Long.parseLong(rev) <= 1) {
            return;
          }
          String suffix = "v" + Long.parseLong(rev);
          if (!id.toLowerCase(java.util.Locale.ROOT).endsWith(suffix)) {
            findings.at(
                doc,
                op.pointer() + "/operationId",
                "operationId " + id + " has revision " + rev + " but does not end with V" + rev);
          }
        });
  }
}
