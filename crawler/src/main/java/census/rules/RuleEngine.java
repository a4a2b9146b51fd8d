package census.rules;

import census.connector.ConnectorContext;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Runs the catalog's rules that apply to a connector's kind. */
public final class RuleEngine {
  private final RuleCatalog catalog;
  private final Set<String> optedIn;

  /** An engine that runs every rule except the opt-in ones. */
  public RuleEngine(RuleCatalog catalog) {
    this(catalog, Set.of());
  }

  /** An engine that also runs the opt-in rules named in {@code optedIn}. */
  public RuleEngine(RuleCatalog catalog, Set<String> optedIn) {
    this.catalog = catalog;
    this.optedIn = Set.copyOf(optedIn);
  }

  public RuleCatalog catalog() {
    return catalog;
  }

  public List<Finding> check(ConnectorContext connector) {
    return check(connector, info -> true);
  }

  /** Runs only the rules {@code which} accepts, e.g. those that read the definition alone. */
  public List<Finding> check(ConnectorContext connector, Predicate<RuleInfo> which) {
    Findings findings = new Findings(connector.path());
    for (Rule rule : catalog.rules()) {
      RuleInfo info = rule.info();
      if (!RuleCatalog.appliesTo(info, connector.kind())
          || (info.optIn() && !optedIn.contains(info.id()))
          || !which.test(info)) {
        continue;
      }
      findings.startRule(info);
      try {
        rule.check(connector, findings);
      } catch (RuntimeException e) {
        // A rule tripping over hostile content must not cost the other rules or the crawl.
        findings.file("", "rule " + info.id() + " could not finish: " + e);
      }
    }
    return findings.list();
  }
}
