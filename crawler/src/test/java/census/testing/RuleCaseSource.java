package census.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import census.rules.Finding;
import java.util.List;
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
  }
}
