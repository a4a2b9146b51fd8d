package census.rules.schemas;

import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.SchemaWalk;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A count keyword (maxItems, minItems, minLength, minProperties) that is a negative number, in any
 * schema, parameter, items or header. One subclass per keyword, each its own validator code.
 */
abstract class NonNegativeKeyword implements Rule {
  private final String keyword;

  NonNegativeKeyword(String keyword) {
    this.keyword = keyword;
  }

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (SchemaWalk.Schema s : SwaggerObjects.typed(connector)) {
                JsonNode value = s.node().get(keyword);
                if (value != null && value.isNumber() && value.doubleValue() < 0) {
                  findings.at(doc, s.pointer() + "/" + keyword, keyword + " is negative: " + value);
                }
              }
            });
  }
}
