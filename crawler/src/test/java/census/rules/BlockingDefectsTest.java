package census.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.connector.ConnectorContext;
import census.connector.RepositoryView;
import census.model.ConnectorKind;
import census.model.Severity;
import census.testing.ConnectorFixture;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The defects the platform or the Swagger 2.0 format rejects are errors whatever the evidence: each
 * seeded into a connector that passes every rule gives an error of the rule named, run with the
 * whole standard catalog as lint runs it.
 */
class BlockingDefectsTest {
  static Stream<Arguments> defects() {
    return Stream.of(
        defect(
            "not JSON",
            "InvalidJson",
            f -> f.file("apiDefinition.swagger.json", "{\"swagger\": \"2.0\" \"info\": {}}")),
        defect(
            "OpenAPI 3",
            "SpecificationVersionIncorrect",
            f ->
                f.swagger(
                    s -> {
                      s.remove("swagger");
                      s.put("openapi", "3.0.1");
                    })),
        defect("http only", "HttpsOnly", f -> f.swagger(s -> s.putArray("schemes").add("http"))),
        defect(
            "reserved parameter name",
            "ConnectionIdParameterNotAllowed",
            f -> f.swagger(s -> firstParameter(s).put("name", "connectionId"))),
        defect(
            "no definition", "ApiDefinitionMissing", f -> f.without("apiDefinition.swagger.json")),
        defect(
            "no apiProperties.json", "ApiPropertiesMissing", f -> f.without("apiProperties.json")),
        defect("no readme", "ReadmeMissing", f -> f.without("readme.md")),
        defect(
            "schema $ref to nothing",
            "SchemaReferenceNotFound",
            f ->
                f.swagger(
                    s -> response(s).putObject("schema").put("$ref", "#/definitions/Nowhere"))),
        defect(
            "parameter $ref to nothing",
            "ParameterReferenceNotFound",
            f ->
                f.swagger(
                    s ->
                        operation(s)
                            .withArray("parameters")
                            .addObject()
                            .put("$ref", "#/parameters/Nowhere"))),
        defect(
            "response $ref to nothing",
            "ResponseReferenceNotFound",
            f ->
                f.swagger(
                    s ->
                        operation(s)
                            .withObject("responses")
                            .putObject("404")
                            .put("$ref", "#/responses/Nowhere"))),
        defect(
            "operationId twice",
            "OperationIdNotUnique",
            f ->
                f.swagger(
                    s -> {
                      ObjectNode copy = operation(s).deepCopy();
                      s.withObject("paths").putObject("/other/{taskId}").set("get", copy);
                    })),
        defect(
            "path parameter not required",
            "PathParameterMustBeRequired",
            f -> f.swagger(s -> firstParameter(s).put("required", false))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void aBlockingDefectIsAnError(String what, String ruleId, UnaryOperator<ConnectorFixture> seed) {
    assertEquals(List.of(), errors(ConnectorFixture.named("Contoso Tasks")), "the clean fixture");
    List<Finding> errors = errors(seed.apply(ConnectorFixture.named("Contoso Tasks")));
    assertTrue(
        errors.stream().anyMatch(f -> f.ruleId().equals(ruleId)),
        what + " should be an error of " + ruleId + "; errors: " + errors);
  }

  private static List<Finding> errors(ConnectorFixture fixture) {
    RuleEngine engine = new RuleEngine(RuleCatalog.standard(), Set.of());
    return engine
        .check(
            new ConnectorContext(
                RuleTester.folder(fixture, ConnectorKind.CERTIFIED), RepositoryView.EMPTY))
        .stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .toList();
  }

  private static Arguments defect(
      String what, String ruleId, UnaryOperator<ConnectorFixture> seed) {
    return Arguments.of(what, ruleId, seed);
  }

  private static ObjectNode operation(ObjectNode swagger) {
    return (ObjectNode) swagger.path("paths").path("/tasks/{taskId}").path("get");
  }

  private static ObjectNode firstParameter(ObjectNode swagger) {
    return (ObjectNode) operation(swagger).path("parameters").path(0);
  }

  private static ObjectNode response(ObjectNode swagger) {
    return (ObjectNode) operation(swagger).path("responses").path("200");
  }
}
