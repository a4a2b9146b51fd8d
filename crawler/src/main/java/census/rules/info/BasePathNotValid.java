package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Optional;

@AutoService(Rule.class)
@RuleInfo(
    id = "BasePathNotValid",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": BasePathNotValid; Swagger 2.0, Swagger Object \"basePath\"",
    doc =
        "basePath, where given, is a path that starts with \"/\": no scheme or host, no query"
            + " or fragment, no white space, no <placeholder> and no {template} (Swagger 2.0 does"
            + " not template the base path).",
    fix = "Write it as \"/v1\"; move host and scheme to host and schemes.")
public final class BasePathNotValid implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode basePath = doc.tree().path("basePath");
              if (basePath.isMissingNode()) {
                return;
              }
              problem(basePath)
                  .ifPresent(
                      why ->
                          findings.at(
                              doc, "/basePath", "basePath " + basePath.toString() + " " + why));
            });
  }

  static Optional<String> problem(JsonNode basePath) {
    if (!basePath.isTextual()) {
      return Optional.of("is not a string");
    }
    String path = basePath.asText();
    if (!path.startsWith("/")) {
      return Optional.of(
          path.contains("://")
              ? "is a URL; it must be a path starting with \"/\""
              : "must start with \"/\"");
    }
    if (path.contains("<") || path.contains(">")) {
      return Optional.of("contains a placeholder");
    }
    if (path.chars().anyMatch(Character::isWhitespace)) {
      return Optional.of("contains white space");
    }
    if (path.contains("?") || path.contains("#")) {
      return Optional.of("contains a query or fragment");
    }
    if (path.contains("{") || path.contains("}")) {
      return Optional.of("contains a template; basePath cannot be templated");
    }
    return Optional.empty();
  }
}
