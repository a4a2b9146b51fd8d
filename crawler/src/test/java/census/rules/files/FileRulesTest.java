package census.rules.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.connector.RepositoryView;
import census.model.ConnectorKind;
import census.rules.Finding;
import census.testing.ConnectorFixture;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each file-level rule fires on a broken fixture and stays quiet on a clean one. */
class FileRulesTest {
  private static final ConnectorFixture CLEAN = ConnectorFixture.named("Contoso");

  @Test
  void apiDefinitionMissingFiresWithoutADefinitionAndForAnotherName() {
    assertEquals(
        List.of("the folder has no API definition"),
        messages(
            RuleTester.check(
                ApiDefinitionMissing.class,
                ConnectorFixture.named("Contoso").without("apiDefinition.swagger.json"))));
    ConnectorFixture renamed =
        ConnectorFixture.named("Contoso")
            .without("apiDefinition.swagger.json")
            .file("contoso.swagger.json", "{\"swagger\": \"2.0\"}");
    assertEquals(
        "contoso.swagger.json",
        RuleTester.check(ApiDefinitionMissing.class, renamed).get(0).file());
    assertTrue(RuleTester.check(ApiDefinitionMissing.class, CLEAN).isEmpty());
  }

  @Test
  void fileUnreadableReportsAFileOverTheLimit() {
    byte[] huge = new byte[census.json.JsonDocument.MAX_BYTES + 2];
    java.util.Arrays.fill(huge, (byte) ' ');
    List<Finding> found =
        RuleTester.check(
            FileUnreadable.class,
            ConnectorFixture.named("Contoso").file("apiDefinition.swagger.json", huge));
    assertEquals(1, found.size());
    assertEquals("apiDefinition.swagger.json", found.get(0).file());
    assertTrue(RuleTester.check(FileUnreadable.class, CLEAN).isEmpty());
  }

  @Test
  void invalidJsonReportsTheTrailingCommaWithItsLine() {
    List<Finding> found =
        RuleTester.check(
            InvalidJson.class,
            ConnectorFixture.named("Contoso")
                .file("apiProperties.json", "{\n    \"properties\": {},\n}\n"));
    assertEquals(1, found.size());
    assertEquals("apiProperties.json", found.get(0).file());
    assertEquals(3, found.get(0).line());
    assertTrue(RuleTester.check(InvalidJson.class, CLEAN).isEmpty());
  }

  @Test
  void definitionOverOneMegabyteFires() {
    ConnectorFixture big =
        ConnectorFixture.named("Contoso")
            .swagger(s -> s.withObjectProperty("info").put("description", "x".repeat(1024 * 1024)));
    List<Finding> found = RuleTester.check(DefinitionTooLarge.class, big);
    assertEquals(1, found.size());
    assertEquals(0, found.get(0).line(), "a whole-file finding carries no line");
    assertTrue(RuleTester.check(DefinitionTooLarge.class, CLEAN).isEmpty());
  }

  @Test
  void swaggerVersionMustBeTheString20AndOpenApi3IsNamed() {
    List<Finding> wrong =
        RuleTester.check(
            SpecificationVersionIncorrect.class,
            ConnectorFixture.named("Contoso").swagger(s -> s.put("swagger", 2.0)));
    assertEquals(List.of("/swagger"), pointers(wrong));
    List<Finding> openapi =
        RuleTester.check(
            SpecificationVersionIncorrect.class,
            ConnectorFixture.named("Contoso")
                .swagger(
                    s -> {
                      s.remove("swagger");
                      s.put("openapi", "3.0.1");
                    }));
    assertEquals(List.of("/openapi"), pointers(openapi));
    assertTrue(openapi.get(0).message().contains("OpenAPI 3.0.1"), openapi.get(0).message());
    assertTrue(RuleTester.check(SpecificationVersionIncorrect.class, CLEAN).isEmpty());
  }

