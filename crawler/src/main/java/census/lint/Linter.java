package census.lint;

import census.connector.ConnectorContext;
import census.parallel.Parallel;
import census.rules.Finding;
import census.rules.RuleEngine;
import java.util.Comparator;
import java.util.List;

/** Checks lint targets against the rule catalog, several folders at a time. */
public final class Linter {
  private static final Comparator<LintReport.Entry> ORDER =
      Comparator.comparing((LintReport.Entry e) -> e.file().toString())
          .thenComparingInt(e -> e.finding().line())
          .thenComparingInt(e -> e.finding().column())
          .thenComparing(e -> e.finding().ruleId())
          .thenComparing(e -> e.finding().message());

  private final RuleEngine engine;

  public Linter(RuleEngine engine) {
    this.engine = engine;
  }

  public LintReport lint(List<LintTarget> targets) {
    List<LintReport.Entry> entries =
        Parallel.map(
                targets,
                t -> {
                  ConnectorContext context = new ConnectorContext(t.folder(), t.repository());
                  List<Finding> found = engine.check(context, t::runs);
                  return found.stream().map(f -> new LintReport.Entry(t.fileOf(f.file()), f));
                })
            .stream()
            .flatMap(s -> s)
            .sorted(ORDER)
            .toList();
    return new LintReport(targets.size(), entries);
  }
}
