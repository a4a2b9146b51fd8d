package census.rules;

import census.json.JsonDocument;
import census.json.Location;
import census.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one connector. The engine points it at each rule in turn, so a rule only
 * says where and what; id and severity come from the rule's {@link RuleInfo}.
 *
 * <p>One rule lists at most {@link #PER_RULE_LIMIT} findings per connector, then one more that
 * counts the rest: a definition with 2,000 unlabelled properties needs fixing as a whole, and
 * listing each would swamp both the reader and the warehouse.
 */
public final class Findings {
  public static final int PER_RULE_LIMIT = 50;

  private final String connectorPath;
  private final List<Finding> found = new ArrayList<>();
  // The current rule's id (null outside a rule) and severity, from fields rather than annotation
  // methods, which are reflective calls.
  private String currentId;
  private Severity currentSeverity;
  private int listed;
  private int unlisted;

  public Findings(String connectorPath) {
    this.connectorPath = connectorPath;
  }

  void startRule(String id, Severity severity) {
    endRule();
    this.currentId = id;
    this.currentSeverity = severity;
  }

  /** Closes the current rule, adding the count of what it found beyond the limit. */
  void endRule() {
    if (currentId != null && unlisted > 0) {
      found.add(
          new Finding(
              connectorPath,
              "",
              currentId,
              currentSeverity,
              "",
              0,
              0,
              unlisted + " more findings of this rule in this connector are not listed"));
    }
    currentId = null;
    listed = 0;
    unlisted = 0;
  }

  /** A finding at a JSON pointer of {@code doc}; its line and column come from the document. */
  public void at(JsonDocument doc, String pointer, String message) {
    if (listed >= PER_RULE_LIMIT && currentId != null) {
      unlisted++;
      return;
    }
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

  /** Everything found, once the last rule is closed. */
  public List<Finding> list() {
    endRule();
    return List.copyOf(found);
  }

  private void add(String file, String pointer, int line, int column, String message) {
    if (currentId == null) {
      throw new IllegalStateException("a finding was reported outside a rule");
    }
    if (listed >= PER_RULE_LIMIT) {
      unlisted++;
      return;
    }
    listed++;
    found.add(
        new Finding(
            connectorPath, file, currentId, currentSeverity, pointer, line, column, message));
  }
}
