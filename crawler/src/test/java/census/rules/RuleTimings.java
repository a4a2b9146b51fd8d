package census.rules;

import census.connector.ConnectorContext;
import census.connector.RepositoryView;
import census.git.ConnectorTrees;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A benchmark, not a test: times each rule over every connector folder at a ref, one rule at a time
 * on one thread, after every file has been read and parsed once, so the figures are the rules' own
 * cost. Prints a Markdown table. Run by {@code scripts/bench-rules.sh}.
 *
 * <p>Arguments: the bare repository, the ref, the number of timed rounds (the median is shown), and
 * the prefix of the rule classes to time (e.g. {@code census.rules.security.}).
 */
public final class RuleTimings {
  private RuleTimings() {}

  private record Timing(Rule rule, long medianNanos, int findings) {}

  public static void main(String[] args) throws Exception {
    File gitDir = new File(args[0]);
    String ref = args[1];
    int rounds = Integer.parseInt(args[2]);
    String prefix = args.length > 3 ? args[3] : "census.rules.";
    try (Repository repo =
            new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
        RevWalk walk = new RevWalk(repo)) {
      RevCommit commit = walk.parseCommit(repo.resolve(ref));
      ConnectorTrees trees = new ConnectorTrees(repo);
      Map<String, Optional<byte[]>> schemas = new ConcurrentHashMap<>();
      RepositoryView git = trees.view(commit.getTree());
      RepositoryView view = path -> schemas.computeIfAbsent(path, git::file);
      List<ConnectorIndex> connectors =
          trees.folders(commit.getTree()).stream()
              .map(f -> new ConnectorIndex(new ConnectorContext(f, view)))
              .toList();
      List<Rule> rules =
          RuleCatalog.standard().rules().stream()
              .filter(r -> r.getClass().getName().startsWith(prefix))
              .toList();
      // One untimed pass reads and parses every file and warms the JIT.
      for (Rule rule : rules) {
        run(rule, connectors);
      }
      List<Timing> timings = new ArrayList<>();
      for (Rule rule : rules) {
        long[] nanos = new long[rounds];
        int findings = 0;
        for (int round = 0; round < rounds; round++) {
          long start = System.nanoTime();
          findings = run(rule, connectors);
          nanos[round] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        timings.add(new Timing(rule, nanos[rounds / 2], findings));
      }
      print(timings, connectors.size(), rounds, ref, commit.name());
    }
  }

  private static int run(Rule rule, List<ConnectorIndex> connectors) {
    int found = 0;
    for (ConnectorIndex connector : connectors) {
      if (!RuleCatalog.appliesTo(rule.info(), connector.kind())) {
        continue;
      }
      Findings findings = new Findings(connector.path());
      findings.startRule(rule.info().id(), rule.info().severity(), rule.info().fixability());
      rule.check(connector, findings);
      found += findings.list().size();
    }
    return found;
  }

  private static void print(
      List<Timing> timings, int folders, int rounds, String ref, String commit) {
    List<Timing> sorted = new ArrayList<>(timings);
    sorted.sort(Comparator.comparingLong(Timing::medianNanos).reversed());
    long total = timings.stream().mapToLong(Timing::medianNanos).sum();
    System.out.println("| rule | package | all folders | per folder | findings |");
    System.out.println("|---|---|---|---|---|");
    for (Timing t : sorted) {
      String type = t.rule().getClass().getName();
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %.1f ms | %.1f µs | %d |%n",
          t.rule().info().id(),
          type.substring("census.rules.".length(), type.lastIndexOf('.')),
          t.medianNanos() / 1e6,
          t.medianNanos() / 1e3 / folders,
          t.findings());
    }
    System.out.printf(
        Locale.ROOT,
        "| **%d rules** | | **%.1f ms** | **%.1f µs** | **%d** |%n",
        timings.size(),
        total / 1e6,
        total / 1e3 / folders,
        timings.stream().mapToInt(Timing::findings).sum());
    System.out.printf(
        Locale.ROOT,
        "%n%d folders at %s (%s), median of %d rounds, one thread, files parsed beforehand.%n",
        folders,
        ref,
        commit.substring(0, 8),
        rounds);
  }
}
