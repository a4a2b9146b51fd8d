package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
    id = "OperationIdNotPascalCase",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"operationId\"",
    doc =
        "operationId is PascalCase and letters and digits only (get_user-info becomes"
            + " GetUserInfo): flows refer to operations by it.",
    fix = "Rename the operationId to PascalCase with no separators.")
public final class OperationIdNotPascalCase implements Rule {
  static final Pattern PASCAL = Pattern.compile("[A-Z][A-Za-z0-9]*");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (SwaggerWalk.Operation op : SwaggerWalk.operations(connector)) {
                String id = op.operationId();
                if (id != null && !PASCAL.matcher(id).matches()) {
                  findings.at(
                      doc,
                      op.pointer() + "/operationId",
                      "operationId \"" + id + "\" is not PascalCase");
                }
              }
            });
  }
}
