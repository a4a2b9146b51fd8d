package census.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every rule in the catalog, opt-in ones included, has at least one valid and one invalid {@link
 * RuleCases} case in some {@link RuleCaseSource} among the test classes; a new rule without them
 * fails the build. A rule that can fix has a case asserting what its fix changes, and says why the
 * fix is safe or unsafe.
 */
class EveryRuleHasCasesTest {
  @Test
  void everyRuleHasValidAndInvalidCases() throws ReflectiveOperationException {
    Set<Class<?>> valid = new HashSet<>();
    Set<Class<?>> invalid = new HashSet<>();
    Set<Class<?>> fixed = new HashSet<>();
    for (RuleCaseSource source : sources()) {
      for (RuleCases rule : source.ruleCases()) {
        for (RuleCases.Case c : rule.cases()) {
          (c.valid() ? valid : invalid).add(rule.rule());
          if (!c.outputs().isEmpty()) {
            fixed.add(rule.rule());
          }
        }
      }
    }
    Set<String> fixableWithoutOutput = new TreeSet<>();
    Set<String> safetyUnexplained = new TreeSet<>();
    Set<String> withoutValid = new TreeSet<>();
    Set<String> withoutInvalid = new TreeSet<>();
    for (Rule rule : RuleCatalog.standard().rules()) {
      if (!valid.contains(rule.getClass())) {
        withoutValid.add(rule.info().id());
      }
      if (!invalid.contains(rule.getClass())) {
        withoutInvalid.add(rule.info().id());
      }
      boolean fixable = rule.info().fixability() != Fixability.NONE;
      if (fixable && !fixed.contains(rule.getClass())) {
        fixableWithoutOutput.add(rule.info().id());
      }
      if (fixable == rule.info().fixSafety().isBlank()) {
        safetyUnexplained.add(rule.info().id());
      }
    }
    assertEquals(Set.of(), fixableWithoutOutput, "fixable rules without a case with output()");
    assertEquals(Set.of(), safetyUnexplained, "fixSafety must say why exactly when a rule can fix");
    assertEquals(Set.of(), withoutValid, "rules without a valid RuleCases case");
    assertEquals(Set.of(), withoutInvalid, "rules without an invalid RuleCases case");
  }

  /** The test classes that implement RuleCaseSource, each made with its constructor. */
  private static List<RuleCaseSource> sources() throws ReflectiveOperationException {
    List<RuleCaseSource> sources = new java.util.ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("census")) {
      if (type.isAssignableTo(RuleCaseSource.class) && !type.isInterface()) {
        Constructor<?> make = Class.forName(type.getName()).getDeclaredConstructor();
        make.setAccessible(true);
        sources.add((RuleCaseSource) make.newInstance());
      }
    }
    return sources;
  }
}
