package census.lint;

import census.model.Severity;
import census.rules.Finding;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * Lint findings as one JSON document, for scripts. Suppressed findings are listed with their reason
 * and left out of the counts.
 */
public final class JsonFormat {
  /** The output's format version; docs/lint-output.schema.json describes it. */
  static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonFormat() {}

  public static String render(LintReport report, Path base) {
    DisplayPaths paths = new DisplayPaths(base);
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    root.put("folders", report.folders());
    root.put("errors", report.count(Severity.ERROR));
    root.put("warnings", report.count(Severity.WARNING));
    root.put("infos", report.count(Severity.INFO));
    root.put("suppressed", report.suppressed());
    report
        .comparison()
        .ifPresent(c -> root.put("base", c.base()).put("alreadyInBase", report.alreadyInBase()));
    ArrayNode findings = root.putArray("findings");
    for (LintReport.Entry entry : report.entries()) {
      Finding f = entry.finding();
      ObjectNode finding = findings.addObject();
      finding
          .put("file", paths.show(entry.file()))
          .put("line", f.line())
          .put("column", f.column())
          .put("severity", f.severity().id())
          .put("ruleId", f.ruleId())
          .put("jsonPointer", f.jsonPointer())
          .put("message", f.message())
          .put("connector", f.connectorPath());
      entry.suppression().ifPresent(r -> finding.putObject("suppressed").put("reason", r));
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
