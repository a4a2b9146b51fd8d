package census.rules;

import census.connector.ConnectorContext;
import java.util.List;

/** Runs the catalog's rules that apply to a connector's kind. */
public final class RuleEngine {
  private final RuleCatalog catalog;

  public RuleEngine(RuleCatalog catalog) {
    this.catalog = catalog;
  }

  public List<Finding> check(ConnectorContext connector) {
    Findings findings = new Findings(connector.path());
    for (Rule rule : catalog.rules()) {
      RuleInfo info = rule.info();
      if (!RuleCatalog.appliesTo(info, connector.kind())) {
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
