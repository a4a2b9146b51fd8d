package census.rules.properties;

import census.connector.ConnectorContext;
import census.rules.SwaggerWalk;
import census.rules.info.Documents;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Names that apiProperties.json refers to, compared without regard to case: whether the platform's
 * lookups ignore case is not documented, and certified connectors in the repository rely on it, so
 * only a name that matches nothing in any case is reported.
 */
final class References {
  private References() {}

  /** The definition's operationIds, lower-cased; empty when there is no readable definition. */
  static Set<String> operationIds(ConnectorContext connector) {
    return Documents.swagger(connector)
        .map(
            doc ->
                SwaggerWalk.operations(doc.tree()).stream()
                    .map(SwaggerWalk.Operation::operationId)
                    .filter(id -> id != null)
                    .map(References::key)
                    .collect(Collectors.toCollection(TreeSet::new)))
        .orElseGet(TreeSet::new);
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
