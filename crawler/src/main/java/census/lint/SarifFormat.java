package census.lint;

import census.model.CensusVersion;
import census.model.Severity;
import census.rules.Finding;
import census.rules.Fix;
import census.rules.Rule;
import census.rules.RuleCatalog;
import census.rules.RuleInfo;
import census.rules.RulesDoc;
import census.rules.Sources;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Lint findings as SARIF 2.1.0 (OASIS), the format GitHub code scanning reads: every rule of the
 * catalog under {@code tool.driver.rules}, every finding a result on its file, line and column.
 */
public final class SarifFormat {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String BASE_ID = "SRCROOT";

  private static final ObjectMapper JSON = new ObjectMapper();

  private SarifFormat() {}

  public static String render(LintReport report, Path base, RuleCatalog catalog) {
    DisplayPaths paths = new DisplayPaths(base);
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SCHEMA).put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "census").put("semanticVersion", version());
    driver.putObject("properties").put("ruleCatalogVersion", catalog.version());
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (Rule rule : catalog.rules()) {
      ruleIndex.put(rule.info().id(), ruleIndex.size());
      rules.add(descriptor(rule.info()));
    }
    run.putObject("originalUriBaseIds").putObject(BASE_ID).put("uri", paths.baseUri());
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode results = run.putArray("results");
    for (LintReport.Stated stated : report.all()) {
      LintReport.Entry entry = stated.entry();
      Finding f = entry.finding();
      ObjectNode result = results.addObject();
      result.put("ruleId", f.ruleId());
      Integer index = ruleIndex.get(f.ruleId());
      if (index != null) {
        result.put("ruleIndex", index);
      }
      result.put("level", level(f.severity()));
      result.putObject("message").put("text", f.message());
      // SARIF 2.1.0 §3.27.24: code scanning tells new alerts from those already open.
      stated.baselineState().ifPresent(state -> result.put("baselineState", state));
      ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
      ObjectNode artifact = location.putObject("artifactLocation");
      artifact.put("uri", paths.uri(entry.file()));
      if (!artifact.get("uri").asText().startsWith("file:")) {
        artifact.put("uriBaseId", BASE_ID);
      }
      if (f.line() > 0) {
        ObjectNode region = location.putObject("region").put("startLine", f.line());
        if (f.column() > 0) {
          region.put("startColumn", f.column());
        }
      }
      if (!f.jsonPointer().isEmpty()) {
        result.putObject("properties").put("jsonPointer", f.jsonPointer());
      }
      f.fix()
          .filter(fix -> !fix.splices().isEmpty())
          .ifPresent(fix -> result.set("fixes", fixes(fix, artifact)));
      // SARIF 2.1.0 §3.27.23: suppressed in a configuration file, outside the analysed files.
      entry
          .suppression()
          .ifPresent(
              reason ->
                  result
                      .putArray("suppressions")
                      .addObject()
                      .put("kind", "external")
                      .put("justification", reason));
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * SARIF 2.1.0 §3.55: one fix replacing regions of the result's file. A fix that only re-encodes
   * the file has no region to name and is left out (the JSON output carries it).
   */
  private static ArrayNode fixes(Fix fix, ObjectNode artifact) {
    ArrayNode fixes = JSON.createArrayNode();
    ObjectNode one = fixes.addObject();
    one.putObject("description")
        .put("text", fix.safe() ? "census lint --fix" : "census lint --fix --unsafe-fixes");
    ObjectNode change = one.putArray("artifactChanges").addObject();
    change.set("artifactLocation", artifact.deepCopy());
    ArrayNode replacements = change.putArray("replacements");
    for (Fix.Splice s : fix.splices()) {
      ObjectNode replacement = replacements.addObject();
      replacement
          .putObject("deletedRegion")
          .put("startLine", s.startLine())
          .put("startColumn", s.startColumn())
          .put("endLine", s.endLine())
          .put("endColumn", s.endColumn());
      if (!s.text().isEmpty()) {
        replacement.putObject("insertedContent").put("text", s.text());
      }
    }
    return fixes;
  }

  private static ObjectNode descriptor(RuleInfo r) {
    ObjectNode d = JSON.createObjectNode();
    d.put("id", r.id()).put("name", r.id());
    d.putObject("shortDescription").put("text", RulesDoc.firstSentence(r.doc()));
    d.putObject("fullDescription").put("text", r.doc());
    d.putObject("help")
        .put("text", r.doc() + " Fix: " + r.fix())
        .put("markdown", r.doc() + "\n\n**Fix:** " + r.fix() + "\n\nSource: " + r.source());
    Sources.url(r.source()).ifPresent(u -> d.put("helpUri", u));
    d.putObject("defaultConfiguration")
        .put("level", level(r.severity()))
        .put("enabled", !r.optIn());
    ObjectNode properties = d.putObject("properties");
    properties.put("source", r.source()).put("kinds", RulesDoc.kinds(r));
    ArrayNode tags = properties.putArray("tags");
    tags.add("certification");
    return d;
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String version() {
    return CensusVersion.get().orElse("0.0.0-dev");
  }
}
