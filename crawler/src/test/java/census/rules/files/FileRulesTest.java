package census.rules.files;

import static census.testing.RuleCases.Expected.in;
import static org.junit.jupiter.api.Assertions.assertEquals;

import census.connector.RepositoryView;
import census.json.JsonDocument;
import census.model.ConnectorKind;
import census.rules.Finding;
import census.rules.Rule;
import census.testing.ConnectorFixture;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules on the folder's files: which are there, their size, JSON text, icon and secrets. */
class FileRulesTest implements RuleCaseSource {
  private static final String SWAGGER = ConnectorFixture.SWAGGER;
  private static final String PROPERTIES = ConnectorFixture.PROPERTIES;
  private static final String PARAM = "/paths/~1tasks~1{taskId}/get/parameters/0";

  private static ConnectorFixture clean() {
    return ConnectorFixture.named("Contoso");
  }

  private static ConnectorFixture properties(String text) {
    return clean().file(PROPERTIES, text);
  }

  private static ConnectorFixture icon(byte[] bytes) {
    return clean().file("icon.png", bytes);
  }

  /** A definition of exactly {@code bytes} bytes: the fixture's, its description padded. */
  private static ConnectorFixture definitionOf(int bytes) {
    ConnectorFixture fixture = clean();
    int padding = bytes - fixture.files().get(SWAGGER).length;
    return fixture.swagger(
        s -> {
          ObjectNode info = s.withObject("/info");
          info.put("description", info.path("description").asText() + "x".repeat(padding));
        });
  }

  /**
   * A definition of exactly {@code bytes} bytes indented by 2 spaces: re-indented by 4, it grows by
   * 4 bytes.
   */
  private static String twoSpacesDefinitionOf(int bytes) {
    String start = "{\n  \"swagger\": \"2.0\",\n  \"x-pad\": \"";
    String end = "\"\n}\n";
    return start + "x".repeat(bytes - start.length() - end.length()) + end;
  }

  /**
   * A definition of {@code bytes} bytes, its top level indented by 4 spaces and the next by 6, the
   * padding on its first line, which no re-indentation touches.
   */
  private static String fourThenTwoDefinitionOf(int bytes) {
    String start = "{\"swagger\": \"2.0\", \"x-pad\": \"";
    String end = "\",\n    \"info\": {\n      \"title\": \"T\"\n    }\n}\n";
    return start + "x".repeat(bytes - start.length() - end.length()) + end;
  }

  /** A definition over the size at which files are no longer read. */
  private static ConnectorFixture unreadable() {
    byte[] huge = new byte[JsonDocument.MAX_BYTES + 2];
    Arrays.fill(huge, (byte) ' ');
    return clean().file(SWAGGER, huge);
  }

  private static ConnectorFixture twoSpaces() {
    return properties("{\n  \"properties\": {\n    \"iconBrandColor\": \"#007ee5\"\n  }\n}\n");
  }

  /** Twelve lines indented by 9 spaces among lines indented by 8. */
  private static ConnectorFixture strayLines() {
    StringBuilder odd = new StringBuilder("{\n    \"properties\": {\n");
    for (int i = 0; i < 12; i++) {
      odd.append("         \"p").append(i).append("\": \"v\",\n");
      odd.append("        \"q").append(i).append("\": \"v\",\n");
    }
    odd.append("        \"last\": 1\n    }\n}\n");
    return properties(odd.toString());
  }

