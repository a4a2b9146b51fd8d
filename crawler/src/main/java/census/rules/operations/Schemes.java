package census.rules.operations;

import census.json.JsonDocument;
import census.rules.ConnectorIndex;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** A definition's schemes array, for the rules that judge it; empty when there is none. */
record Schemes(JsonDocument doc, JsonNode node) {
  static Optional<Schemes> of(ConnectorIndex connector) {
    return connector
        .definition()
        .filter(doc -> doc.root().isPresent())
        .map(doc -> new Schemes(doc, doc.tree().path("schemes")))
        .filter(s -> s.node().isArray() && !s.node().isEmpty());
  }

  boolean offers(String scheme) {
    for (JsonNode s : node) {
      if (scheme.equals(s.asText())) {
        return true;
      }
    }
    return false;
  }
}
