package census.rules.operations;

import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;

/** The replacement an operation's x-ms-api-annotation names: the operation that supersedes it. */
final class Replacements {
  private Replacements() {}

  /**
   * Reports each replacement object that does not name {@code field}, as "the replacement of
   * OPERATION does not name its FIELD".
   */
  static void requireField(ConnectorIndex connector, Findings findings, String field) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          JsonNode replacement = op.node().path("x-ms-api-annotation").path("replacement");
          if (replacement.isObject() && replacement.path(field).asText("").isBlank()) {
            findings.at(
                doc,
                op.pointer() + "/x-ms-api-annotation/replacement",
                "the replacement of " + op.operationId() + " does not name its " + field);
          }
        });
  }
}
