package census.rules.properties;

import census.json.JsonDocument;
import census.rules.ConnectorIndex;
import census.rules.SwaggerWalk;
import census.rules.info.Documents;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Names that apiProperties.json refers to, compared without regard to case: whether the platform's
 * lookups ignore case is not documented, and certified connectors in the repository rely on it, so
 * only a name that matches nothing in any case is reported.
 */
final class References {
  private References() {}

  /** The definition's operationIds, lower-cased; empty when there is no readable definition. */
  static Set<String> operationIds(ConnectorIndex connector) {
    return connector
        .definition()
        .map(
            doc ->
                SwaggerWalk.operations(connector).stream()
                    .map(SwaggerWalk.Operation::operationId)
                    .filter(id -> id != null)
                    .map(References::key)
                    .collect(Collectors.toCollection(TreeSet::new)))
        .orElseGet(TreeSet::new);
  }

  /**
   * Runs {@code check} on apiProperties.json when the connector also has a readable definition,
   * with a test that tells a name (a string node) that is no operationId of the definition.
   */
  static void withUnknownOperation(
      ConnectorIndex connector, BiConsumer<JsonDocument, Predicate<PropertiesNode>> check) {
    Documents.withBoth(
        connector,
        (properties, swagger) -> {
          // Most connectors name no operation here: walk the definition only for those that do.
          Supplier<Set<String>> operations = Suppliers.memoize(() -> operationIds(connector));
          check.accept(
              properties,
              name -> name.node().isTextual() && !operations.get().contains(key(name.text())));
        });
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
