package census.rules.operations;

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
import com.google.common.net.MediaType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
    id = "MimeTypeNotSupported",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": MimeTypeNotSupported; RFC 6838, section 4.2",
    doc =
        "Every consumes and produces value (root and operations) has a registered top-level type"
            + " (application, audio, font, image, message, model, multipart, text, video), and every"
            + " consumes value is one a request can be sent as: no wildcard ranges such as */* or"
            + " application/*+json, and no multipart type other than multipart/form-data. The"
            + " validator's own list is not published; these are the types it cannot accept."
            + " Malformed values are MimeTypeNotValid's.",
    fix = "Replace the value with the concrete type the service takes, e.g. application/json.")
public final class MimeTypeNotSupported implements Rule {
  private static final Set<String> TOP_LEVEL =
      Set.of(
          "application",
          "audio",
          "font",
          "image",
          "message",
          "model",
          "multipart",
          "text",
          "video");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              JsonNode root = doc.tree();
              // Generated definitions repeat the same few values on every operation.
              Map<String, String> seen = new HashMap<>();
              check(doc, root, "", seen, findings);
              for (SwaggerWalk.Operation op : SwaggerWalk.operations(connector)) {
                check(doc, op.node(), op.pointer(), seen, findings);
              }
            });
  }

  private static void check(
      JsonDocument doc,
      JsonNode owner,
      String pointer,
      Map<String, String> seen,
      Findings findings) {
    for (String which : new String[] {"consumes", "produces"}) {
      JsonNode list = owner.path(which);
      for (int i = 0; i < list.size() && list.isArray(); i++) {
        String problem =
            seen.computeIfAbsent(
                which + " " + list.get(i).asText(""),
                k -> {
                  String p = problem(k.substring(which.length() + 1), which.equals("consumes"));
                  return p == null ? "" : p;
                });
        if (!problem.isEmpty()) {
          findings.at(
              doc,
              pointer + "/" + which + "/" + i,
              list.get(i).asText() + " in " + which + " is not supported: " + problem);
        }
      }
    }
  }

  /** Why the value is not supported, or null when it is (or is not a MIME type at all). */
  static String problem(String value, boolean request) {
    MediaType type;
    try {
      type = MediaType.parse(value.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (!type.type().equals("*") && !TOP_LEVEL.contains(type.type())) {
      return "\"" + type.type() + "\" is not a registered top-level type";
    }
    if (request && (type.type().equals("*") || type.subtype().contains("*"))) {
      return "a request is sent as one concrete type, not a range";
    }
    if (request && type.type().equals("multipart") && !type.subtype().equals("form-data")) {
      return "the only multipart request the platform builds is multipart/form-data";
    }
    return null;
  }
}
