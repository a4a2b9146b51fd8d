package census.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import census.connector.ConnectorContext;
import census.json.JsonDocument;
import census.rules.Finding;
import census.rules.FindingKey;
import census.rules.Findings;
import census.rules.FixApplier;
import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import census.rules.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A test class that holds rules' {@link RuleCases}: implementing it runs every case as a test of
 * its own, and {@code EveryRuleHasCasesTest} finds the class and counts its rules as covered.
 * Implementations need a constructor without arguments.
 */
public interface RuleCaseSource {
  /** As ESLint's RuleTester and {@code census lint --fix}: fixes stop after this many passes. */
  int MAX_PASSES = 10;

  List<RuleCases> ruleCases();

  @TestFactory
  default Stream<DynamicNode> ruleTester() {
    return ruleCases().stream()
        .map(
            rule ->
                DynamicContainer.dynamicContainer(
                    rule.rule().getSimpleName(),
                    rule.cases().stream()
                        .map(
                            c ->
                                DynamicTest.dynamicTest(
                                    (c.valid() ? "valid: " : "invalid: ") + c.name(),
                                    () -> assertCase(rule, c)))));
  }

  /** Runs the case's rule alone and compares its findings with the expected ones, exactly. */
  static void assertCase(RuleCases rule, RuleCases.Case c) {
    List<Finding> found =
        RuleTester.check(rule.rule(), c.fixture().get(), c.kind(), c.repository());
    List<RuleCases.Expected> actual =
        found.stream()
            .map(f -> new RuleCases.Expected(f.file(), f.jsonPointer(), f.message()))
            .toList();
    assertEquals(c.expected(), actual, rule.rule().getSimpleName() + ", " + c.name());
    assertOutputs(rule, c, found);
  }

  /**
   * Applies the rule's fixes, safe and unsafe, pass after pass until none is left (at most {@value
   * #MAX_PASSES}), and compares what changed in each file with the case's outputs. A fixed file
   * must still parse, and a strict one stay strict.
   */
  private static void assertOutputs(RuleCases rule, RuleCases.Case c, List<Finding> found) {
    String what = rule.rule().getSimpleName() + ", " + c.name();
    boolean fixes = found.stream().anyMatch(f -> f.fix().isPresent());
    if (fixes && c.outputs().isEmpty()) {
      fail(what + ": its findings carry fixes; say what they change with output()");
    }
    ConnectorFixture fixture = c.fixture().get();
    Map<String, byte[]> original = fixture.files();
    Map<String, byte[]> files = new LinkedHashMap<>(original);
    List<Finding> pending =
        RuleTester.check(rule.rule(), folder(files, fixture, c), c.repository(), true);
    int pass = 0;
    for (; pass < MAX_PASSES && pending.stream().anyMatch(f -> f.fix().isPresent()); pass++) {
      boolean changed = false;
      for (Map.Entry<String, List<Finding>> file : byFile(pending).entrySet()) {
        JsonDocument before = JsonDocument.parse(file.getKey(), files.get(file.getKey()));
        FixApplier.Pass done = FixApplier.apply(before, file.getValue());
        if (done.bytes().isEmpty()) {
          continue;
        }
        JsonDocument after = JsonDocument.parse(file.getKey(), done.bytes().get());
        assertTrue(
            after.root().isPresent() && (before.isRecovered() || !after.isRecovered()),
            what + ": the fixed " + file.getKey() + " no longer parses: " + after.issues());
        assertTrue(
            !before.isStrict() || after.isStrict(),
            what + ": the fixed " + file.getKey() + " is no longer strict JSON: " + after.issues());
        files.put(file.getKey(), done.bytes().get());
        changed = true;
      }
      if (!changed) {
        break;
      }
      pending = RuleTester.check(rule.rule(), folder(files, fixture, c), c.repository(), true);
    }
    assertTrue(
        pass < MAX_PASSES, what + ": the fixes still change the files after " + pass + " passes");
    List<RuleCases.Output> actual = new ArrayList<>();
    for (String name : files.keySet()) {
      List<String> lines = LineDiff.lines(original.get(name), files.get(name));
      if (!lines.isEmpty()) {
        actual.add(new RuleCases.Output(name, lines));
      }
    }
    assertNoNewFindings(rule, c, fixture, original, files);
    List<RuleCases.Output> expected = c.outputs();
    assertEquals(
        expected.stream().sorted(Comparator.comparing(RuleCases.Output::file)).toList(),
        actual.stream().sorted(Comparator.comparing(RuleCases.Output::file)).toList(),
        what + ": what the fixes change");
  }

  /**
   * A fix must not bring a finding of another rule: the whole catalog, run on the case before and
   * after the fixes, finds nothing new (findings keyed as --new-from-rev keys them). The rule's own
   * findings may change form (many lines' findings becoming one about the file); that its fixes
   * settle is checked by the passes.
   */
  private static void assertNoNewFindings(
      RuleCases rule,
      RuleCases.Case c,
      ConnectorFixture fixture,
      Map<String, byte[]> before,
      Map<String, byte[]> after) {
    if (before.equals(after)) {
      return;
    }
    Set<FindingKey> old = keys(folder(before, fixture, c), c);
    List<FindingKey> brought =
        keys(folder(after, fixture, c), c).stream()
            .filter(
                k ->
                    !old.contains(k)
                        && !k.ruleId().equals(rule.rule().getAnnotation(RuleInfo.class).id()))
            .toList();
    assertEquals(
        List.of(),
        brought,
        rule.rule().getSimpleName() + ", " + c.name() + ": findings the fixes bring");
  }

  private static Set<FindingKey> keys(census.connector.ConnectorFolder folder, RuleCases.Case c) {
    return new RuleEngine(RuleCatalog.standard())
            .check(new ConnectorContext(folder, c.repository()), info -> true, Findings.Fixes.EVERY)
            .stream()
            .map(FindingKey::of)
            .collect(Collectors.toSet());
  }

  private static census.connector.ConnectorFolder folder(
      Map<String, byte[]> files, ConnectorFixture fixture, RuleCases.Case c) {
    return RuleTester.folder(files, fixture.folderName(), c.kind());
  }

  private static Map<String, List<Finding>> byFile(List<Finding> found) {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    found.stream()
        .filter(f -> f.fix().isPresent())
        .forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
    return byFile;
  }
}
