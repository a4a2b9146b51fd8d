package census.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The layer checks on one module's main classes; each module's test names a class of its main code.
 * A failure names each offending class and dependency.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModuleLayers {
  private final JavaClasses main;

  protected ModuleLayers(Class<?> anchor) {
    main = Layers.mainClassesOf(anchor);
  }

  @Test
  void packagesFormNoCycle() {
    Layers.NO_CYCLES.check(main);
  }

  @Test
  void everyPackageHasItsPlaceInTheOrder() {
    Layers.PLACED.check(main);
  }

  @Test
  void packagesUseOnlyPackagesBelowThem() {
    Layers.DOWNWARDS.check(main);
  }
}
