package census.testing;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order of the census packages, lowest first: a package may use only packages strictly below
 * it. docs/architecture.md lists the same order (LayersDocTest keeps the two equal), and each
 * module's layer test ({@link ModuleLayers}) checks its main classes against it.
 */
public final class Layers {
  /**
   * One numbered layer of the document: its tiers in order, each a set of packages that do not use
   * each other. A tier may use the tiers before it in its layer and every lower layer.
   */
  public record Layer(String name, List<List<String>> tiers) {}

  public static final List<Layer> ORDER =
      List.of(
          new Layer(
              "foundations",
              List.of(List.of("census.model", "census.json", "census.parallel", "census.ops"))),
          new Layer("warehouse", List.of(List.of("census.warehouse"))),
          new Layer("connector", List.of(List.of("census.connector"))),
          new Layer(
              "rules",
              List.of(
                  List.of("census.rules"),
                  List.of("census.rules.info"),
                  List.of("census.rules.properties"),
                  List.of("census.rules.security"),
                  List.of("census.rules.operations"),
                  List.of("census.rules.parameters"),
                  List.of("census.rules.text"),
                  List.of("census.rules.files"),
                  List.of("census.rules.readme"),
                  List.of("census.rules.responses"),
                  List.of("census.rules.schemas"),
                  List.of("census.rules.extensions"))),
          new Layer("extraction and matching", List.of(List.of("census.extract", "census.match"))),
          new Layer(
              "crawl steps",
              List.of(
                  List.of("census.git"),
                  List.of("census.crawl"),
                  List.of("census.history"),
                  List.of("census.pulls"))),
          new Layer(
              "author tools",
              List.of(List.of("census.lint", "census.check"), List.of("census.pr"))),
          new Layer("pipeline", List.of(List.of("census.pipeline"))),
          new Layer("analysis and report", List.of(List.of("census.jobs", "census.report"))),
          new Layer(
              "command lines",
              List.of(
                  List.of("census.cli"),
                  List.of("census.jobs.cli", "census.report.cli", "census.notebook"))));

  private static final Map<String, Integer> RANKS = ranks();

  private Layers() {}

  /** Each package's place: tiers numbered from 0 upwards across all layers. */
  private static Map<String, Integer> ranks() {
    Map<String, Integer> ranks = new HashMap<>();
    int rank = 0;
    for (Layer layer : ORDER) {
      for (List<String> tier : layer.tiers()) {
        for (String pkg : tier) {
          ranks.put(pkg, rank);
        }
        rank++;
      }
    }
    return ranks;
  }

  /** The main classes of the module that holds {@code anchor}, without its tests. */
  public static JavaClasses mainClassesOf(Class<?> anchor) {
    try {
      Path classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new ClassFileImporter()
          .withImportOption(new ImportOption.DoNotIncludeTests())
          .importLocations(Set.of(Location.of(classes)));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** No two packages use each other, directly or through others. */
  public static final ArchRule NO_CYCLES =
      slices().matching("census.(**)").should().beFreeOfCycles();

  /** Every census package has its place in the order. */
  public static final ArchRule PLACED =
      ArchRuleDefinition.classes()
          .that()
          .resideInAPackage("census..")
          .should(beInTheOrder())
          .because("a new package must be given its place in census.testing.Layers");

  /** Every dependency between census packages goes down the order. */
  public static final ArchRule DOWNWARDS =
      ArchRuleDefinition.classes()
          .that()
          .resideInAPackage("census..")
          .should(useOnlyPackagesBelowTheirOwn())
          .because("of the layer order in census.testing.Layers and docs/architecture.md");

  private static ArchCondition<JavaClass> beInTheOrder() {
    return new ArchCondition<>("be in a package of the layer order") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        if (!RANKS.containsKey(c.getPackageName())) {
          events.add(
              SimpleConditionEvent.violated(
                  c, c.getName() + " is in " + c.getPackageName() + ", which no layer lists"));
        }
      }
    };
  }

  private static ArchCondition<JavaClass> useOnlyPackagesBelowTheirOwn() {
    return new ArchCondition<>("use only census packages below their own") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        Integer own = RANKS.get(c.getPackageName());
        if (own == null) {
          return; // beInTheOrder reports it
        }
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          String target = d.getTargetClass().getPackageName();
          if (target.equals(c.getPackageName()) || !target.startsWith("census.")) {
            continue;
          }
          Optional<Integer> rank = Optional.ofNullable(RANKS.get(target));
          if (rank.isEmpty() || rank.get() >= own) {
            events.add(
                SimpleConditionEvent.violated(
                    d,
                    c.getPackageName()
                        + " uses "
                        + target
                        + ", which is not below it: "
                        + d.getDescription()));
          }
        }
      }
    };
  }
}
