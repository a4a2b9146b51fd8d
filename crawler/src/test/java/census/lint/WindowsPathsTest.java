package census.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import census.testing.ConnectorFixture;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Lint on a Windows file system (in memory): findings name files repository-relative with forward
 * slashes, and the configuration's globs, written with forward slashes, match backslashed paths.
 */
class WindowsPathsTest {
  @Test
  void findingsAndSuppressionsUseForwardSlashesOnWindows() throws Exception {
    try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
      Path root = windows.getPath("C:\\work\\PowerPlatformConnectors");
      Files.createDirectories(root.resolve(".git"));
      ConnectorFixture.named("Contoso Tasks")
          .swagger(s -> s.putArray("schemes").add("http"))
          .writeTo(root.resolve("certified-connectors\\Contoso Tasks"));
      ConnectorFixture.named("Globex")
          .swagger(s -> s.putArray("schemes").add("http"))
          .writeTo(root.resolve("independent-publisher-connectors\\Globex"));
      Files.writeString(
          root.resolve(".census.json"),
          "{\"suppress\": [{\"rule\": \"HttpsOnly\","
              + " \"path\": \"independent-publisher-connectors/*\", \"reason\": \"a test\"}]}");

      List<LintTarget> targets = LintTargets.resolve(List.of(root), Optional.empty());
      RuleCatalog catalog = RuleCatalog.standard();
      LintReport report =
          new Linter(
                  new RuleEngine(catalog),
                  Optional.empty(),
                  LintConfig.discover(targets, catalog, Set.of()))
              .lint(targets);

      assertEquals(
          List.of("certified-connectors/Contoso Tasks", "independent-publisher-connectors/Globex"),
          targets.stream().map(t -> t.folder().path()).sorted().toList());
      DisplayPaths shown = new DisplayPaths(root);
      List<String> https =
          report.entries().stream()
              .filter(e -> e.finding().ruleId().equals("HttpsOnly"))
              .map(e -> shown.show(e.file()) + " " + e.suppression().orElse("-"))
              .sorted()
              .toList();
      assertEquals(
          List.of(
              "certified-connectors/Contoso Tasks/apiDefinition.swagger.json -",
              "independent-publisher-connectors/Globex/apiDefinition.swagger.json a test"),
          https);
    }
  }
}
