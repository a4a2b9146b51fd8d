package census.rules;

import census.model.Severity;
import java.util.Optional;

/**
 * One violation of one rule, at a place: the file inside the connector folder, a JSON pointer
 * (empty for a whole file) and the 1-based line and column in the original file (0 when the finding
 * is about the whole file), and its fix if the rule offers one.
 */
public record Finding(
    String connectorPath,
    String file,
    String ruleId,
    Severity severity,
    String jsonPointer,
    int line,
    int column,
    String message,
    Optional<Fix> fix) {

  /** A finding without a fix. */
  public Finding(
      String connectorPath,
      String file,
      String ruleId,
      Severity severity,
      String jsonPointer,
      int line,
      int column,
      String message) {
    this(
        connectorPath,
        file,
        ruleId,
        severity,
        jsonPointer,
        line,
        column,
        message,
        Optional.empty());
  }

  /** The same finding with another severity (a configuration's), its fix kept. */
  public Finding withSeverity(Severity other) {
    return new Finding(connectorPath, file, ruleId, other, jsonPointer, line, column, message, fix);
  }
}
