package census.rules.files;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@AutoService(Rule.class)
@RuleInfo(
    id = ApiPropertiesSchema.ID,
    severity = Severity.WARNING,
    files = {"apiProperties.json", "schemas/paconn-apiProperties.schema.json"},
    source = Sources.AUTHORING + ", PR checklist: \"apiProperties.json matches schema\"",
    doc =
        "apiProperties.json is valid against the JSON Schema that the repository ships at the same"
            + " commit (schemas/paconn-apiProperties.schema.json). Where that schema is absent (a"
            + " folder linted outside a checkout) the rule says nothing. Up to 20 violations are"
            + " reported per file.",
    fix =
        "Correct or remove the property named in the finding; the schema lists the allowed"
            + " properties, types and values.")
public final class ApiPropertiesSchema implements Rule {
  public static final String ID = "ApiPropertiesSchema";
  public static final String SCHEMA_PATH = "schemas/paconn-apiProperties.schema.json";
  static final int SHOWN = 20;

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Optional<JsonDocument> props = connector.properties().filter(d -> d.root().isPresent());
    if (props.isEmpty()) {
      return;
    }
    Optional<JsonSchema> schema =
        connector.repository().file(SCHEMA_PATH).flatMap(RepositorySchemas::compile);
    if (schema.isEmpty()) {
      return;
    }
    JsonDocument doc = props.get();
    List<ValidationMessage> errors =
        schema.get().validate(doc.tree()).stream()
            .sorted(
                Comparator.comparing((ValidationMessage m) -> doc.locate(pointer(m)).line())
                    .thenComparing(ValidationMessage::getMessage))
            .toList();
    for (ValidationMessage m : errors.subList(0, Math.min(SHOWN, errors.size()))) {
      findings.at(doc, pointer(m), m.getMessage());
    }
    if (errors.size() > SHOWN) {
      findings.at(
          doc, pointer(errors.get(SHOWN)), (errors.size() - SHOWN) + " more schema violations");
    }
  }

  /** The instance the message is about; the offending property itself for unknown properties. */
  static String pointer(ValidationMessage m) {
    String at = m.getInstanceLocation().toString();
    if ("additionalProperties".equals(m.getType()) && m.getProperty() != null) {
      return at + "/" + JsonDocument.escape(m.getProperty());
    }
    return at;
  }
}