  /** What the fix does to {@link #strayLines()}: the 9-space lines take 8. */
  private static String[] strayLinesFixed() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      lines.add("-         \"p" + i + "\": \"v\",");
      lines.add("+        \"p" + i + "\": \"v\",");
    }
    return lines.toArray(String[]::new);
  }

  private static ConnectorFixture trailingSpaces() {
    return properties("{\r\n    \"properties\": {}  \r\n}\r\n");
  }

  private static ConnectorFixture trailingComma() {
    return properties("{\n    \"properties\": {},\n}\n");
  }

  private static ConnectorFixture duplicateKey() {
    return properties(
        "{\n    \"properties\": {\n        \"publisher\": \"A\",\n        \"publisher\": \"B\"\n"
            + "    }\n}\n");
  }

  /** A client secret in apiProperties.json and an AWS key in the readme. */
  private static ConnectorFixture leaky() {
    String awsKey = "AKIA" + "IOSFODNN7EXAMPLQ";
    return clean()
        .properties(
            p ->
                p.withObject("/properties/connectionParameters/token")
                    .put("type", "oauthSetting")
                    .putObject("oAuthSettings")
                    .put("clientId", "3f2b1c9e-1111-2222-3333-444455556666")
                    .put("clientSecret", "q8Z~vT3kLm9xQ2wR7pN4sY6uB1cD5eF0gH"))
        .file("readme.md", "# Contoso\n\nUse the key " + awsKey + " to try it.\n");
  }

  private static ConnectorFixture keyParameter(String name, String value) {
    return clean().swagger(s -> ((ObjectNode) s.at(PARAM)).put("name", name).put("default", value));
  }

  private static ConnectorFixture extraProperty() {
    return clean().properties(p -> p.withObject("/properties").put("brandColour", "#ff0000"));
  }

  @Override
  public List<RuleCases> ruleCases() {
    ConnectorFixture proposal =
        ConnectorFixture.named("Proposal - Contoso").without(SWAGGER).without(PROPERTIES);
    return List.of(
        RuleCases.of(ApiDefinitionMissing.class)
            .valid("a proposal holding only its readme needs no definition yet", proposal)
            .invalid(
                "no definition",
                clean().without(SWAGGER),
                in(SWAGGER, "", "the folder has no API definition"))
            .invalid(
                "a definition under another name",
                clean().without(SWAGGER).file("contoso.swagger.json", "{\"swagger\": \"2.0\"}"),
                in(
                    "contoso.swagger.json",
                    "",
                    "the API definition should be named apiDefinition.swagger.json")),
        RuleCases.of(ApiPropertiesMissing.class)
            .valid("a proposal holding only its readme needs no properties yet", proposal)
            .invalid(
                "no apiProperties.json",
                clean().without(PROPERTIES),
                in(PROPERTIES, "", "the folder has no apiProperties.json")),
        RuleCases.of(FileUnreadable.class)
            .valid("files within the limit", clean())
            .invalid(
                "a definition over the limit",
                unreadable(),
                in(
                    SWAGGER,
                    "",
                    "apiDefinition.swagger.json is 16777218 bytes, over the limit of 16777217")),
        RuleCases.of(InvalidJson.class)
            .valid("a duplicate key is JsonDuplicateKey's", duplicateKey())
            .invalid(
                "a trailing comma",
                trailingComma(),
                in(PROPERTIES, "", "not strict JSON: trailing comma before }")),
        RuleCases.of(JsonDuplicateKey.class)
            .valid("each key once", clean())
            .invalid(
                "a key twice: the earlier member's line goes",
                duplicateKey(),
                in(PROPERTIES, "", "duplicate key \"publisher\"; the last value wins"))
            .output(PROPERTIES, "-        \"publisher\": \"A\",")
            .invalid(
                "on one line: the earlier member goes up to the next",
                properties("{\"properties\": {\"publisher\": \"A\", \"publisher\": \"B\"}}\n"),
                in(PROPERTIES, "", "duplicate key \"publisher\"; the last value wins"))
            .output(
                PROPERTIES,
                "-{\"properties\": {\"publisher\": \"A\", \"publisher\": \"B\"}}",
                "+{\"properties\": {\"publisher\": \"B\"}}")
            .invalid(
                "three times, the name once escaped: both earlier members go, a multi-line one"
                    + " with all its lines",
                properties(
                    "{\n    \"properties\": {\n        \"capabilities\": [\n"
                        + "            \"actions\"\n        ],\n        \"publisher\": \"A\",\n"
                        + "        \"capabilit\\u0069es\": [], \"stackOwner\": \"Contoso\",\n"
                        + "        \"capabilities\": []\n    }\n}\n"),
                in(PROPERTIES, "", "duplicate key \"capabilities\"; the last value wins"),
                in(PROPERTIES, "", "duplicate key \"capabilities\"; the last value wins"))
            .output(
                PROPERTIES,
                "-        \"capabilities\": [",
                "-            \"actions\"",
                "-        ],",
                "-        \"capabilit\\u0069es\": [], \"stackOwner\": \"Contoso\",",
                "+        \"stackOwner\": \"Contoso\",")
            .invalid(
                "no fix in a leniently read file, which cannot be scanned without a guess",
                properties(
                    "{\n    // the publisher\n    \"properties\": {\"publisher\": \"A\","
                        + " \"publisher\": \"B\"}\n}\n"),
                in(PROPERTIES, "", "duplicate key \"publisher\"; the last value wins")),
        RuleCases.of(DefinitionTooLarge.class)
            .valid("exactly 1 MiB", definitionOf(1024 * 1024))
            .invalid(
                "one byte over 1 MiB",
                definitionOf(1024 * 1024 + 1),
                in(SWAGGER, "", "the definition is over the limit of 1,048,576 bytes")),
        RuleCases.of(SpecificationVersionIncorrect.class)
            .valid("the string 2.0", clean())
            .invalid(
                "the number 2.0",
                clean().swagger(s -> s.put("swagger", 2.0)),
                in(SWAGGER, "/swagger", "swagger is 2.0; it must be the string \"2.0\""))
            .invalid(
                "OpenAPI 3 is named",
                clean()
                    .swagger(
                        s -> {
                          s.remove("swagger");
                          s.put("openapi", "3.0.1");
                        }),
                in(
                    SWAGGER,
                    "/openapi",
                    "this is an OpenAPI 3.0.1 document; connectors must be Swagger 2.0"
                        + " (\"swagger\": \"2.0\")")),
        RuleCases.of(JsonIndentation.class)
            .valid("four spaces per level", clean())
            .valid(
                "indentation inside a lenient multi-line string is content",
                properties("{\n    \"properties\": {\n        \"x\": \"a\n  b\"\n    }\n}\n"))
            .invalid(
                "two spaces per level is one finding, advice with no fix",
                twoSpaces(),
                in(
                    PROPERTIES,
                    "",
                    "the file is indented by 2 spaces per level; the guide asks for 4"))
            .invalid(
                "two spaces with an array and a tab: the tab becomes the file's two spaces a"
                    + " level, closing lines one level out",
                properties(
                    "{\n  \"properties\": {\n    \"capabilities\": [\n\t\t\t\"actions\"\n\t\t],\n"
                        + "    \"iconBrandColor\": \"#007ee5\"\n  }\n}\n"),
                in(
                    PROPERTIES,
                    "",
                    "the file is indented by 2 spaces per level; the guide asks for 4"),
                in(PROPERTIES, "", "indented with a tab character"),
                in(PROPERTIES, "", "indented with a tab character"))
            .output(PROPERTIES, "-\t\t\t\"actions\"", "-\t\t],", "+      \"actions\"", "+    ],")
            .invalid(
                "stray lines: five, then one summary",
                strayLines(),
                in(PROPERTIES, "", "indented by 9 spaces, not a multiple of 4"),
                in(PROPERTIES, "", "indented by 9 spaces, not a multiple of 4"),
                in(PROPERTIES, "", "indented by 9 spaces, not a multiple of 4"),
                in(PROPERTIES, "", "indented by 9 spaces, not a multiple of 4"),
                in(PROPERTIES, "", "indented by 9 spaces, not a multiple of 4"),
                in(PROPERTIES, "", "7 more lines indented otherwise, the first of them here"))
            .output(PROPERTIES, strayLinesFixed())
            .invalid(
                "a tab",
                properties("{\n\t\"properties\": {}\n}\n"),
                in(PROPERTIES, "", "indented with a tab character"))
            .output(PROPERTIES, "-\t\"properties\": {}", "+    \"properties\": {}")
            .invalid(
                "tabs with CRLF: line ends stay, a blank line is emptied, not indented",
                properties(
                    "{\r\n\t\"properties\": {\r\n\t\t\r\n\t\t\"iconBrandColor\": \"#007ee5\"\r\n"
                        + "\t}\r\n}\r\n"),
                in(PROPERTIES, "", "indented with a tab character"),
                in(PROPERTIES, "", "indented with a tab character"),
                in(PROPERTIES, "", "indented with a tab character"),
                in(PROPERTIES, "", "indented with a tab character"))
            .output(
                PROPERTIES,
                "-\t\"properties\": {\r",
                "-\t\t\r",
                "-\t\t\"iconBrandColor\": \"#007ee5\"\r",
                "-\t}\r",
                "+    \"properties\": {\r",
                "+\r",
                "+        \"iconBrandColor\": \"#007ee5\"\r",
                "+    }\r")
            .invalid(
                "no fix when the first indented line is two levels deep: the check would take"
                    + " 8 spaces for the file's step",
                properties("{\"properties\": {\n  \"iconBrandColor\": \"#007ee5\"}}\n"),
                in(
                    PROPERTIES,
                    "",
                    "the file is indented by 2 spaces per level; the guide asks for 4"))
            .invalid(
                "a blank line of spaces is TrailingWhitespace's, left as it is",
                properties(
                    "{\n    \"properties\": {\n  \n      \"iconBrandColor\": \"#007ee5\"\n    }\n}\n"),
                in(PROPERTIES, "", "indented by 6 spaces, not a multiple of 4"))
            .output(
                PROPERTIES,
                "-      \"iconBrandColor\": \"#007ee5\"",
                "+        \"iconBrandColor\": \"#007ee5\"")
            .invalid(
                "where 4 spaces would take the definition over 1 MiB, DefinitionTooLarge's limit,"
                    + " paconn's 2 per level",
                () -> clean().file(SWAGGER, fourThenTwoDefinitionOf(1024 * 1024 - 1)),
                in(SWAGGER, "", "indented by 6 spaces, not a multiple of 4"))
            .output(
                SWAGGER,
                "-    \"info\": {",
                "-      \"title\": \"T\"",
                "-    }",
                "+  \"info\": {",
                "+    \"title\": \"T\"",
                "+  }")
            .invalid(
                "no fix that would take the definition over 1 MiB, DefinitionTooLarge's limit,"
                    + " where it is at paconn's 2 already",
                () -> clean().file(SWAGGER, twoSpacesDefinitionOf(1024 * 1024 - 3)),
                in(SWAGGER, "", "the file is indented by 2 spaces per level; the guide asks for 4"))
            .invalid(
                "no fix for a leniently read file: a comment may hold a bracket",
                properties("{\n  // { brand\n  \"properties\": {}\n}\n"),
                in(
                    PROPERTIES,
                    "",
                    "the file is indented by 2 spaces per level; the guide asks for 4")),
        RuleCases.of(TrailingWhitespace.class)
            .valid(
                "CRLF line ends are not trailing white space",
                properties("{\r\n    \"properties\": {}\r\n}\r\n"))
            .invalid(
                "two spaces before CRLF",
                trailingSpaces(),
                in(PROPERTIES, "", "2 trailing white-space characters"))
            .output(PROPERTIES, "-    \"properties\": {}  \r", "+    \"properties\": {}\r")
            .invalid(
                "eight lines: five shown, the rest counted, all fixed",
                properties(
                    "{ \n\"a\": 1,\t\n\"b\": 2, \n\"c\": 3, \n\"d\": 4, \n\"e\": 5, \n\"f\": 6 \n} \n"),
                in(PROPERTIES, "", "1 trailing white-space characters"),
                in(PROPERTIES, "", "1 trailing white-space characters"),
                in(PROPERTIES, "", "1 trailing white-space characters"),
                in(PROPERTIES, "", "1 trailing white-space characters"),
                in(PROPERTIES, "", "1 trailing white-space characters"),
                in(
                    PROPERTIES,
                    "",
                    "3 more lines with trailing white space, the first of them here"))
            .output(
                PROPERTIES,
                "-{ ",
                "-\"a\": 1,\t",
                "-\"b\": 2, ",
                "-\"c\": 3, ",
                "-\"d\": 4, ",
                "-\"e\": 5, ",
                "-\"f\": 6 ",
                "-} ",
                "+{",
                "+\"a\": 1,",
                "+\"b\": 2,",
                "+\"c\": 3,",
                "+\"d\": 4,",
                "+\"e\": 5,",
                "+\"f\": 6",
                "+}"),
        RuleCases.of(SecretInFile.class)
            .valid(
                "placeholders",
                clean()
                    .properties(
                        p ->
                            p.withObject("/properties/connectionParameters/token/oAuthSettings")
                                .put("clientSecret", "<<Enter your client secret>>"))
                    .swagger(
                        s ->
                            ((ObjectNode) s.at(PARAM))
                                .put("name", "api_key")
                                .put("default", "YOUR_API_KEY_GOES_HERE_1234")))
            .invalid(
                "a secret by its field's name and an AWS key by its format",
                leaky(),
                in(
                    PROPERTIES,
                    "/properties/connectionParameters/token/oAuthSettings/clientSecret",
                    "clientSecret holds a real-looking value (q8Z~… 34 characters)"),
                in("readme.md", "", "this looks like an AWS access key (AKIA… 20 characters)"))
            .invalid(
                "a parameter named like a key with a real default",
                keyParameter("x-api-key", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
                in(
                    SWAGGER,
                    PARAM + "/default",
                    "parameter x-api-key carries a real-looking default (9f8e… 32 characters)")),
        RuleCases.of(IconNotPng.class)
            .valid("a PNG", icon(ConnectorFixture.png(230, 230)))
            .valid("no icon is no finding", clean())
            .invalid(
                "a JPEG",
                icon(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2}),
                in("icon.png", "", "icon.png is not a PNG image (it is a JPEG)")),
        RuleCases.of(IconSize.class)
            .valid("230 by 230", icon(ConnectorFixture.png(230, 230)))
            .invalid(
                "not square",
                icon(ConnectorFixture.png(300, 230)),
                in("icon.png", "", "the icon is 300 × 230 pixels; it must be square"))
            .invalid(
                "over 230",
                icon(ConnectorFixture.png(471, 471)),
                in(
                    "icon.png",
                    "",
                    "the icon is 471 × 471 pixels; it must be between 100 and 230 pixels a side"
                        + " (230 recommended)"))
            .kind(ConnectorKind.INDEPENDENT_PUBLISHER)
            .valid(
                "independent publishers get a generic icon", icon(ConnectorFixture.png(471, 471))),
        RuleCases.of(ApiPropertiesSchema.class)
            .valid("without the repository's schema the rule says nothing", extraProperty())
            .repository(repository(SCHEMA))
            .valid("the properties the schema allows", clean())
            .invalid(
                "a property the schema does not allow",
                extraProperty(),
                in(
                    PROPERTIES,
                    "/properties/brandColour",
                    "/properties: property 'brandColour' is not defined in the schema and the"
                        + " schema does not allow additional properties"))
            .invalid(
                "a number for a string",
                clean().properties(p -> p.withObject("/properties").put("iconBrandColor", 7)),
                in(
                    PROPERTIES,
                    "/properties/iconBrandColor",
                    "/properties/iconBrandColor: integer found, string expected"))
            .repository(repository(REMOTE))
            .valid(
                "a schema referring outside itself is not used",
                clean().properties(p -> p.put("unexpected", true))));
  }

  /** Whole-file findings carry no line; the others the line and column the problem starts at. */
  @Test
  void findingsCarryTheirPlaces() {
    assertEquals(
        List.of(List.of(0, 0)), places(DefinitionTooLarge.class, definitionOf(1024 * 1024 + 1)));
    assertEquals(List.of(List.of(2, 1)), places(JsonIndentation.class, twoSpaces()));
    assertEquals(10, places(JsonIndentation.class, strayLines()).get(0).get(1));
    assertEquals(List.of(List.of(2, 21)), places(TrailingWhitespace.class, trailingSpaces()));
    assertEquals(List.of(List.of(2, 21)), places(InvalidJson.class, trailingComma()));
    assertEquals(List.of(List.of(4, 9)), places(JsonDuplicateKey.class, duplicateKey()));
    assertEquals(List.of(3, 13), places(SecretInFile.class, leaky()).get(1));
    Finding extra =
        RuleTester.check(
                ApiPropertiesSchema.class,
                extraProperty(),
                ConnectorKind.CERTIFIED,
                repository(SCHEMA))
            .get(0);
    assertEquals(8, extra.line(), "the line of brandColour");
  }

  private static List<List<Integer>> places(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream()
        .map(f -> List.of(f.line(), f.column()))
        .toList();
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

  /** A schema whose $ref leads off the machine. */
  private static final String REMOTE =
      "{\"type\": \"object\", \"properties\": {\"properties\": {\"$ref\":"
          + " \"http://127.0.0.1:9/evil.json\"}}, \"additionalProperties\": false}";

  private static RepositoryView repository(String schema) {
    Map<String, byte[]> files =
        Map.of(ApiPropertiesSchema.SCHEMA_PATH, schema.getBytes(StandardCharsets.UTF_8));
    return path -> Optional.ofNullable(files.get(path));
  }
}
