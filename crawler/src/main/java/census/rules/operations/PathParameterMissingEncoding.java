package census.rules.operations;

import census.json.JsonEdits;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
    id = "PathParameterMissingEncoding",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.VALIDATOR
            + ": PathParameterMissingEncoding; "
            + Sources.AUTHORING
            + ", path parameters",
    doc =
        "Path parameters carry \"x-ms-url-encoding\", as a rule \"single\", so that values with"
            + " slashes or other reserved characters reach the service intact. \"double\", the"
            + " extension's other value, is a deliberate choice for back ends that need the value"
            + " encoded twice, and is accepted: the validator reports only a missing encoding.",
    fix = "Add \"x-ms-url-encoding\": \"single\" to the path parameter.",
    fixability = Fixability.UNSAFE,
    fixSafety =
        "Adds \"x-ms-url-encoding\": \"single\" to the parameter, where a referenced one is"
            + " defined: how the value is encoded into the URL can change, and with it the"
            + " request a live connector sends. A parameter with another value gets no fix.",
    version = 2)
public final class PathParameterMissingEncoding implements Rule {
  /** The values of x-ms-url-encoding the authoring guide lists. */
  private static final Set<String> ENCODINGS = Set.of("single", "double");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachWrittenParameter(
        connector,
        (doc, op, p) -> {
          if (!p.in().equals("path")) {
            return;
          }
          JsonNode encoding = p.node().path("x-ms-url-encoding");
          if (!ENCODINGS.contains(encoding.asText(""))) {
            findings.at(
                doc,
                p.pointer(),
                "path parameter \""
                    + p.name()
                    + "\" has "
                    + (encoding.isMissingNode()
                        ? "no x-ms-url-encoding"
                        : "x-ms-url-encoding " + encoding)
                    + "; it should be \"single\"",
                encoding.isMissingNode()
                    ? Written.at(doc, p.pointer())
                        .flatMap(
                            at ->
                                JsonEdits.insertMember(
                                    doc, at, "x-ms-url-encoding", JsonEdits.quote("single")))
                        .stream()
                        .toList()
                    : List.of());
          }
        });
  }
}
