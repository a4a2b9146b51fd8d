package census.rules.properties;

import census.json.Edit;
import census.json.JsonDocument;
import census.json.JsonEdits;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.files.ApiPropertiesSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.List;
import java.util.Optional;

@AutoService(Rule.class)
@RuleInfo(
    id = "OAuthRedirectModeNotGlobalPerConnector",
    severity = Severity.WARNING,
    files = {"apiProperties.json"},
    source =
        Sources.AUTHORING
            + ", PR checklist: \"For OAuth connectors: redirectMode GlobalPerConnector (not"
            + " Global)\", mandatory since February 2024",
    doc =
        "Every OAuth connection parameter sets oAuthSettings.redirectMode to"
            + " \"GlobalPerConnector\": each connector gets its own redirect URI instead of the"
            + " shared global one.",
    fix =
        "Set \"redirectMode\": \"GlobalPerConnector\" and register the connector's own redirect"
            + " URI with the OAuth app.",
    fixability = Fixability.UNSAFE,
    fixSafety =
        "Sets redirectMode to \"GlobalPerConnector\": the connector then sends users back to a"
            + " redirect URI of its own, which its OAuth app must register, or every new sign-in"
            + " fails. No fix is offered where the repository's apiProperties schema does not allow"
            + " the value (the dev tip's lists Global and Direct only).")
public final class OAuthRedirectModeNotGlobalPerConnector implements Rule {
  static final String REQUIRED = "GlobalPerConnector";

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    // Read only for a connector with a finding: most have none.
    Supplier<Boolean> fixable = Suppliers.memoize(() -> schemaAllows(connector));
    ConnectionParameters.eachOAuth(
        connector,
        (doc, p) -> {
          PropertiesNode settings = p.oauthSettings();
          PropertiesNode mode = settings.get("redirectMode");
          if (settings.isMissing()) {
            return; // OAuthSettingsIncomplete reports the missing settings
          }
          if (mode.isMissing()) {
            findings.at(
                doc,
                settings.pointer(),
                "OAuth parameter \"" + p.name() + "\" has no redirectMode; set " + REQUIRED,
                fix(
                    fixable,
                    JsonEdits.insertMember(
                        doc, settings.pointer(), "redirectMode", JsonEdits.quote(REQUIRED))));
          } else if (!REQUIRED.equalsIgnoreCase(mode.text())) {
            findings.at(
                doc,
                mode.pointer(),
                "redirectMode is " + mode.node() + "; it must be \"" + REQUIRED + "\"",
                fix(
                    fixable,
                    JsonEdits.replaceValue(doc, mode.pointer(), JsonEdits.quote(REQUIRED))));
          }
        });
  }

  private static List<Edit> fix(Supplier<Boolean> fixable, Optional<Edit> edit) {
    return fixable.get() ? edit.stream().toList() : List.of();
  }

  /**
   * Whether the apiProperties schema the repository ships, if any, allows "GlobalPerConnector": the
   * dev tip's lists only Global and Direct, so there the fix would trade this finding for
   * ApiPropertiesSchema's.
   */
  private static boolean schemaAllows(ConnectorIndex connector) {
    Optional<byte[]> schema = connector.repository().file(ApiPropertiesSchema.SCHEMA_PATH);
    if (schema.isEmpty()) {
      return true;
    }
    Read read = last;
    if (read == null || read.schema() != schema.get()) {
      read = new Read(schema.get(), allows(schema.get()));
      last = read;
    }
    return read.allows();
  }

  /**
   * The schema read last and its answer: a crawl's memoized repository view hands every connector
   * the same array, and parsing the schema for each connector with a finding cost a plain lint of
   * the dev tip a quarter of a second.
   */
  @SuppressWarnings("ArrayRecordComponent") // compared by identity on purpose
  private record Read(byte[] schema, boolean allows) {}

  private static volatile Read last;

  private static boolean allows(byte[] schema) {
    JsonNode root = JsonDocument.parse(ApiPropertiesSchema.SCHEMA_PATH, schema).tree();
    for (JsonNode mode : root.findValues("redirectMode")) {
      JsonNode values = mode.path("enum");
      boolean listed = false;
      for (JsonNode value : values) {
        listed |= REQUIRED.equals(value.asText());
      }
      if (values.isArray() && !listed) {
        return false;
      }
    }
    return true;
  }
}
