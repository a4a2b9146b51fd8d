package census.rules.schemas;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.SchemaWalk;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

@AutoService(Rule.class)
@RuleInfo(
    id = "PatternShouldBeValidRegularExpression",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": PatternShouldBeValidRegularExpression",
    doc =
        "pattern of a schema, parameter, items or header is a regular expression that compiles"
            + " (checked with Java's regular expressions, which agree with ECMA 262 and .NET on"
            + " the syntax people write); one that does not compile cannot validate anything.",
    fix = "Correct the expression (escape literal brackets, braces and backslashes).")
public final class PatternShouldBeValidRegularExpression implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (SchemaWalk.Schema s : SwaggerObjects.typed(connector)) {
                JsonNode pattern = s.node().get("pattern");
                if (pattern == null || !pattern.isTextual()) {
                  continue;
                }
                try {
                  Pattern.compile(pattern.asText());
                } catch (PatternSyntaxException e) {
                  findings.at(
                      doc,
                      s.pointer() + "/pattern",
                      "pattern does not compile: " + e.getDescription());
                }
              }
            });
  }
}
