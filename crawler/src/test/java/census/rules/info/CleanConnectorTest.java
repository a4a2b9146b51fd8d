package census.rules.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.connector.ConnectorContext;
import census.connector.RepositoryView;
import census.model.ConnectorKind;
import census.rules.Finding;
import census.rules.Rule;
import census.rules.RuleCatalog;
import census.rules.RuleEngine;
import census.testing.ConnectorFixture;
import census.testing.OAuthFixture;
import census.testing.RuleTester;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fixtures pass every metadata, properties and security rule, so each rule's test can make one
 * change and see only that change reported.
 */
class CleanConnectorTest {
  static final Set<String> PACKAGES =
      Set.of("census.rules.info", "census.rules.properties", "census.rules.security");

  static List<Rule> rules() {
    return RuleCatalog.standard().rules().stream()
        .filter(r -> PACKAGES.contains(r.getClass().getPackageName()))
        .toList();
  }

  @Test
  void theCatalogHoldsTheRulesOfAllThreePackages() {
    assertEquals(
        PACKAGES, Set.copyOf(rules().stream().map(r -> r.getClass().getPackageName()).toList()));
    assertTrue(rules().size() >= 40, () -> rules().size() + " rules");
  }

  @Test
  void fixturesPassEveryRule() {
    RuleEngine engine = new RuleEngine(new RuleCatalog(rules()));
    for (ConnectorKind kind :
        List.of(ConnectorKind.CERTIFIED, ConnectorKind.INDEPENDENT_PUBLISHER)) {
      for (ConnectorFixture fixture :
          List.of(
              ConnectorFixture.named("Contoso"),
              OAuthFixture.oauth2(),
              OAuthFixture.oauth2Generic())) {
        List<Finding> found =
            engine.check(
                new ConnectorContext(RuleTester.folder(fixture, kind), RepositoryView.EMPTY));
        assertEquals(List.of(), found, kind.id());
      }
    }
  }
}
