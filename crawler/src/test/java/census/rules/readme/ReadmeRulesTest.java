package census.rules.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.model.ConnectorKind;
import census.rules.Finding;
import census.testing.ConnectorFixture;
import census.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeRulesTest {
  @Test
  void aMissingOrEmptyReadmeFires() {
    List<Finding> missing =
        RuleTester.check(
            ReadmeMissing.class, ConnectorFixture.named("Contoso").without("readme.md"));
    assertEquals(1, missing.size());
    assertEquals("readme.md", missing.get(0).file());
    assertEquals(0, missing.get(0).line());
    List<Finding> empty =
        RuleTester.check(
            ReadmeMissing.class, ConnectorFixture.named("Contoso").file("readme.md", "\n  \n"));
    assertEquals(List.of("readme.md is empty"), empty.stream().map(Finding::message).toList());
    assertTrue(
        RuleTester.check(
                ReadmeMissing.class,
                ConnectorFixture.named("Contoso").without("readme.md").file("README.md", "# Hi"))
            .isEmpty(),
        "the name is matched without case");
    assertTrue(RuleTester.check(ReadmeMissing.class, ConnectorFixture.named("Contoso")).isEmpty());
  }

  @Test
  void missingSectionsAreNamedInOneFinding() {
    ConnectorFixture bare =
        ConnectorFixture.named("Contoso")
            .file("readme.md", "# Contoso\n\nManages tasks.\n\n## Pre-requisites\n\nAn account.\n");
    List<Finding> found = RuleTester.check(ReadmeSectionMissing.class, bare);
    assertEquals(1, found.size());
    assertEquals(
        "readme.md lacks the sections Publisher, Supported Operations, Known Issues and"
            + " Limitations",
        found.get(0).message());
  }

  @Test
  void credentialsAreRequiredOnlyWhenTheConnectorAuthenticates() {
    String readme =
        "# Contoso\n\n**Publisher:** Jane Doe\n\n## Prerequisites\n\nx\n\n## Supported Actions\n\n"
            + "x\n\n## Known limitations\n\nNone.\n";
    ConnectorFixture noAuth = ConnectorFixture.named("Contoso").file("readme.md", readme);
    assertTrue(RuleTester.check(ReadmeSectionMissing.class, noAuth).isEmpty());
    ConnectorFixture apiKey =
        ConnectorFixture.named("Contoso")
            .file("readme.md", readme)
            .properties(
                p ->
                    p.withObjectProperty("properties")
                        .withObjectProperty("connectionParameters")
                        .withObjectProperty("api_key")
                        .put("type", "securestring"));
    List<Finding> found = RuleTester.check(ReadmeSectionMissing.class, apiKey);
    assertEquals(
        List.of("readme.md lacks the sections Obtaining Credentials"),
        found.stream().map(Finding::message).toList());
    ConnectorFixture withCredentials =
        ConnectorFixture.named("Contoso")
            .file("readme.md", readme + "\n## How to get credentials\n\nSign up.\n")
            .properties(
                p ->
                    p.withObjectProperty("properties")
                        .withObjectProperty("connectionParameters")
                        .withObjectProperty("api_key")
                        .put("type", "securestring"));
    assertTrue(RuleTester.check(ReadmeSectionMissing.class, withCredentials).isEmpty());
  }

  @Test
  void sectionsAreNotRequiredOfCustomConnectorSamples() {
    ConnectorFixture bare = ConnectorFixture.named("Contoso").file("readme.md", "# Contoso\n");
    assertEquals(1, RuleTester.check(ReadmeSectionMissing.class, bare).size());
    assertTrue(RuleTester.check(ReadmeSectionMissing.class, bare, ConnectorKind.CUSTOM).isEmpty());
  }
}
