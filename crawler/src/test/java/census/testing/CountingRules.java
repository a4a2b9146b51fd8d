package census.testing;

import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleCatalog;
import census.rules.RuleInfo;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The standard catalog with its rules counting their runs, so a test can tell which rules ran. */
public final class CountingRules {
  private CountingRules() {}

  private record Counting(Rule rule, Map<String, AtomicInteger> runs) implements Rule {
    @Override
    public void check(ConnectorIndex connector, Findings findings) {
      runs.computeIfAbsent(rule.info().id(), id -> new AtomicInteger()).incrementAndGet();
      rule.check(connector, findings);
    }

    @Override
    public RuleInfo info() {
      return rule.info();
    }
  }

  /** The standard catalog without rule {@code ruleId}, each run counted in {@code runs} by id. */
  public static RuleCatalog without(String ruleId, Map<String, AtomicInteger> runs) {
    return new RuleCatalog(
        RuleCatalog.standard().rules().stream()
            .filter(r -> !r.info().id().equals(ruleId))
            .map(r -> (Rule) new Counting(r, runs))
            .toList());
  }
}
