package census.rules;

import census.connector.ConnectorContext;
import census.model.ConnectorKind;
import census.model.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Runs the catalog's rules that apply to a connector's kind. */
public final class RuleEngine {
  /** A rule with its annotation, read once: annotation methods are slow reflective calls. */
  private record Active(
      Rule rule, RuleInfo info, String id, Severity severity, Fixability fixability) {}

  private final RuleCatalog catalog;
  private final String checkVersion;
  private final Map<ConnectorKind, List<Active>> byKind = new EnumMap<>(ConnectorKind.class);

  /** An engine that runs every rule except the opt-in ones. */
  public RuleEngine(RuleCatalog catalog) {
    this(catalog, Set.of());
  }

  /** An engine that also runs the opt-in rules named in {@code optedIn}. */
  public RuleEngine(RuleCatalog catalog, Set<String> optedIn) {
    this.catalog = catalog;
    this.checkVersion =
        optedIn.isEmpty()
            ? catalog.version()
            : catalog.version() + "+" + String.join("+", new TreeSet<>(optedIn));
    for (ConnectorKind kind : ConnectorKind.values()) {
      List<Active> active = new ArrayList<>();
      for (Rule rule : catalog.rules()) {
        RuleInfo info = rule.info();
        if (RuleCatalog.appliesTo(info, kind) && (!info.optIn() || optedIn.contains(info.id()))) {
          active.add(new Active(rule, info, info.id(), info.severity(), info.fixability()));
        }
      }
      byKind.put(kind, List.copyOf(active));
    }
  }

  public RuleCatalog catalog() {
    return catalog;
  }

  /**
   * What a connector's findings depend on besides its files: the catalog's version, then "+" and
   * each opt-in rule that runs.
   */
  public String checkVersion() {
    return checkVersion;
  }

  public List<Finding> check(ConnectorContext connector) {
    return check(connector, info -> true);
  }

  /** Runs only the rules {@code which} accepts, e.g. those that read the definition alone. */
  public List<Finding> check(ConnectorContext files, Predicate<RuleInfo> which) {
    return check(files, which, Findings.Fixes.LISTED);
  }

  /** The findings a crawl stores: the same as {@link #check}'s, without their fixes. */
  public List<Finding> findingsOnly(ConnectorContext files, Predicate<RuleInfo> which) {
    return check(files, which, Findings.Fixes.NONE);
  }

  public List<Finding> findingsOnly(ConnectorContext files) {
    return findingsOnly(files, info -> true);
  }

  /** As above, with the fixes {@code fixes} asks for. */
  public List<Finding> check(
      ConnectorContext files, Predicate<RuleInfo> which, Findings.Fixes fixes) {
    ConnectorIndex connector = new ConnectorIndex(files);
    Findings findings = new Findings(connector.path(), fixes);
    for (Active active : byKind.get(connector.kind())) {
      RuleInfo info = active.info();
      if (!which.test(info)) {
        continue;
      }
      findings.startRule(active.id(), active.severity(), active.fixability());
      try {
        active.rule().check(connector, findings);
      } catch (RuntimeException e) {
        // A rule tripping over hostile content must not cost the other rules or the crawl.
        findings.file("", "rule " + active.id() + " could not finish: " + e);
      }
    }
    return findings.list();
  }
}
