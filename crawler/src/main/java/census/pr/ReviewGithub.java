package census.pr;

import census.model.Severity;
import census.rules.Finding;

/**
 * A review as GitHub Actions workflow commands ({@code ::error file=…,line=…::message}), which the
 * pull request's "Files changed" shows beside the lines. Values are escaped as the runner expects,
 * so repository content cannot start a command of its own.
 */
public final class ReviewGithub {
  private ReviewGithub() {}

  public static String render(Review r) {
    StringBuilder s = new StringBuilder();
    for (Review.Folder f : r.folders()) {
      for (Finding finding : f.newFindings()) {
        annotation(
            s,
            finding.severity(),
            ReviewFindings.path(f.path(), finding.file()),
            finding.line(),
            finding.column(),
            finding.ruleId(),
            finding.message());
      }
      for (var c : f.breakingChanges()) {
        annotation(
            s,
            Severity.ERROR,
            f.path() + "/apiDefinition.swagger.json",
            0,
            0,
            "BreakingChange",
            c.kind()
                + (c.operationId() == null ? "" : " " + c.operationId())
                + (c.detail() == null ? "" : ": " + c.detail()));
      }
    }
    for (Review.Shape sh : r.shape()) {
      annotation(s, sh.check().severity(), sh.path(), 0, 0, sh.check().id(), sh.message());
    }
    r.existence()
        .filter(e -> e.answer().decidedBy().isPresent())
        .ifPresent(
            e ->
                annotation(
                    s,
                    Severity.WARNING,
                    e.path(),
                    0,
                    0,
                    "AlreadyExists",
                    e.answer().outcome().status() + " " + e.answer().outcome().option()));
    return s.toString();
  }

  private static void annotation(
      StringBuilder s,
      Severity severity,
      String file,
      int line,
      int column,
      String title,
      String message) {
    s.append("::")
        .append(
            switch (severity) {
              case ERROR -> "error";
              case WARNING -> "warning";
              default -> "notice";
            });
    StringBuilder props = new StringBuilder();
    if (!file.isEmpty()) {
      props.append("file=").append(property(file));
    }
    if (line > 0) {
      props.append(",line=").append(line);
      if (column > 0) {
        props.append(",col=").append(column);
      }
    }
    props.append(props.length() > 0 ? "," : "").append("title=").append(property(title));
    s.append(' ').append(props).append("::").append(data(message)).append('\n');
  }

  /** The runner's escaping of a message. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** The runner's escaping of a property value, which also ends at ':' and ','. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
