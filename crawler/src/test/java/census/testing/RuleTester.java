package census.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.connector.ConnectorContext;
import census.connector.ConnectorFolder;
import census.connector.FileContents;
import census.connector.FileRef;
import census.connector.RepositoryView;
import census.model.ConnectorKind;
import census.rules.Finding;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import census.rules.RuleInfo;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs rules on a {@link ConnectorFixture} held in memory, for rule tests that need no git: {@code
 * RuleTester.check(SomeRule.class, fixture)} returns that rule's findings only.
 */
public final class RuleTester {
  private RuleTester() {}

  /** The findings of one rule on a certified connector. */
  public static List<Finding> check(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return check(rule, fixture, ConnectorKind.CERTIFIED);
  }

  public static List<Finding> check(
      Class<? extends Rule> rule, ConnectorFixture fixture, ConnectorKind kind) {
    return check(rule, fixture, kind, RepositoryView.EMPTY);
  }

  /** As above, with repository files (e.g. {@code schemas/...}) visible to the rule. */
  public static List<Finding> check(
      Class<? extends Rule> rule,
      ConnectorFixture fixture,
      ConnectorKind kind,
      RepositoryView repository) {
    return check(rule, folder(fixture, kind), repository, false);
  }

  /**
   * The findings of one rule on a folder; with {@code everyFix} also those past the listing limit
   * that carry a fix, as --fix sees them.
   */
  public static List<Finding> check(
      Class<? extends Rule> rule,
      ConnectorFolder folder,
      RepositoryView repository,
      boolean everyFix) {
    Rule instance =
        RuleCatalog.standard().rules().stream()
            .filter(rule::isInstance)
            .findFirst()
            .orElseThrow(() -> new AssertionError(rule + " is not registered with @AutoService"));
    // The rule under test runs even when it is opt-in.
    RuleEngine engine =
        new RuleEngine(new RuleCatalog(List.of(instance)), Set.of(instance.info().id()));
    List<Finding> found =
        engine.check(
            new ConnectorContext(folder, repository),
            info -> true,
            everyFix ? Findings.Fixes.EVERY : Findings.Fixes.LISTED);
    if (!everyFix) {
      // A crawl checks without fixes: it must find the same, and carry no fix.
      assertEquals(
          found.stream().map(RuleTester::withoutFix).toList(),
          engine.findingsOnly(new ConnectorContext(folder, repository)),
          instance.info().id() + ": the findings a crawl stores");
    }
    return found;
  }

  private static Finding withoutFix(Finding f) {
    return new Finding(
        f.connectorPath(),
        f.file(),
        f.ruleId(),
        f.severity(),
        f.jsonPointer(),
        f.line(),
        f.column(),
        f.message());
  }

  /**
   * Asserts that {@code rule} says nothing about the fixture {@code clean} makes, and reports a
   * finding of its own at {@code pointer}, with a line, once {@code breakIt} edits the definition.
   */
  public static void assertQuietThenFiresAt(
      Class<? extends Rule> rule,
      Supplier<ConnectorFixture> clean,
      Consumer<ObjectNode> breakIt,
      String pointer) {
    assertEquals(List.of(), check(rule, clean.get()));
    String id = rule.getAnnotation(RuleInfo.class).id();
    List<Finding> found = check(rule, clean.get().swagger(breakIt));
    assertTrue(
        found.stream()
            .anyMatch(
                f -> f.jsonPointer().equals(pointer) && f.line() > 0 && f.ruleId().equals(id)),
        id + " should fire at " + pointer + " with a line, found " + found);
  }

  /** The fixture as a connector folder of the given kind, read from memory. */
  public static ConnectorFolder folder(ConnectorFixture fixture, ConnectorKind kind) {
    return folder(fixture.files(), fixture.folderName(), kind);
  }

  /** Files held in memory as a connector folder named {@code name}. */
  public static ConnectorFolder folder(Map<String, byte[]> files, String name, ConnectorKind kind) {
    List<FileRef> refs = new ArrayList<>();
    files.forEach((file, bytes) -> refs.add(new FileRef(file, null, bytes.length)));
    FileContents contents =
        (file, max) -> {
          byte[] bytes = Optional.ofNullable(files.get(file.name())).orElseThrow();
          if (bytes.length > max) {
            throw new FileContents.TooLargeException(file, max);
          }
          return bytes;
        };
    return new ConnectorFolder(kind, name, kind.topFolder() + "/" + name, refs, contents);
  }
}
