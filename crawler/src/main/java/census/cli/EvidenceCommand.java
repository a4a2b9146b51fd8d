package census.cli;

import census.model.Severity;
import census.rules.Rule;
import census.rules.RuleCatalog;
import census.rules.RuleEvidence;
import census.rules.RuleInfo;
import census.rules.SeverityPolicy;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code census evidence}: what the repository's history says of each rule ({@code rule_evidence},
 * written by {@code census analyze}), the severity {@link SeverityPolicy} gives it, and the review
 * recall of the catalog on the merges kept to test the policy.
 */
@Command(
    name = "evidence",
    description = {
      "Print each rule's evidence from the warehouse's rule_evidence table: how many merged"
          + " versions carry it, how often pull requests fixed it before merge, the severity the"
          + " policy gives it against the one it has; then the review recall on the test window.",
      "Exit status: 0, or 2 when the warehouse has no rule_evidence table."
    })
final class EvidenceCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DataOptions data;

  @Option(
      names = "--tsv",
      description =
          "Print the table as the checked-in resource "
              + RuleEvidence.RESOURCE
              + " (scripts/evidence.sh writes it).")
  boolean tsv;

  @Override
  public Integer call() throws Exception {
    Warehouse warehouse = new Warehouse(data.warehouse());
    if (!warehouse.exists(Tables.RULE_EVIDENCE)) {
      spec.commandLine()
          .getErr()
          .println(
              "census evidence: no rule_evidence table in "
                  + data.warehouse()
                  + "; run `census run` (or crawl --history, crawl --pulls, analyze) first");
      return 2;
    }
    RuleEvidence evidence = fromTable(warehouse.read(Tables.RULE_EVIDENCE));
    PrintWriter out = spec.commandLine().getOut();
    out.print(tsv ? evidence.tsv() : summary(evidence, RuleCatalog.standard()));
    out.flush();
    return 0;
  }

  static RuleEvidence fromTable(List<Row> rows) {
    List<RuleEvidence.Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(
          new RuleEvidence.Row(
              r.string("window"),
              r.string("rule_id"),
              r.string("facet"),
              r.longValue("versions"),
              r.longValue("versions_carrying"),
              r.longValue("connectors_live"),
              r.longValue("connectors_carrying"),
              r.longValue("review_cases"),
              r.longValue("review_fixed"),
              r.longValue("review_pull_requests"),
              r.longValue("validation_cases"),
              r.longValue("validation_fixed"),
              r.longValue("validation_commits")));
    }
    return new RuleEvidence(out);
  }

  /**
   * A line per rule: its severity, the policy's on the calibration window, and the figures; then
   * the recall: of the violations that pull requests merged in the test window fixed before merge,
   * the share the catalog reports as error or warning.
   */
  static String summary(RuleEvidence evidence, RuleCatalog catalog) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-60s %-8s %-8s %8s %12s %12s%n",
            "rule",
            "now",
            "policy",
            "carry",
            "review",
            "test review"));
    long fixed = 0;
    long fixedReported = 0;
    for (Rule rule : catalog.rules()) {
      RuleInfo info = rule.info();
      Optional<RuleEvidence.Row> cal = evidence.of(info.id(), RuleEvidence.CALIBRATION);
      Optional<RuleEvidence.Row> test = evidence.of(info.id(), RuleEvidence.TEST);
      String policy =
          cal.map(r -> SeverityPolicy.decide(info.enforcedBy(), r.evidence()).id()).orElse("-");
      out.append(
          String.format(
              Locale.ROOT,
              "%-60s %-8s %-8s %8s %12s %12s%n",
              info.id(),
              info.severity().id(),
              policy,
              cal.map(r -> String.format(Locale.ROOT, "%.1f%%", 100 * r.evidence().carryShare()))
                  .orElse("-"),
              cal.map(r -> r.reviewFixed() + "/" + r.reviewCases()).orElse("-"),
              test.map(r -> r.reviewFixed() + "/" + r.reviewCases()).orElse("-")));
      if (test.isPresent()) {
        fixed += test.get().reviewFixed();
        if (info.severity() != Severity.INFO) {
          fixedReported += test.get().reviewFixed();
        }
      }
    }
    out.append(
        String.format(
            Locale.ROOT,
            "review recall (test window): %d of %d violations fixed before merge are errors or"
                + " warnings (%.1f %%)%n",
            fixedReported,
            fixed,
            fixed == 0 ? 0.0 : 100.0 * fixedReported / fixed));
    return out.toString();
  }
}
