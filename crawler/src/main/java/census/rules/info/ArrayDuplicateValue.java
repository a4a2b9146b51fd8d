package census.rules.info;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.HashMap;
import java.util.Map;

@AutoService(Rule.class)
@RuleInfo(
    id = "ArrayDuplicateValue",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.VALIDATOR + ": ArrayDuplicateValue",
    doc =
        "The root schemes, consumes and produces arrays list each value once; Swagger 2.0"
            + " declares them as sets.",
    fix = "Remove the repeated value.")
public final class ArrayDuplicateValue implements Rule {
  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .ifPresent(
            doc -> {
              for (String array : RootArrays.STRING_ARRAYS) {
                Map<JsonNode, Integer> first = new HashMap<>();
                for (RootArrays.Element e : RootArrays.elements(doc.tree(), array)) {
                  Integer earlier = first.putIfAbsent(e.value(), e.index());
                  if (earlier != null) {
                    findings.at(
                        doc,
                        e.pointer(),
                        array
                            + " lists "
                            + e.value()
                            + " again; it is already at /"
                            + array
                            + "/"
                            + earlier);
                  }
                }
              }
            });
  }
}