  @Test
  void indentationByTwoIsOneFindingAndStrayLinesAreCapped() {
    String twoSpaces = "{\n  \"properties\": {\n    \"iconBrandColor\": \"#007ee5\"\n  }\n}\n";
    List<Finding> two =
        RuleTester.check(
            JsonIndentation.class,
            ConnectorFixture.named("Contoso").file("apiProperties.json", twoSpaces));
    assertEquals(1, two.size());
    assertEquals(2, two.get(0).line());
    assertTrue(two.get(0).message().contains("by 2 spaces per level"), two.get(0).message());

    StringBuilder odd = new StringBuilder("{\n    \"properties\": {\n");
    for (int i = 0; i < 12; i++) {
      odd.append("         \"p").append(i).append("\": \"v\",\n"); // 9 spaces
      odd.append("        \"q").append(i).append("\": \"v\",\n");
    }
    odd.append("        \"last\": 1\n    }\n}\n");
    List<Finding> stray =
        RuleTester.check(
            JsonIndentation.class,
            ConnectorFixture.named("Contoso").file("apiProperties.json", odd.toString()));
    assertEquals(6, stray.size(), "five lines, then one summary");
    assertEquals(10, stray.get(0).column(), "the column after the indentation");
    assertTrue(stray.get(5).message().startsWith("7 more lines"), stray.get(5).message());

    List<Finding> tab =
        RuleTester.check(
            JsonIndentation.class,
            ConnectorFixture.named("Contoso")
                .file("apiProperties.json", "{\n\t\"properties\": {}\n}\n"));
    assertEquals(1, tab.size());
    assertTrue(tab.get(0).message().contains("tab"), tab.get(0).message());
    assertTrue(RuleTester.check(JsonIndentation.class, CLEAN).isEmpty());
  }

  @Test
  void indentationInsideALenientMultiLineStringIsContent() {
    String text = "{\n    \"properties\": {\n        \"x\": \"a\n  b\"\n    }\n}\n";
    assertTrue(
        RuleTester.check(
                JsonIndentation.class,
                ConnectorFixture.named("Contoso").file("apiProperties.json", text))
            .isEmpty());
  }

  @Test
  void trailingWhiteSpaceFiresAtTheFirstTrailingCharacter() {
    List<Finding> found =
        RuleTester.check(
            TrailingWhitespace.class,
            ConnectorFixture.named("Contoso")
                .file("apiProperties.json", "{\r\n    \"properties\": {}  \r\n}\r\n"));
    assertEquals(1, found.size());
    assertEquals(2, found.get(0).line());
    assertEquals(21, found.get(0).column(), "the first trailing space");
    assertTrue(RuleTester.check(TrailingWhitespace.class, CLEAN).isEmpty());
  }

  @Test
  void secretsAreFoundByFormatAndByFieldNameButNotPlaceholders() {
    String awsKey = "AKIA" + "IOSFODNN7EXAMPLQ";
    ConnectorFixture leaky =
        ConnectorFixture.named("Contoso")
            .properties(
                p ->
                    p.withObjectProperty("properties")
                        .withObjectProperty("connectionParameters")
                        .withObjectProperty("token")
                        .put("type", "oauthSetting")
                        .withObjectProperty("oAuthSettings")
                        .put("clientId", "3f2b1c9e-1111-2222-3333-444455556666")
                        .put("clientSecret", "q8Z~vT3kLm9xQ2wR7pN4sY6uB1cD5eF0gH"))
            .file("readme.md", "# Contoso\n\nUse the key " + awsKey + " to try it.\n");
    List<Finding> found = RuleTester.check(SecretInFile.class, leaky);
    assertEquals(2, found.size(), found.toString());
    Finding secret =
        found.stream().filter(f -> f.file().equals("apiProperties.json")).findFirst().orElseThrow();
    assertEquals(
        "/properties/connectionParameters/token/oAuthSettings/clientSecret", secret.jsonPointer());
    assertTrue(!secret.message().contains("q8Z~vT3kLm9x"), "the secret itself is not repeated");
    Finding aws =
        found.stream().filter(f -> f.file().equals("readme.md")).findFirst().orElseThrow();
    assertEquals(3, aws.line());
    assertEquals(13, aws.column());

    ConnectorFixture placeholders =
        ConnectorFixture.named("Contoso")
            .properties(
                p ->
                    p.withObjectProperty("properties")
                        .withObjectProperty("connectionParameters")
                        .withObjectProperty("token")
                        .withObjectProperty("oAuthSettings")
                        .put("clientSecret", "<<Enter your client secret>>"))
            .swagger(
                s ->
                    ((ObjectNode) s.at("/paths/~1tasks~1{taskId}/get/parameters/0"))
                        .put("name", "api_key")
                        .put("default", "YOUR_API_KEY_GOES_HERE_1234"));
    assertTrue(RuleTester.check(SecretInFile.class, placeholders).isEmpty());
    assertTrue(RuleTester.check(SecretInFile.class, CLEAN).isEmpty());
  }

