package census.testing;

import census.connector.ConnectorFolder;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleCatalog;
import census.rules.RuleInfo;
import java.util.List;

/**
 * A catalog of two rules split from one old id, {@value #OLD_ID}, each reporting one finding on the
 * definition of every folder: for what names an old id (configuration, {@code rules --explain}).
 */
public final class SplitRules {
  public static final String OLD_ID = "Split";

  private SplitRules() {}

  public static RuleCatalog catalog() {
    return new RuleCatalog(List.of(new PartA(), new PartB()));
  }

  @RuleInfo(
      id = "SplitA",
      severity = Severity.ERROR,
      files = ConnectorFolder.SWAGGER,
      source = "test",
      doc = "The first part of Split.",
      fix = "None.",
      replaces = OLD_ID)
  static final class PartA implements Rule {
    @Override
    public void check(ConnectorIndex connector, Findings findings) {
      findings.file(ConnectorFolder.SWAGGER, "part A");
    }
  }

  @RuleInfo(
      id = "SplitB",
      severity = Severity.WARNING,
      files = ConnectorFolder.SWAGGER,
      source = "test",
      doc = "The second part of Split.",
      fix = "None.",
      replaces = OLD_ID)
  static final class PartB implements Rule {
    @Override
    public void check(ConnectorIndex connector, Findings findings) {
      findings.file(ConnectorFolder.SWAGGER, "part B");
    }
  }
}
