package census.pr;

import census.check.Checker;
import census.history.BreakingChanges;
import census.model.Severity;
import census.rules.Finding;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** A review as JSON, for scripts and the triage board. */
public final class ReviewJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReviewJson() {}

  public static String render(Review r) {
    ObjectNode root = JSON.createObjectNode();
    if (r.number() > 0) {
      root.put("number", r.number());
    }
    root.put("head", r.head());
    root.put("base", r.base());
    root.put("blocks", r.blocks());
    r.blockers().forEach(root.withArray("blockers")::add);
    root.put("new_errors", r.count(Severity.ERROR));
    root.put("new_warnings", r.count(Severity.WARNING));
    root.put("breaking_changes", r.breakingChangeCount());
    ArrayNode folders = root.putArray("folders");
    for (Review.Folder f : r.folders()) {
      ObjectNode n = folders.addObject();
      n.put("path", f.path());
      n.put("change", f.change());
      n.put("title", f.title().orElse(null));
      n.put("unchanged_findings", f.unchangedFindings());
      ArrayNode findings = n.putArray("new_findings");
      for (Finding finding : f.newFindings()) {
        findings
            .addObject()
            .put("file", ReviewFindings.path(f.path(), finding.file()))
            .put("line", finding.line())
            .put("column", finding.column())
            .put("severity", finding.severity().name().toLowerCase(Locale.ROOT))
            .put("ruleId", finding.ruleId())
            .put("jsonPointer", finding.jsonPointer())
            .put("message", finding.message());
      }
      ArrayNode breaking = n.putArray("breaking_changes");
      for (BreakingChanges.Change c : f.breakingChanges()) {
        breaking
            .addObject()
            .put("kind", c.kind())
            .put("operationId", c.operationId())
            .put("detail", c.detail());
      }
    }
    ArrayNode shape = root.putArray("pull_request");
    for (Review.Shape s : r.shape()) {
      shape
          .addObject()
          .put("ruleId", s.check().id())
          .put("severity", s.check().severity().name().toLowerCase(Locale.ROOT))
          .put("path", s.path())
          .put("message", s.message());
    }
    r.existence()
        .ifPresent(
            e -> {
              ObjectNode n = root.putObject("existence");
              Checker.Answer a = e.answer();
              n.put("path", e.path());
              n.put("title", a.title());
              n.put("outcome", a.outcome().id());
              n.put("status", a.outcome().status());
              n.put("option", a.outcome().option());
              a.decidedBy()
                  .ifPresent(
                      m ->
                          n.putObject("decided_by")
                              .put("where", m.where())
                              .put("class", m.matchClass())
                              .put("evidence", m.evidence())
                              .put("score", m.score()));
            });
    ArrayNode overlaps = root.putArray("overlaps");
    for (Review.Overlap o : r.overlaps()) {
      overlaps
          .addObject()
          .put("number", o.number())
          .put("path", o.path())
          .put("last_activity", o.lastActivity());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
