package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.MimeTypes;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "StringBinaryNotSupportedForFormUrlEncoded",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": StringBinaryNotSupportedForFormUrlEncoded",
    doc =
        "An operation that consumes application/x-www-form-urlencoded (and not"
            + " multipart/form-data) takes no string/binary parameter or body: URL-encoded forms"
            + " carry text, not files.",
    fix = "Consume multipart/form-data to upload the file, or take the value as a plain string.")
public final class StringBinaryNotSupportedForFormUrlEncoded implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachRequest(
        connector,
        (doc, root, op, params) -> {
          List<String> consumes = MimeTypes.effective(root, op, "consumes");
          if (!consumes.contains(MimeTypes.FORM_URLENCODED)
              || consumes.contains(MimeTypes.MULTIPART_FORM)) {
            return;
          }
          for (SwaggerWalk.Parameter p : params) {
            JsonNode typed =
                p.in().equals("body")
                    ? SwaggerWalk.resolve(root, p.node().path("schema"))
                    : p.node();
            if (typed.path("type").asText("").equals("string")
                && typed.path("format").asText("").equals("binary")) {
              findings.at(
                  doc,
                  p.pointer(),
                  "string/binary parameter \""
                      + p.name()
                      + "\" in an operation consuming "
                      + MimeTypes.FORM_URLENCODED);
            }
          }
        });
  }
}
