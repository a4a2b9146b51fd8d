package census.rules;

import census.model.Severity;

/**
 * One violation of one rule, at a place: the file inside the connector folder, a JSON pointer
 * (empty for a whole file) and the 1-based line and column in the original file (0 when the finding
 * is about the whole file).
 */
public record Finding(
    String connectorPath,
    String file,
    String ruleId,
    Severity severity,
    String jsonPointer,
    int line,
    int column,
    String message) {}