  @Test
  void aParameterNamedLikeAKeyWithARealDefaultFires() {
    ConnectorFixture fixture =
        ConnectorFixture.named("Contoso")
            .swagger(
                s ->
                    ((ObjectNode) s.at("/paths/~1tasks~1{taskId}/get/parameters/0"))
                        .put("name", "x-api-key")
                        .put("default", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"));
    assertEquals(
        List.of("/paths/~1tasks~1{taskId}/get/parameters/0/default"),
        pointers(RuleTester.check(SecretInFile.class, fixture)));
  }

  @Test
  void iconMustBeAPngAndForCertifiedConnectorsSquareUpTo230() {
    ConnectorFixture jpeg =
        ConnectorFixture.named("Contoso")
            .file("icon.png", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2});
    List<Finding> notPng = RuleTester.check(IconNotPng.class, jpeg);
    assertEquals(1, notPng.size());
    assertTrue(notPng.get(0).message().contains("JPEG"), notPng.get(0).message());
    ConnectorFixture good =
        ConnectorFixture.named("Contoso").file("icon.png", ConnectorFixture.png(230, 230));
    assertTrue(RuleTester.check(IconNotPng.class, good).isEmpty());
    assertTrue(RuleTester.check(IconSize.class, good).isEmpty());
    assertTrue(RuleTester.check(IconNotPng.class, CLEAN).isEmpty(), "no icon is no finding");

    ConnectorFixture wide =
        ConnectorFixture.named("Contoso").file("icon.png", ConnectorFixture.png(300, 230));
    assertTrue(RuleTester.check(IconSize.class, wide).get(0).message().contains("square"));
    ConnectorFixture large =
        ConnectorFixture.named("Contoso").file("icon.png", ConnectorFixture.png(471, 471));
    assertEquals(1, RuleTester.check(IconSize.class, large).size());
    assertTrue(
        RuleTester.check(IconSize.class, large, ConnectorKind.INDEPENDENT_PUBLISHER).isEmpty(),
        "independent publishers get a generic icon");
  }

  @Test
  void apiPropertiesAreValidatedAgainstTheRepositorysSchemaWithLocations() {
    RepositoryView repo = repository(SCHEMA);
    ConnectorFixture extra =
        ConnectorFixture.named("Contoso")
            .properties(p -> p.withObjectProperty("properties").put("brandColour", "#ff0000"));
    List<Finding> found =
        RuleTester.check(ApiPropertiesSchema.class, extra, ConnectorKind.CERTIFIED, repo);
    assertEquals(List.of("/properties/brandColour"), pointers(found));
    assertTrue(found.get(0).line() > 1, "the finding points at the offending property's line");
    List<Finding> wrongType =
        RuleTester.check(
            ApiPropertiesSchema.class,
            ConnectorFixture.named("Contoso")
                .properties(p -> p.withObjectProperty("properties").put("iconBrandColor", 7)),
            ConnectorKind.CERTIFIED,
            repo);
    assertEquals(List.of("/properties/iconBrandColor"), pointers(wrongType));
    assertTrue(
        RuleTester.check(ApiPropertiesSchema.class, CLEAN, ConnectorKind.CERTIFIED, repo)
            .isEmpty());
    assertTrue(
        RuleTester.check(ApiPropertiesSchema.class, extra).isEmpty(),
        "without the repository's schema the rule says nothing");
  }

  @Test
  void aSchemaReferringOutsideItselfIsNotUsed() {
    String remote =
        "{\"type\": \"object\", \"properties\": {\"properties\": {\"$ref\":"
            + " \"http://127.0.0.1:9/evil.json\"}}, \"additionalProperties\": false}";
    ConnectorFixture extra =
        ConnectorFixture.named("Contoso").properties(p -> p.put("unexpected", true));
    assertTrue(
        RuleTester.check(
                ApiPropertiesSchema.class, extra, ConnectorKind.CERTIFIED, repository(remote))
            .isEmpty());
  }

  /** A small apiProperties schema in the repository's style, with a comment as the real one has. */
  private static final String SCHEMA =
      """
      {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "type": "object",
        "required": ["properties"],
        "additionalProperties": false,
        "properties": {
          "properties": {
            "type": "object",
            "required": ["iconBrandColor"],
            "additionalProperties": false,
            "properties": {
              "iconBrandColor": {"type": "string"}, // a comment, as in the real schema
              "publisher": {"type": "string"},
              "stackOwner": {"type": "string"},
              "capabilities": {"type": "array", "items": {"type": "string"}},
              "connectionParameters": {"type": "object"}
            }
          }
        }
      }
      """;

  private static RepositoryView repository(String schema) {
    Map<String, byte[]> files =
        Map.of(ApiPropertiesSchema.SCHEMA_PATH, schema.getBytes(StandardCharsets.UTF_8));
    return path -> Optional.ofNullable(files.get(path));
  }

  private static List<String> pointers(List<Finding> findings) {
    return findings.stream().map(Finding::jsonPointer).toList();
  }

  private static List<String> messages(List<Finding> findings) {
    return findings.stream().map(Finding::message).toList();
  }

  @Test
  void aProposalHoldingOnlyItsReadmeNeedsNoDefinitionYet() {
    ConnectorFixture proposal =
        ConnectorFixture.named("Proposal - Contoso")
            .without("apiDefinition.swagger.json")
            .without("apiProperties.json");
    assertEquals(List.of(), RuleTester.check(ApiDefinitionMissing.class, proposal));
    assertEquals(List.of(), RuleTester.check(ApiPropertiesMissing.class, proposal));
    List<Finding> artifactsMissing =
        RuleTester.check(
            ApiDefinitionMissing.class,
            ConnectorFixture.named("Contoso").without("apiDefinition.swagger.json"));
    assertEquals(1, artifactsMissing.size());
    assertEquals("the folder has no API definition", artifactsMissing.get(0).message());
  }

  @Test
  void aDuplicateKeyIsItsOwnRuleNotInvalidJson() {
    ConnectorFixture twice =
        ConnectorFixture.named("Contoso")
            .file(
                "apiProperties.json",
                "{\n    \"properties\": {\n        \"publisher\": \"A\",\n        \"publisher\": \"B\"\n    }\n}\n");
    assertEquals(List.of(), RuleTester.check(InvalidJson.class, twice));
    List<Finding> found = RuleTester.check(JsonDuplicateKey.class, twice);
    assertEquals(1, found.size());
    Finding f = found.get(0);
    assertEquals("apiProperties.json", f.file());
    assertEquals(4, f.line());
    assertEquals("duplicate key \"publisher\"; the last value wins", f.message());
  }
}
