package census.rules.parameters;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
    id = "SourcePropertyInternal",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": SourcePropertyInternal",
    doc =
        "In an operation users see, a parameter's x-ms-dynamic-values, x-ms-dynamic-schema or"
            + " x-ms-dynamic-list does not take a value from a parameter of the operation that"
            + " is internal ({\"parameter\": \"name\"}): the user cannot set an internal parameter,"
            + " so the dynamic call cannot follow what the user chose.",
    fix =
        "Give the dynamic call a static value ({\"value\": ...}) instead, or make the source"
            + " parameter visible.")
public final class SourcePropertyInternal implements Rule {
  static final List<String> DYNAMIC =
      List.of("x-ms-dynamic-values", "x-ms-dynamic-schema", "x-ms-dynamic-list");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          if ("internal".equals(op.node().path("x-ms-visibility").asText())) {
            return;
          }
          List<SwaggerWalk.Parameter> params = SwaggerWalk.parameters(root, op);
          Set<String> internal = new HashSet<>();
          for (SwaggerWalk.Parameter p : params) {
            if (p.internal()) {
              internal.add(p.name());
            }
          }
          if (internal.isEmpty()) {
            return;
          }
          for (SwaggerWalk.Parameter p : params) {
            for (String extension : DYNAMIC) {
              JsonNode mapping = p.node().path(extension).path("parameters");
              for (Map.Entry<String, JsonNode> m : SwaggerWalk.fields(mapping)) {
                String source = m.getValue().path("parameter").asText(null);
                if (source != null && internal.contains(source)) {
                  findings.at(
                      doc,
                      p.pointer()
                          + "/"
                          + extension
                          + "/parameters/"
                          + JsonDocument.escape(m.getKey())
                          + "/parameter",
                      extension
                          + " of \""
                          + p.name()
                          + "\" reads internal parameter \""
                          + source
                          + "\"");
                }
              }
            }
          }
        });
  }
}
