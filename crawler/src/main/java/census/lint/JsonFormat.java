package census.lint;

import census.model.Severity;
import census.rules.Finding;
import census.rules.Fix;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Lint findings as one JSON document, for scripts. Suppressed findings are listed with their reason
 * and left out of the counts.
 */
public final class JsonFormat {
  /** The output's format version; docs/lint-output.schema.json describes it. */
  static final int VERSION = 1;

  // The writer stays open: it is the command's standard output.
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonFormat() {}

  /**
   * Writes the report to {@code out} as it goes: a tree of a hundred thousand findings, then a
   * string of it, cost a tenth of a whole lint over the repository.
   */
  public static void write(LintReport report, Path base, Writer out) throws IOException {
    DisplayPaths paths = new DisplayPaths(base);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      json.writeNumberField("folders", report.folders());
      json.writeNumberField("errors", report.count(Severity.ERROR));
      json.writeNumberField("warnings", report.count(Severity.WARNING));
      json.writeNumberField("infos", report.count(Severity.INFO));
      json.writeNumberField("suppressed", report.suppressed());
      if (report.comparison().isPresent()) {
        json.writeStringField("base", report.comparison().get().base());
        json.writeNumberField("alreadyInBase", report.alreadyInBase());
      }
      json.writeArrayFieldStart("findings");
      for (LintReport.Entry entry : report.entries()) {
        Finding f = entry.finding();
        json.writeStartObject();
        json.writeStringField("file", paths.show(entry.file()));
        json.writeNumberField("line", f.line());
        json.writeNumberField("column", f.column());
        json.writeStringField("severity", f.severity().id());
        json.writeStringField("ruleId", f.ruleId());
        json.writeStringField("jsonPointer", f.jsonPointer());
        json.writeStringField("message", f.message());
        json.writeStringField("connector", f.connectorPath());
        if (f.fix().isPresent()) {
          writeFix(json, f.fix().get());
        }
        if (entry.suppression().isPresent()) {
          json.writeObjectFieldStart("suppressed");
          json.writeStringField("reason", entry.suppression().get());
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  /**
   * The fix: whether --fix applies it without --unsafe-fixes, and its splices of the file's decoded
   * text (offsets in UTF-16 code units, with lines and columns for people).
   */
  private static void writeFix(JsonGenerator json, Fix fix) throws IOException {
    json.writeObjectFieldStart("fix");
    json.writeStringField("applicability", fix.safe() ? "safe" : "unsafe");
    if (fix.utf8()) {
      json.writeBooleanField("toUtf8", true);
    }
    json.writeArrayFieldStart("edits");
    for (Fix.Splice s : fix.splices()) {
      json.writeStartObject();
      json.writeNumberField("start", s.start());
      json.writeNumberField("end", s.end());
      json.writeNumberField("startLine", s.startLine());
      json.writeNumberField("startColumn", s.startColumn());
      json.writeNumberField("endLine", s.endLine());
      json.writeNumberField("endColumn", s.endColumn());
      json.writeStringField("text", s.text());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
