package census.rules;

import census.json.JsonDocument;
import census.json.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one connector. The engine points it at each rule in turn, so a rule only
 * says where and what; id and severity come from the rule's {@link RuleInfo}.
 */
public final class Findings {
  private final String connectorPath;
  private final List<Finding> found = new ArrayList<>();
  private RuleInfo current;

  public Findings(String connectorPath) {
    this.connectorPath = connectorPath;
  }

  void startRule(RuleInfo rule) {
    this.current = rule;
  }

  /** A finding at a JSON pointer of {@code doc}; its line and column come from the document. */
  public void at(JsonDocument doc, String pointer, String message) {
    Location where = doc.locate(pointer);
    add(doc.file(), pointer, where.line(), where.column(), message);
  }

  /** A finding at a line and column of a file that is not JSON (Markdown, or raw text). */
  public void atLine(String file, int line, int column, String message) {
    add(file, "", line, column, message);
  }

  /** A finding about a whole file or a missing file; {@code ""} for the folder as a whole. */
  public void file(String file, String message) {
    add(file, "", 0, 0, message);
  }

  public List<Finding> list() {
    return List.copyOf(found);
  }

  private void add(String file, String pointer, int line, int column, String message) {
    if (current == null) {
      throw new IllegalStateException("a finding was reported outside a rule");
    }
    found.add(
        new Finding(
            connectorPath, file, current.id(), current.severity(), pointer, line, column, message));
  }
}
